package org.benling.inspection.rest.api;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.benling.inspection.domain.Passport;
import org.benling.inspection.domain.PersonalMatters;
import org.benling.platform.preconditions.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HeldPassport", description = "集中保管的证照 / A passport or permit the HR office holds")
public record PassportView(UUID id, UUID cadreId, @Nullable String employeeNumber, @Nullable String name, UUID unitId,
        @Nullable String unitName, PersonalMatters.PassportKind kind, String number, LocalDate expiresOn, Passport.Status status,
        @Schema(description = "已过有效期 / past its expiry") boolean expired,
        @Nullable @Schema(description = "领用中的出国（境）申请 / the trip it is out for") UUID issuedFor,
        String registeredBy, Instant registeredAt, @Nullable String cancelledBy, @Nullable Instant cancelledAt,
        @Nullable String cancelReason, long version) implements Versioned {
}
