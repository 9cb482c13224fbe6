package org.benling.training.rest.api;

import jakarta.annotation.Nullable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.benling.contracts.training.TrainingCompleted;
import org.benling.platform.preconditions.Versioned;
import org.benling.training.domain.TrainingRecord;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TrainingRecord")
public record RecordView(UUID id, UUID cadreId, @Nullable UUID courseId, String title,
        TrainingCompleted.Source source, Set<Capability> capabilities, BigDecimal hours, boolean online,
        int offJobDays, LocalDate completedOn, @Nullable String provider, @Nullable String evidence,
        String enteredBy, long version) implements Versioned {
    public static RecordView of(TrainingRecord r) {
        return new RecordView(r.id, r.cadreId, r.courseId, r.title, r.source, r.capabilitySet(), r.hours, r.online,
                r.offJobDays, r.completedOn, r.provider, r.evidence, r.enteredBy, r.version);
    }
}
