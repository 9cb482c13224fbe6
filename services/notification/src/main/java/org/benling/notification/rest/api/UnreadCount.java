package org.benling.notification.rest.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UnreadCount", description = "未读通知数 / How many of the caller's notifications are unread")
public record UnreadCount(long unread) {
}
