package org.benling.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.benling.training.domain.TrainingRecord;
import org.benling.training.events.TrainingEventPublisher;

/**
 * Many new training records entered together — a bureau's five years of history in the demo's scale mode — in a
 * few statements whatever their number: the records, one audit revision and the records' audit rows under it (the rows
 * Envers writes for a persisted record), and their {@code TrainingCompleted} events in the outbox, all in the caller's
 * transaction.
 *
 * <p>Entering them one entity at a time cost a flush, an Envers work unit and a statement per row of three tables, and
 * fired the compliance standings' statement triggers once per row: about 1,900 records/s at 100,000 cadres
 * (docs/benchmarks.md, "Scale mode"). The records come complete (the caller has decided them); nothing here decides.
 */
@ApplicationScoped
public class RecordBatch {

    @Inject EntityManager em;
    @Inject TrainingEventPublisher events;
    @Inject Clock clock;

    /** Writes the records, their audit trail under a revision by {@code actor}, and their events in list order. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enterAll(List<TrainingRecord> records, String actor) {
        if (records.isEmpty()) {
            return;
        }
        UUID[] ids = new UUID[records.size()];
        for (int i = 0; i < ids.length; i++) {
            TrainingRecord r = records.get(i);
            if (r.id == null) {
                r.id = UUID.randomUUID();
            }
            ids[i] = r.id;
        }
        em.createNativeQuery("""
                INSERT INTO training_record (id, cadre_id, course_id, enrolment_id, title, source, capabilities, hours,
                                             online, off_job_days, completed_on, provider, evidence, entered_by, version)
                SELECT r.id, r.cadre_id, r.course_id, r.enrolment_id, r.title, r.source,
                       string_to_array(r.capabilities, ','), r.hours, r.online, r.off_job_days, r.completed_on,
                       r.provider, r.evidence, r.entered_by, 0
                FROM unnest(CAST(:ids AS uuid[]), CAST(:cadres AS uuid[]), CAST(:courses AS uuid[]),
                            CAST(:enrolments AS uuid[]), CAST(:titles AS text[]), CAST(:sources AS text[]),
                            CAST(:capabilities AS text[]), CAST(:hours AS numeric[]), CAST(:online AS boolean[]),
                            CAST(:offJobDays AS integer[]), CAST(:completedOn AS date[]), CAST(:providers AS text[]),
                            CAST(:evidence AS text[]), CAST(:enteredBy AS text[]))
                     AS r(id, cadre_id, course_id, enrolment_id, title, source, capabilities, hours, online,
                          off_job_days, completed_on, provider, evidence, entered_by)""")
                .setParameter("ids", ids)
                .setParameter("cadres", records.stream().map(r -> r.cadreId).toArray(UUID[]::new))
                .setParameter("courses", records.stream().map(r -> r.courseId).toArray(UUID[]::new))
                .setParameter("enrolments", records.stream().map(r -> r.enrolmentId).toArray(UUID[]::new))
                .setParameter("titles", records.stream().map(r -> r.title).toArray(String[]::new))
                .setParameter("sources", records.stream().map(r -> r.source.name()).toArray(String[]::new))
                // a record's capabilities as one text each (enum names hold no comma), split again in SQL
                .setParameter("capabilities", records.stream().map(r -> String.join(",", r.capabilities)).toArray(String[]::new))
                .setParameter("hours", records.stream().map(r -> r.hours).toArray(BigDecimal[]::new))
                .setParameter("online", records.stream().map(r -> r.online).toArray(Boolean[]::new))
                .setParameter("offJobDays", records.stream().map(r -> r.offJobDays).toArray(Integer[]::new))
                .setParameter("completedOn", records.stream().map(r -> r.completedOn).toArray(LocalDate[]::new))
                .setParameter("providers", records.stream().map(r -> r.provider).toArray(String[]::new))
                .setParameter("evidence", records.stream().map(r -> r.evidence).toArray(String[]::new))
                .setParameter("enteredBy", records.stream().map(r -> r.enteredBy).toArray(String[]::new))
                .executeUpdate();
        Number revision = (Number) em.createNativeQuery("""
                INSERT INTO audit_revision (id, at_millis, actor) VALUES (nextval('audit_revision_seq'), :at, :actor)
                RETURNING id""")
                .setParameter("at", clock.millis()).setParameter("actor", actor).getSingleResult();
        // revtype 0: an addition, as Envers writes it
        em.createNativeQuery("""
                INSERT INTO training_record_aud (id, rev, revtype, cadre_id, course_id, enrolment_id, title, source,
                                                 capabilities, hours, online, off_job_days, completed_on, provider,
                                                 evidence, entered_by)
                SELECT id, :rev, 0, cadre_id, course_id, enrolment_id, title, source, capabilities, hours, online,
                       off_job_days, completed_on, provider, evidence, entered_by
                FROM training_record WHERE id = ANY(CAST(:ids AS uuid[]))""")
                .setParameter("rev", revision.longValue()).setParameter("ids", ids).executeUpdate();
        events.completed(records);
    }
}
