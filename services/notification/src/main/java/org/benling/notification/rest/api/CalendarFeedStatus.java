package org.benling.notification.rest.api;

import jakarta.annotation.Nullable;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "我是否有日历订阅链接 / Whether I have a calendar feed")
public record CalendarFeedStatus(boolean active,
        @Nullable @Schema(description = "生成时间（无订阅时为空） / When it was made (null without a feed)") Instant createdAt) {
}
