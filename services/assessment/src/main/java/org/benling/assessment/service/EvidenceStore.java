package org.benling.assessment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.benling.assessment.domain.rules.Evidence;
import org.benling.contracts.Capability;
import org.benling.contracts.inspection.FindingRecorded;
import org.benling.contracts.rotation.PostingCompleted;
import org.benling.contracts.supervision.AnnualOutcome;
import org.benling.contracts.supervision.MeasureOnRecord;
import org.benling.contracts.training.TrainingCompleted;
import org.benling.platform.persistence.EnumSetColumn;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.platform.supervision.SupervisionReadModel;

/**
 * The evidence other services report about cadres (training records, completed postings, supervision measures,
 * inspection findings, and the leaders' daily work: study sessions, contact-point visits, research reports), one row
 * per aggregate so a repeated or corrected event replaces rather than adds.
 */
@ApplicationScoped
public class EvidenceStore {

    @Inject EntityManager em;
    @Inject TransactionSynchronizationRegistry transactions;
    @Inject SupervisionReadModel supervision;

    /** The transaction's resource holding the training evidence not yet written ({@link #holdTraining}). */
    private static final Object HELD = new Object();

    public void training(TrainingCompleted t) {
        writeTraining(List.of(t));
    }

    /**
     * Training evidence written with the rest the transaction holds, in one statement, before the evidence is next read
     * ({@link #of}, which the profiles' recomputation does before the commit): a consumer's batch of records costs one
     * statement, not one per event. A later event about the same record replaces an earlier one, as when written one
     * by one. Held evidence still unwritten at the commit fails it: a record is never silently lost.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void holdTraining(TrainingCompleted t) {
        @SuppressWarnings("unchecked")
        Map<UUID, TrainingCompleted> held = (Map<UUID, TrainingCompleted>) transactions.getResource(HELD);
        if (held == null) {
            Map<UUID, TrainingCompleted> holding = new LinkedHashMap<>();
            transactions.putResource(HELD, holding);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    if (!holding.isEmpty()) {
                        throw new IllegalStateException(holding.size() + " training records held for this transaction"
                                + " were never written: the evidence was not read (of) before the commit");
                    }
                }

                @Override
                public void afterCompletion(int status) {
                }
            });
            held = holding;
        }
        held.put(t.recordId(), t);
    }

    private void writeHeld() {
        @SuppressWarnings("unchecked")
        Map<UUID, TrainingCompleted> held = transactions.getTransactionKey() == null ? null
                : (Map<UUID, TrainingCompleted>) transactions.getResource(HELD);
        if (held != null && !held.isEmpty()) {
            List<TrainingCompleted> records = List.copyOf(held.values());
            held.clear();
            writeTraining(records);
        }
    }

    private void writeTraining(List<TrainingCompleted> records) {
        em.createNativeQuery("""
                INSERT INTO training_evidence (record_id, cadre_id, title, capabilities, hours, completed_on)
                SELECT t.id, t.cadre, t.title, string_to_array(t.capabilities, ','), t.hours, t.completed_on
                FROM unnest(CAST(:ids AS uuid[]), CAST(:cadres AS uuid[]), CAST(:titles AS text[]),
                            CAST(:capabilities AS text[]), CAST(:hours AS numeric[]), CAST(:completedOn AS date[]))
                     AS t(id, cadre, title, capabilities, hours, completed_on)
                ON CONFLICT (record_id) DO UPDATE SET cadre_id = EXCLUDED.cadre_id, title = EXCLUDED.title,
                  capabilities = EXCLUDED.capabilities, hours = EXCLUDED.hours, completed_on = EXCLUDED.completed_on""")
                .setParameter("ids", records.stream().map(TrainingCompleted::recordId).toArray(UUID[]::new))
                .setParameter("cadres", records.stream().map(TrainingCompleted::cadreId).toArray(UUID[]::new))
                .setParameter("titles", records.stream().map(TrainingCompleted::title).toArray(String[]::new))
                // a record's capabilities as one text each (enum names hold no comma), split again in SQL
                .setParameter("capabilities", records.stream()
                        .map(t -> String.join(",", EnumSetColumn.toArray(t.capabilities()))).toArray(String[]::new))
                .setParameter("hours", records.stream().map(TrainingCompleted::hours).toArray(BigDecimal[]::new))
                .setParameter("completedOn", records.stream().map(TrainingCompleted::completedOn).toArray(LocalDate[]::new))
                .executeUpdate();
    }

    public void posting(PostingCompleted p) {
        em.createNativeQuery("""
                INSERT INTO posting_evidence (posting_id, cadre_id, type, capabilities, evaluation, completed_on)
                VALUES (:id, :cadre, :type, CAST(:caps AS text[]), :evaluation, :on)
                ON CONFLICT (posting_id) DO UPDATE SET cadre_id = EXCLUDED.cadre_id, type = EXCLUDED.type,
                  capabilities = EXCLUDED.capabilities, evaluation = EXCLUDED.evaluation,
                  completed_on = EXCLUDED.completed_on""")
                .setParameter("id", p.postingId()).setParameter("cadre", p.cadreId()).setParameter("type", p.type().name())
                .setParameter("caps", EnumSetColumn.literal(p.capabilities())).setParameter("evaluation", p.evaluation().name())
                .setParameter("on", p.completedOn()).executeUpdate();
    }

    /** A finding counts against the capability it reflects; one that names none is not capability evidence. */
    public void finding(FindingRecorded f, LocalDate recordedOn) {
        if (f.capability() == null) {
            return;
        }
        for (UUID cadre : f.cadreIds()) {
            em.createNativeQuery("""
                    INSERT INTO finding_evidence (finding_id, cadre_id, category, capability, severity, recorded_on)
                    VALUES (:id, :cadre, :category, :capability, :severity, :on)
                    ON CONFLICT (finding_id, cadre_id) DO UPDATE SET category = EXCLUDED.category,
                      capability = EXCLUDED.capability, severity = EXCLUDED.severity""")
                    .setParameter("id", f.findingId()).setParameter("cadre", cadre).setParameter("category", f.category())
                    .setParameter("capability", f.capability().name()).setParameter("severity", f.severity().name())
                    .setParameter("on", recordedOn).executeUpdate();
        }
    }

    /** Everything the profile arithmetic needs about one cadre. */
    public Evidence of(UUID cadreId) {
        return of(List.of(cadreId)).get(cadreId);
    }

    /**
     * Everything the profile arithmetic needs about each of these cadres, in eight statements whatever their number
     * (a cadre without any evidence has {@link Evidence#none()}'s parts).
     */
    @SuppressWarnings("unchecked")
    public Map<UUID, Evidence> of(Collection<UUID> cadreIds) {
        writeHeld();
        UUID[] ids = cadreIds.toArray(UUID[]::new);
        Map<UUID, Evidence.Rating> ratings = new HashMap<>();
        // the latest finalised year's scores per cadre
        ((List<Object[]>) em.createNativeQuery("""
                SELECT DISTINCT ON (r.cadre_id) r.cadre_id, r.year, CAST(r.final_capability_scores AS text) FROM review r
                WHERE r.cadre_id = ANY(:ids) AND r.status = 'FINALIZED' AND r.final_capability_scores IS NOT NULL
                ORDER BY r.cadre_id, r.year DESC""").setParameter("ids", ids).getResultList())
                .forEach(r -> ratings.put((UUID) r[0], new Evidence.Rating(((Number) r[1]).intValue(),
                        Scores.parse((String) r[2]))));
        Map<UUID, List<Evidence.Training>> training = byCadre(em.createNativeQuery("""
                SELECT cadre_id, title, capabilities, hours, completed_on FROM training_evidence
                WHERE cadre_id = ANY(:ids)""").setParameter("ids", ids).getResultList(),
                r -> new Evidence.Training((String) r[1], capabilities(r[2]), (BigDecimal) r[3], CadreDirectory.toDate(r[4])));
        Map<UUID, List<Evidence.Posting>> postings = byCadre(em.createNativeQuery("""
                SELECT cadre_id, type, capabilities, evaluation, completed_on FROM posting_evidence
                WHERE cadre_id = ANY(:ids)""").setParameter("ids", ids).getResultList(),
                r -> new Evidence.Posting((String) r[1], capabilities(r[2]),
                        PostingCompleted.Evaluation.valueOf((String) r[3]), CadreDirectory.toDate(r[4])));
        Map<UUID, List<Evidence.Finding>> findings = byCadre(em.createNativeQuery("""
                SELECT cadre_id, category, capability, severity, recorded_on FROM finding_evidence
                WHERE cadre_id = ANY(:ids)""").setParameter("ids", ids).getResultList(),
                r -> new Evidence.Finding((String) r[1], Capability.valueOf((String) r[2]),
                        FindingRecorded.Severity.valueOf((String) r[3]), CadreDirectory.toDate(r[4])));
        Map<UUID, List<Evidence.Study>> studies = byCadre(em.createNativeQuery("""
                SELECT cadre_id, topic, capabilities, held_on FROM study_evidence WHERE cadre_id = ANY(:ids)""")
                .setParameter("ids", ids).getResultList(),
                r -> new Evidence.Study((String) r[1], capabilities(r[2]), CadreDirectory.toDate(r[3])));
        Map<UUID, List<Evidence.Visit>> visits = byCadre(em.createNativeQuery("""
                SELECT cadre_id, visited_on, problems_solved FROM visit_evidence WHERE cadre_id = ANY(:ids)""")
                .setParameter("ids", ids).getResultList(),
                r -> new Evidence.Visit(CadreDirectory.toDate(r[1]), ((Number) r[2]).intValue()));
        Map<UUID, List<Evidence.Research>> research = byCadre(em.createNativeQuery("""
                SELECT cadre_id, title, capabilities, submitted_on, adopted FROM research_evidence
                WHERE cadre_id = ANY(:ids)""").setParameter("ids", ids).getResultList(),
                r -> new Evidence.Research((String) r[1], capabilities(r[2]), CadreDirectory.toDate(r[3]), (Boolean) r[4]));
        Map<UUID, List<MeasureOnRecord>> measures = measures(cadreIds);
        Map<UUID, Evidence> evidence = new LinkedHashMap<>();
        for (UUID id : cadreIds) {
            evidence.put(id, new Evidence(Optional.ofNullable(ratings.get(id)), training.getOrDefault(id, List.of()),
                    postings.getOrDefault(id, List.of()), measures.getOrDefault(id, List.of()),
                    findings.getOrDefault(id, List.of()), studies.getOrDefault(id, List.of()),
                    visits.getOrDefault(id, List.of()), research.getOrDefault(id, List.of())));
        }
        return evidence;
    }

    /** Rows whose first column is the cadre, each made into {@code T}, by cadre. */
    private static <T> Map<UUID, List<T>> byCadre(List<Object[]> rows, Function<Object[], T> row) {
        Map<UUID, List<T>> byCadre = new HashMap<>();
        rows.forEach(r -> byCadre.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add(row.apply(r)));
        return byCadre;
    }

    public List<MeasureOnRecord> measures(UUID cadreId) {
        return supervision.measures(cadreId);
    }

    /** Is a 提拔必查 of the cadre open (inspection's PromotionCheckOpened, not yet concluded)? */
    public boolean checkOpen(UUID cadreId) {
        return supervision.checkOpen(cadreId);
    }

    /** The measures of many cadres in one query (cadres without any are absent). */
    public Map<UUID, List<MeasureOnRecord>> measures(Collection<UUID> cadreIds) {
        return supervision.measures(cadreIds);
    }

    /** What the cadre's measures do to the annual assessment of {@code year}, judged on {@code today}. */
    public AnnualOutcome outcome(UUID cadreId, int year, LocalDate today) {
        return AnnualOutcome.of(measures(cadreId), Year.of(year), today);
    }

    private static Set<Capability> capabilities(Object array) {
        return EnumSetColumn.toSet((String[]) array, Capability.class);
    }
}
