package org.benling.training.rest.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A study session of a unit's leadership team to record, or its correction. What needs the database — each attendee
 * an active cadre of the unit, the day not after today — is checked by the service, each field named.
 */
@Schema(name = "StudySessionRequest", description = "理论学习中心组学习记录 / A study session of a unit's leadership team")
public record StudySessionRequest(
        @NotNull @Schema(description = "开展学习的单位（其领导班子）/ the unit whose leadership team studied") UUID unitId,
        @NotBlank @Size(max = 200) @Schema(examples = "学习贯彻党的二十届四中全会精神") String topic,
        @NotNull @Schema(description = "学习日期，不晚于今天 / the day it was held, today at the latest") LocalDate heldOn,
        @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("8") @Digits(integer = 1, fraction = 2)
        @Schema(description = "学时（大于 0，至多 8，两位小数）/ 学时 of the sitting: more than 0, at most 8, two decimals")
        BigDecimal hours,
        @NotNull @Size(min = 1, max = 10) @Schema(description = "主讲、领学或交流发言人 / who spoke, by name")
        List<@NotBlank @Size(max = 50) String> speakers,
        @NotNull @Size(min = 1, max = 50)
        @Schema(description = "参加学习的班子成员（本单位在职干部）/ the members who attended: active cadres of the unit")
        List<@NotNull UUID> attendeeIds,
        @Size(max = 10) @Schema(description = "调研报告、交流材料的标题 / titles of the research reports and exchange materials")
        List<@NotBlank @Size(max = 200) String> reports,
        @Size(max = 8) @Schema(description = "所学本领；不填为学习本领、政治领导本领 / capabilities studied; by default"
                + " LEARNING and POLITICAL_LEADERSHIP")
        Set<Capability> capabilities) {
}
