package org.benling.notification.rest.api;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "我的日历订阅链接（仅此一次显示，请立即复制；重新生成后旧链接失效） / My calendar feed's private address"
        + " (shown this once: copy it now; a new one revokes it)")
public record CalendarFeedLink(
        @Schema(description = "在日历应用中订阅此地址 / Subscribe to it in a calendar app") String url,
        Instant createdAt) {
}
