package org.benling.notification.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a kind of notification reaches a person (their preference, issue 18). */
@Schema(name = "NotificationChannel", description = "IN_APP 仅站内 / in the web app only; EMAIL 站内并发邮件 / also by"
        + " e-mail; DIGEST 站内并每日摘要邮件 / also in a daily digest e-mail; OFF 不通知 / not at all")
public enum Channel {
    IN_APP, EMAIL, DIGEST, OFF;

    /** Whether it shows in the web app (the bell and the list). */
    public boolean inApp() {
        return this != OFF;
    }
}
