package org.benling.training.rest.api;

import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.benling.platform.preconditions.Versioned;
import org.benling.training.domain.Enrolment;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Enrolment")
public record EnrolmentView(UUID id, UUID classId, UUID cadreId, @Nullable String cadreName,
        @Nullable String employeeNumber, Enrolment.Status status, boolean designated, String enrolledBy,
        Instant enrolledAt, BigDecimal leaveHours, @Nullable BigDecimal testScore, @Nullable LocalDate completedOn,
        long version) implements Versioned {
}
