package org.benling.contracts.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.benling.contracts.Capability;

/**
 * A cadre completed training that counts: a class, an online course, or an external record HR entered.
 * Key: cadre id. {@code hours} are 学时; {@code capabilities} the ones the course builds.
 */
public record TrainingCompleted(UUID recordId, UUID cadreId, UUID courseId, String title, Source source,
        Set<Capability> capabilities, BigDecimal hours, boolean online, LocalDate completedOn) {

    public enum Source { CLASS, ONLINE, EXTERNAL }
}
