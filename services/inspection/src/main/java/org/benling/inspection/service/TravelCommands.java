package org.benling.inspection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.benling.inspection.domain.Passport;
import org.benling.inspection.domain.Trip;
import org.benling.inspection.domain.rules.TravelPolicy;
import org.benling.inspection.domain.rules.TripWorkflow;
import org.benling.inspection.domain.rules.TripWorkflow.Command;
import org.benling.inspection.events.InspectionEventPublisher;
import org.benling.inspection.rest.api.Cancellation;
import org.benling.inspection.rest.api.PassportHandover;
import org.benling.inspection.rest.api.PassportRequest;
import org.benling.inspection.rest.api.TripDecision;
import org.benling.inspection.rest.api.TripRequest;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.platform.personnel.CadreDirectory.CadreRef;
import org.benling.platform.problem.Problem;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.Caller;

/**
 * 出国（境）管理: the HR office registers the passports it holds, the cadre asks for a private trip before it, a
 * leader approves or refuses, the HR office issues the passport for the approved trip and receives it back. The
 * entities decide (Trip, Passport); this loads, checks what needs the database, saves, and publishes each change of
 * a trip (TripChanged: the leaders' approval and the HR office's passport to take back are their to-dos).
 */
@ApplicationScoped
public class TravelCommands {

    @Inject TravelAccess access;
    @Inject CadreDirectory cadres;
    @Inject TravelPolicy policy;
    @Inject InspectionEventPublisher events;
    @Inject Caller caller;
    @Inject Clock clock;

    @Transactional
    public Passport register(PassportRequest r) {
        CadreRef cadre = cadres.writable(r.cadreId(), "cadreId");
        String number = r.number().strip().toUpperCase(Locale.ROOT);
        if (Passport.count("kind = ?1 and upper(number) = ?2 and status <> ?3", r.kind(), number,
                Passport.Status.CANCELLED) > 0) {
            throw ProblemException.conflict("passport-exists", "a " + r.kind() + " numbered " + number
                    + " is registered already / 该证照已登记");
        }
        if (r.expiresOn().isBefore(LocalDate.now(clock))) {
            throw ProblemException.invalidField("expiresOn", "the document has expired / 证照已过期，无需登记保管");
        }
        Passport p = Passport.register(cadre.id(), cadre.unitId(), r.kind(), number, r.expiresOn(), caller.name(),
                clock.instant());
        p.persist();
        return p;
    }

    @Transactional
    public Passport cancelPassport(UUID id, Cancellation c) {
        Passport p = access.heldPassport(id);
        p.cancel(c.reason(), caller.name(), clock.instant());
        return p;
    }

    /** A trip asked by the cadre (for themself) or by the HR office for a cadre it manages, before the departure. */
    @Transactional
    public Trip request(TripRequest r) {
        CadreRef cadre = cadres.ownOrManaged(r.cadreId(), "cadreId");
        LocalDate today = LocalDate.now(clock);
        List<Problem.Violation> wrong = new ArrayList<>();
        if (r.departOn().isBefore(today)) {
            wrong.add(new Problem.Violation("departOn", "must be asked before travel: not before today / 须在出行前报批"));
        }
        if (r.returnOn().isBefore(r.departOn())) {
            wrong.add(new Problem.Violation("returnOn", "must not be before the departure / 回国（境）日期不能早于出行日期"));
        }
        Passport passport = Passport.findById(r.passportId());
        if (passport == null || !passport.cadreId.equals(cadre.id())) {
            wrong.add(new Problem.Violation("passportId", "no such passport of the cadre held by the HR office / 未登记该证照"));
        } else if (passport.status == Passport.Status.CANCELLED) {
            wrong.add(new Problem.Violation("passportId", "the passport is cancelled / 证照已注销"));
        } else if (passport.expiresOn.isBefore(r.returnOn())) {
            wrong.add(new Problem.Violation("passportId", "the passport expires on " + passport.expiresOn
                    + ", before the return / 证照有效期不足"));
        }
        if (!wrong.isEmpty()) {
            throw ProblemException.invalid("the trip cannot be asked for as it is / 申请有误", wrong);
        }
        boolean overlaps = Trip.<Trip>list("cadreId = ?1 and departOn <= ?2 and returnOn >= ?3", cadre.id(),
                r.returnOn(), r.departOn()).stream().anyMatch(t -> TripWorkflow.open(t.status));
        if (overlaps) {
            throw ProblemException.conflict("trip-overlaps", "another trip of the cadre is asked for or under way on"
                    + " these days / 该时段已有出国（境）申请");
        }
        Trip t = Trip.request(cadre.id(), cadre.unitId(), passport, r.destination(), r.purpose(), r.departOn(),
                r.returnOn(), caller.name(), clock.instant());
        t.persist();
        events.tripChanged(t);
        return t;
    }

    @Transactional
    public Trip decide(UUID id, TripDecision d) {
        Trip t = access.tripFor(id, d.approve() ? Command.APPROVE : Command.REFUSE);
        caller.requireNotSelf(t.cadreId, "decide", "审批本人的出国（境）申请");
        if (d.approve()) {
            t.approve(d.note(), caller.name(), clock.instant(), LocalDate.now(clock));
        } else {
            t.refuse(d.note(), caller.name(), clock.instant());
        }
        events.tripChanged(t);
        return t;
    }

    @Transactional
    public Trip cancel(UUID id, Cancellation c) {
        Trip t = access.tripFor(id, Command.CANCEL);
        t.cancel(c.reason(), caller.name(), clock.instant());
        events.tripChanged(t);
        return t;
    }

    @Transactional
    public Trip issuePassport(UUID id, PassportHandover h) {
        Trip t = access.tripFor(id, Command.ISSUE_PASSPORT);
        LocalDate today = LocalDate.now(clock);
        t.issuePassport(Passport.findById(t.passportId), h.on() == null ? today : h.on(), today, policy);
        events.tripChanged(t);
        return t;
    }

    @Transactional
    public Trip returnPassport(UUID id, PassportHandover h) {
        Trip t = access.tripFor(id, Command.RETURN_PASSPORT);
        LocalDate today = LocalDate.now(clock);
        t.returnPassport(Passport.findById(t.passportId), h.on() == null ? today : h.on(), today);
        events.tripChanged(t);
        return t;
    }
}
