package org.benling.training.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.benling.contracts.training.TrainingCompleted;
import org.benling.platform.idempotency.IdempotencyKeys;
import org.benling.platform.paging.PageQuery;
import org.benling.platform.paging.PageResult;
import org.benling.platform.persistence.NativeFilter;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.Caller;
import org.benling.training.domain.TrainingRecord;
import org.benling.training.events.TrainingEventPublisher;
import org.benling.training.rest.api.RecordRequest;

/** Training records: HR enters external ones with evidence; corrections are audited revisions, never silent. */
@ApplicationScoped
public class RecordService {

    @Inject EntityManager em;
    @Inject CadreDirectory cadres;
    @Inject Caller caller;
    @Inject TrainingEventPublisher events;
    @Inject IdempotencyKeys idempotency;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TrainingRecord> ofCadre(UUID cadreId) {
        cadres.readable(cadreId);
        return TrainingRecord.list("cadreId = ?1 order by completedOn desc", cadreId);
    }

    /** A cadre's records the caller may read, one page. */
    public PageResult<TrainingRecord> ofCadre(UUID cadreId, PageQuery page) {
        cadres.readable(cadreId);
        return new NativeFilter(" FROM training_record r")
                .and("r.cadre_id = :cadre", "cadre", cadreId)
                .pageOf(em, TrainingRecord.class, "r.id", "r.completed_on", page, (record, row) -> record);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TrainingRecord get(UUID id) {
        TrainingRecord r = TrainingRecord.<TrainingRecord>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Training record", id));
        cadres.readable(r.cadreId);
        return r;
    }

    /** The record, and whether this call entered it (false: a retry with the same Idempotency-Key). */
    public record Entered(TrainingRecord record, boolean created) {
    }

    /**
     * Enters an external record once per {@code idempotencyKey}: a client that lost the answer (a timeout, an instance
     * that went away) sends the same request with the same key and gets the record entered the first time — its
     * hours reach the profile once.
     */
    @Transactional
    public Entered createExternal(RecordRequest request, String idempotencyKey) {
        IdempotencyKeys.Outcome outcome = idempotency.createOnce(idempotencyKey, "enter-training-record", () -> {
            cadres.writable(request.cadreId(), "cadreId");
            caller.requireNotSelf(request.cadreId(), "enter training hours", "录入本人的学时");
            TrainingRecord r = new TrainingRecord();
            r.id = UUID.randomUUID();
            r.cadreId = request.cadreId();
            r.source = TrainingCompleted.Source.EXTERNAL;
            apply(r, request);
            r.persist();
            events.completed(r);
            return r.id.toString();
        });
        return new Entered(get(UUID.fromString(outcome.resourceId())), outcome.created());
    }

    /**
     * A completion reported by an online learning platform becomes a record of the cadre (once: the inbox
     * drops a redelivered event, and a record id already known is not entered again).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void importOnline(TrainingCompleted completed) {
        if (TrainingRecord.findById(completed.recordId()) != null) {
            return;
        }
        if (cadres.find(completed.cadreId()).isEmpty()) {
            throw new IllegalArgumentException("unknown cadre " + completed.cadreId());
        }
        TrainingRecord r = new TrainingRecord();
        r.id = completed.recordId();
        r.cadreId = completed.cadreId();
        r.courseId = completed.courseId();
        r.title = completed.title();
        r.source = TrainingCompleted.Source.ONLINE;
        r.capabilities(completed.capabilities());
        r.hours = completed.hours().setScale(2, RoundingMode.HALF_UP);
        r.online = true;
        r.completedOn = completed.completedOn();
        r.provider = "在线学习平台";
        r.enteredBy = "online-platform";
        r.persist();
        events.completed(r);
    }

    /** A correction keeps the old values in the audit trail, says why, and announces the new standing. */
    @Transactional
    public TrainingRecord correct(UUID id, RecordRequest request) {
        TrainingRecord r = get(id);
        cadres.writable(r.cadreId, "cadreId");
        caller.requireNotSelf(r.cadreId, "correct training hours", "更正本人的学时");
        if (!r.cadreId.equals(request.cadreId())) {
            throw ProblemException.invalidField("cadreId", "a record cannot move to another cadre");
        }
        if (request.correctionReason() == null || request.correctionReason().isBlank()) {
            throw ProblemException.invalidField("correctionReason", "更正须说明原因 / say why the record is corrected");
        }
        if (request.version() == null || request.version() != r.version) {
            throw ProblemException.conflict("stale", "the record was changed by someone else; reload it");
        }
        apply(r, request);
        r.evidence = request.evidence() + "（更正：" + request.correctionReason().trim() + "）";
        events.completed(r);
        return r;
    }

    private void apply(TrainingRecord r, RecordRequest request) {
        r.title = request.title().trim();
        r.capabilities(request.capabilities() == null ? Set.of() : request.capabilities());
        r.hours = request.hours().setScale(2, RoundingMode.HALF_UP);
        r.online = request.online();
        r.offJobDays = request.online() ? 0 : request.offJobDays();
        r.completedOn = request.completedOn();
        r.provider = request.provider();
        r.evidence = request.evidence();
        r.enteredBy = caller.name();
    }
}
