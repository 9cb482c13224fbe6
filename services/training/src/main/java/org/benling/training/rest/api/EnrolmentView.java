package org.benling.training.rest.api;

import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.platform.preconditions.Versioned;
import org.benling.training.domain.Enrolment;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Enrolment")
public record EnrolmentView(UUID id, UUID classId, UUID cadreId, @Nullable String cadreName,
        @Nullable String employeeNumber, Enrolment.Status status, boolean designated, String enrolledBy,
        Instant enrolledAt, BigDecimal leaveHours, @Nullable BigDecimal testScore, @Nullable LocalDate completedOn,
        long version) implements Versioned {

    /** The enrolment with the cadre's name and number from the registry's copy (null until it has the cadre). */
    public static EnrolmentView of(Enrolment e, Optional<CadreDirectory.CadreRef> cadre) {
        return new EnrolmentView(e.id, e.trainingClass.id, e.cadreId, cadre.map(CadreDirectory.CadreRef::name).orElse(null),
                cadre.map(CadreDirectory.CadreRef::employeeNumber).orElse(null), e.status, e.designated, e.enrolledBy,
                e.enrolledAt, e.leaveHours, e.testScore, e.completedOn, e.version);
    }
}
