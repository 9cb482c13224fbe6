package org.benling.training.domain.rules;

import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One requirement as it stands for a cadre. The off-the-job day fields are null for requirements that
 * have no day alternative (online learning). {@code dueBy} is the last date to meet it, null when it is
 * met or when the time is up; {@code missingHours} is zero once the requirement is met, by hours or days.
 */
public record Requirement(RequirementKind kind, BigDecimal requiredHours, BigDecimal achievedHours,
        BigDecimal missingHours, @Nullable Integer requiredOffJobDays, @Nullable Integer achievedOffJobDays,
        LocalDate windowStart, LocalDate windowEnd, @Nullable LocalDate dueBy, ComplianceStatus status) {

    public Requirement {
        Objects.requireNonNull(kind, "kind");
        requiredHours = Hours.of(requiredHours, "requiredHours");
        achievedHours = Hours.of(achievedHours, "achievedHours");
        missingHours = Hours.of(missingHours, "missingHours");
        Objects.requireNonNull(windowStart, "windowStart");
        Objects.requireNonNull(windowEnd, "windowEnd");
        Objects.requireNonNull(status, "status");
        if ((requiredOffJobDays == null) != (achievedOffJobDays == null)) {
            throw new IllegalArgumentException("required and achieved off-job days go together");
        }
    }
}
