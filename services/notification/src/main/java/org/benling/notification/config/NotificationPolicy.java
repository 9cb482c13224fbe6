package org.benling.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** Notification policy ({@code benling.notification.*}); defaults from issue 18: reminders 30, 7 and 1 days before. */
@ConfigMapping(prefix = "benling.notification")
public interface NotificationPolicy {

    /** Days before a to-do's due date when its people are reminded. */
    @WithDefault("30,7,1")
    List<Integer> reminderOffsets();

    /** When the reminders go out (Quartz cron, Beijing time; {@code off} in tests, which run the job themselves). */
    @WithDefault("0 0 8 * * ?")
    String reminderCron();
}
