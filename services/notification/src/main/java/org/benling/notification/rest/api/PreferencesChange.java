package org.benling.notification.rest.api;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Map;
import org.benling.notification.domain.Channel;
import org.benling.notification.domain.NoticeKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "修改我的通知设置 / Change my notification preferences")
public record PreferencesChange(
        @NotNull @Pattern(regexp = "zh|en") @Schema(description = "邮件语言 / The language of my e-mail",
                enumeration = {"zh", "en"}) String language,
        @NotNull @Schema(description = "要修改的类别及其送达方式；未列出的不变 / The kinds to change and how each reaches"
                + " me; kinds not named keep theirs") Map<NoticeKind, @NotNull Channel> channels) {
}
