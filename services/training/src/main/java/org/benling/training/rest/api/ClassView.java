package org.benling.training.rest.api;

import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.benling.platform.preconditions.Versioned;
import org.benling.training.domain.TrainingClass;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TrainingClass")
public record ClassView(UUID id, UUID courseId, String courseTitle, BigDecimal creditHours, Set<Capability> capabilities,
        UUID unitId, @Nullable UUID planId, String title, LocalDate startDate, LocalDate endDate, int capacity,
        long enrolled, @Nullable String venue, boolean openEnrolment, TrainingClass.Status status, long version)
        implements Versioned {
    public static ClassView of(TrainingClass c) {
        return of(c, c.enrolledCount());
    }

    public static ClassView of(TrainingClass c, long enrolled) {
        return new ClassView(c.id, c.course.id, c.course.title, c.course.creditHours, c.course.capabilitySet(), c.unitId,
                c.planId, c.title, c.startDate, c.endDate, c.capacity, enrolled, c.venue, c.openEnrolment,
                c.status, c.version);
    }
}
