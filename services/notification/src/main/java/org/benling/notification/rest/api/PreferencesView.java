package org.benling.notification.rest.api;

import java.util.List;
import org.benling.notification.domain.Channel;
import org.benling.notification.domain.NoticeKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "我的通知设置 / My notification preferences")
public record PreferencesView(
        @Schema(description = "邮件语言 / The language of my e-mail", enumeration = {"zh", "en"}) String language,
        @Schema(description = "每类消息如何送达 / How each kind of notification reaches me") List<KindChoice> kinds) {

    @Schema(name = "NotificationKindChoice")
    public record KindChoice(NoticeKind kind, @Schema(description = "类别名称 / The kind's name") String label,
            Channel channel, @Schema(description = "未设置时 / When I choose nothing") Channel defaultChannel) {
    }
}
