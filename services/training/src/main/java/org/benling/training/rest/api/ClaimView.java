package org.benling.training.rest.api;

import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.benling.platform.persistence.Decision;
import org.benling.platform.preconditions.Versioned;
import org.benling.training.domain.HoursClaim;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HoursClaim")
public record ClaimView(UUID id, UUID cadreId, @Nullable String employeeNumber, @Nullable String name,
        @Nullable String unitName, String title, Set<Capability> capabilities, BigDecimal hours, boolean online,
        int offJobDays, LocalDate completedOn, @Nullable String provider, String evidence, HoursClaim.Status status,
        String submittedBy, Instant submittedAt, @Nullable String decidedBy, @Nullable Instant decidedAt,
        @Nullable String decisionNote, @Nullable UUID recordId, long version) implements Versioned {
    /** The claim with its cadre's employee number, name and unit name (null when the cadre is unknown here). */
    public static ClaimView of(HoursClaim c, String employeeNumber, String cadreName, String unitName) {
        Decision decision = Decision.orNone(c.decision);
        return new ClaimView(c.id, c.cadreId, employeeNumber, cadreName, unitName, c.title,
                c.capabilitySet(), c.hours, c.online, c.offJobDays, c.completedOn, c.provider, c.evidence, c.status,
                c.submittedBy, c.submittedAt, decision.by(), decision.at(), decision.note(), c.recordId, c.version);
    }
}
