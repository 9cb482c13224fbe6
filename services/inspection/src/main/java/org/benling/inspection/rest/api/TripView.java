package org.benling.inspection.rest.api;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.benling.inspection.domain.PersonalMatters;
import org.benling.inspection.domain.rules.TripWorkflow;
import org.benling.platform.preconditions.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Trip", description = "因私出国（境）/ A private trip abroad")
public record TripView(UUID id, UUID cadreId, @Nullable String employeeNumber, @Nullable String name, UUID unitId,
        @Nullable String unitName, UUID passportId, PersonalMatters.PassportKind passportKind, String passportNumber,
        String destination, String purpose, LocalDate departOn, LocalDate returnOn, TripWorkflow.Status status,
        String requestedBy, Instant requestedAt, @Nullable String decidedBy, @Nullable Instant decidedAt,
        @Nullable String decisionNote, @Nullable LocalDate issuedOn,
        @Nullable @Schema(description = "证照最迟交回日期 / the last day the passport may come back") LocalDate passportDue,
        @Nullable LocalDate returnedOn,
        @Schema(description = "证照逾期未交回 / the passport is out past its last day") boolean overdue,
        @Schema(description = "证照逾期后交回 / the passport came back late") boolean returnedLate,
        @Schema(description = "调用者现在可执行的操作 / what the caller may do now") List<TripWorkflow.Command> actions,
        long version) implements Versioned {
}
