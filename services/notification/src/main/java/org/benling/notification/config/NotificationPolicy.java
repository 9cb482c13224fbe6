package org.benling.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
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

    /** How often new notifications are mailed and failed mails tried again ({@code off} in tests). */
    @WithDefault("15s")
    String mailEvery();

    /** When the daily digests are written (Quartz cron, Beijing time; {@code off} in tests). */
    @WithDefault("0 0 18 * * ?")
    String digestCron();

    /** The web app's address, for the links in e-mail. */
    @WithDefault("http://localhost:8080")
    String webUrl();

    /** How long a mail waits after its first failed attempt; each later failure doubles it, up to the longest wait. */
    @WithDefault("1m")
    Duration mailFirstWait();

    @WithDefault("1h")
    Duration mailLongestWait();

    /** How often an instance with open notification streams looks for a change (NotificationPulse). */
    @WithDefault("2s")
    String pulseEvery();

    /** How often a notification stream sends the count although nothing changed. */
    @WithDefault("15s")
    Duration streamHeartbeat();

    /** Attempts before a mail is given up as failed (kept, with its last error): 1 minute doubling to 1 hour, ~2 days. */
    @WithDefault("55")
    int mailMaxAttempts();
}
