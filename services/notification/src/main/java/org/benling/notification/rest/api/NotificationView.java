package org.benling.notification.rest.api;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.UUID;
import org.benling.notification.domain.NoticeKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Notification", description = "消息通知 / A notification, and whether the caller has read it")
public record NotificationView(
        UUID id,
        NoticeKind kind,
        @Schema(description = "标题（按调用方语言）/ The title, in the caller's language") String title,
        @Schema(description = "相关页面（前端路由）/ The web app's page it is about") String link,
        @Nullable UUID cadreId,
        @Nullable String cadreName,
        Instant createdAt,
        boolean read) {
}
