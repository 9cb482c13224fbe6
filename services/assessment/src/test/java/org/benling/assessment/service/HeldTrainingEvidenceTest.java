package org.benling.assessment.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.benling.assessment.domain.rules.Evidence;
import org.benling.contracts.Capability;
import org.benling.contracts.training.TrainingCompleted;
import org.junit.jupiter.api.Test;

/**
 * A consumer's batch holds its training evidence and writes it in one statement when the evidence is read: what is read
 * is what writing each event as it came would have stored, and held evidence is never lost without a failure.
 */
@QuarkusTest
class HeldTrainingEvidenceTest {

    @Inject EvidenceStore evidence;
    @Inject EntityManager em;

    @Test
    void heldRecordsAreReadInTheirTransactionAndALaterEventAboutARecordReplacesTheEarlier() {
        UUID cadre = UUID.randomUUID();
        UUID corrected = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        List<Evidence.Training> read = QuarkusTransaction.requiringNew().call(() -> {
            evidence.holdTraining(training(corrected, cadre, "10.00", Set.of(Capability.LEARNING)));
            evidence.holdTraining(training(other, cadre, "5.50", Set.of()));
            evidence.holdTraining(training(corrected, cadre, "20.00", Set.of(Capability.LEARNING, Capability.MASS_WORK)));
            return evidence.of(Set.of(cadre)).get(cadre).training();
        });
        assertEquals(2, read.size(), read.toString());
        List<Evidence.Training> sorted = read.stream().sorted(Comparator.comparing(Evidence.Training::hours)).toList();
        assertEquals(0, new BigDecimal("5.50").compareTo(sorted.get(0).hours()));
        assertEquals(Set.of(), sorted.get(0).capabilities());
        assertEquals(0, new BigDecimal("20.00").compareTo(sorted.get(1).hours()), "the correction, not the first report");
        assertEquals(Set.of(Capability.LEARNING, Capability.MASS_WORK), sorted.get(1).capabilities());
        assertEquals(2L, rows(cadre), "stored, one row per record");
    }

    @Test
    void aTransactionThatHeldEvidenceAndNeverReadItFailsAndStoresNothing() {
        UUID cadre = UUID.randomUUID();
        RuntimeException failure = assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew()
                .run(() -> evidence.holdTraining(training(UUID.randomUUID(), cadre, "8.00", Set.of(Capability.LEARNING)))));
        assertTrue(says(failure, "never written"), String.valueOf(failure));
        assertEquals(0L, rows(cadre));
    }

    private static boolean says(Throwable failure, String words) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).contains(words)) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (says(suppressed, words)) {
                    return true;
                }
            }
        }
        return false;
    }

    private long rows(UUID cadre) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("SELECT count(*) FROM training_evidence WHERE cadre_id = :cadre")
                .setParameter("cadre", cadre).getSingleResult()).longValue());
    }

    private static TrainingCompleted training(UUID record, UUID cadre, String hours, Set<Capability> capabilities) {
        return new TrainingCompleted(record, cadre, null, "专题培训", TrainingCompleted.Source.EXTERNAL, capabilities,
                new BigDecimal(hours), false, LocalDate.of(2026, 3, 1));
    }
}
