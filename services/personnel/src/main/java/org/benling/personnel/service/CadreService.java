package org.benling.personnel.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.benling.personnel.domain.Cadre;
import org.benling.personnel.domain.CadreDates;
import org.benling.personnel.domain.CadreTransfer;
import org.benling.personnel.domain.Unit;
import org.benling.personnel.events.PersonnelEventPublisher;
import org.benling.personnel.rest.api.CadreRequest;
import org.benling.personnel.rest.api.RetireRequest;
import org.benling.personnel.rest.api.TransferRequest;
import org.benling.platform.idempotency.IdempotencyKeys;
import org.benling.platform.problem.Problem;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.Caller;
import org.benling.platform.security.UnitScope;

/** Use cases of the cadre registry; each writes its change and its event in one transaction. */
@ApplicationScoped
public class CadreService {

    @Inject UnitScope scope;
    @Inject Caller caller;
    @Inject PersonnelEventPublisher events;
    @Inject IdempotencyKeys idempotency;
    @Inject Clock clock;

    /** A cadre the caller may read; anything else is "not found", so ids outside the scope leak nothing. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Cadre get(UUID id) {
        return Cadre.<Cadre>findByIdOptional(id)
                .filter(c -> scope.mayReadCadre(c.id, c.unitId))
                .orElseThrow(() -> ProblemException.notFound("Cadre", id));
    }

    /** @return the cadre, and whether this call registered it (false: an Idempotency-Key replay) */
    @Transactional
    public IdempotencyKeys.Outcome register(CadreRequest request, String idempotencyKey) {
        return idempotency.createOnce(idempotencyKey, "register-cadre", () -> {
            checkWritable(request.unitId(), "unitId");
            if (Cadre.count("employeeNumber", request.employeeNumber()) > 0) {
                throw ProblemException.conflict("duplicate-employee-number",
                        "employee number " + request.employeeNumber() + " is already registered");
            }
            checkDates(request);
            Cadre cadre = new Cadre();
            cadre.id = UUID.randomUUID();
            cadre.employeeNumber = request.employeeNumber();
            cadre.unitId = request.unitId();
            apply(cadre, request);
            cadre.createdAt = Instant.now(clock);
            cadre.persist();
            events.registered(cadre);
            return cadre.id.toString();
        });
    }

    @Transactional
    public Cadre update(UUID id, CadreRequest request) {
        Cadre cadre = get(id);
        checkWritable(cadre.unitId, "unitId");
        if (request.version() == null) {
            throw ProblemException.invalidField("version", "must be the version you read");
        }
        if (cadre.version != request.version()) {
            throw ProblemException.conflict("stale", "the cadre was changed by someone else; reload it");
        }
        if (!cadre.unitId.equals(request.unitId())) {
            throw ProblemException.ruleViolated("use-transfer", "a change of unit is a transfer: use"
                    + " POST /api/cadres/{id}/transfers", List.of(new Problem.Violation("unitId", "use a transfer")));
        }
        if (!cadre.employeeNumber.equals(request.employeeNumber())) {
            throw ProblemException.invalidField("employeeNumber", "the employee number cannot change");
        }
        checkDates(request);
        var before = PersonnelEventPublisher.profile(cadre);
        apply(cadre, request);
        List<String> changed = changedFields(before, PersonnelEventPublisher.profile(cadre));
        if (!changed.isEmpty()) {
            events.updated(cadre, changed);
        }
        return cadre;
    }

    @Transactional
    public Cadre transfer(UUID id, TransferRequest request) {
        Cadre cadre = get(id);
        checkWritable(cadre.unitId, "unitId");
        Unit target = Unit.<Unit>findByIdOptional(request.toUnitId())
                .filter(u -> u.active)
                .orElseThrow(() -> ProblemException.invalidField("toUnitId", "no such active unit"));
        checkWritable(target.id, "toUnitId");
        Instant now = Instant.now(clock);
        CadreTransfer transfer = cadre.transferTo(target.id, request.positionTitle(), request.effectiveOn(),
                request.reason(), caller.name(), now);
        transfer.persist();
        cadre.updatedAt = now;
        events.transferred(cadre, transfer);
        return cadre;
    }

    @Transactional
    public Cadre retire(UUID id, RetireRequest request) {
        Cadre cadre = get(id);
        checkWritable(cadre.unitId, "unitId");
        cadre.retire(request.retiredOn());
        cadre.updatedAt = Instant.now(clock);
        events.retired(cadre, request.retiredOn());
        return cadre;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CadreTransfer> transfers(UUID id) {
        return CadreTransfer.historyOf(get(id).id);
    }

    private void checkWritable(UUID unitId, String field) {
        if (!scope.mayWrite(unitId)) {
            if (Unit.findByIdOptional(unitId).isEmpty()) {
                throw ProblemException.invalidField(field, "no such unit");
            }
            throw ProblemException.forbidden("you may not change cadres of unit " + unitId);
        }
    }

    private void checkDates(CadreRequest r) {
        List<Problem.Violation> violations = CadreDates.check(r.birthDate(), r.joinedWorkOn(), r.rankSince(),
                r.postSince(), LocalDate.now(clock));
        if (!violations.isEmpty()) {
            throw ProblemException.invalid("the dates are not plausible", violations);
        }
    }

    private void apply(Cadre cadre, CadreRequest r) {
        cadre.name = r.name().trim();
        cadre.gender = r.gender();
        cadre.birthDate = r.birthDate();
        cadre.positionTitle = r.positionTitle().trim();
        cadre.rankLevel = r.rankLevel();
        cadre.postSince = r.postSince();
        cadre.rankSince = r.rankSince();
        cadre.joinedWorkOn = r.joinedWorkOn();
        cadre.categories(r.categoriesOrEmpty());
        cadre.politicalStatus = r.politicalStatus();
        cadre.education = r.education();
        cadre.updatedAt = Instant.now(clock);
    }

    /** The fields of two profiles (records) that differ, by name. */
    static List<String> changedFields(Object before, Object after) {
        List<String> changed = new ArrayList<>();
        for (var component : before.getClass().getRecordComponents()) {
            try {
                if (!Objects.equals(component.getAccessor().invoke(before), component.getAccessor().invoke(after))) {
                    changed.add(component.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return changed;
    }
}
