package org.benling.selection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.benling.contracts.supervision.EligibilityReason;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.platform.personnel.CadreDirectory.CadreRef;
import org.benling.platform.problem.Problem;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.Caller;
import org.benling.platform.security.Roles;
import org.benling.platform.security.UnitScope;
import org.benling.platform.supervision.CandidateStandings;
import org.benling.platform.web.CallerLanguage;
import org.benling.selection.domain.Appointment;
import org.benling.selection.domain.VotingSession;
import org.benling.selection.domain.rules.AppointmentWorkflow;
import org.benling.selection.events.SelectionEventPublisher;
import org.benling.selection.domain.rules.JointReview;
import org.benling.selection.domain.rules.SelectionPolicy;
import org.benling.selection.domain.rules.WorkingCalendar;
import org.benling.selection.rest.api.AppointmentRequests;

/**
 * The appointment trail's steps: HR of the unit (or above) or an administrator moves it; the checks of the joint
 * review are answered by who gives them (the personnel file and the personal-matters report by HR, the discipline
 * organ's opinion and the petitions by inspectors; both the personal-matters check). Eligibility, the one rule, is
 * asked at 确定考察对象 and again before 讨论决定. The entity decides the rest.
 */
@ApplicationScoped
public class AppointmentCommands {

    /** Who answers which check, besides administrators. */
    private static final Map<JointReview.Check, Set<String>> ANSWERED_BY = Map.of(
            JointReview.Check.PERSONNEL_FILE, Set.of(Roles.HR),
            JointReview.Check.PERSONAL_MATTERS, Set.of(Roles.HR, Roles.INSPECTOR),
            JointReview.Check.DISCIPLINE_OPINION, Set.of(Roles.INSPECTOR),
            JointReview.Check.PETITIONS, Set.of(Roles.INSPECTOR));

    @Inject UnitScope scope;
    @Inject Caller caller;
    @Inject CadreDirectory cadres;
    @Inject CandidateStandings standings;
    @Inject CallerLanguage language;
    @Inject SelectionPolicy policy;
    @Inject WorkingCalendar calendar;
    @Inject AppointmentAccess access;
    @Inject SelectionEventPublisher events;
    @Inject PromotionCheckAnswers promotionChecks;
    @Inject Clock clock;

    @Transactional
    public Appointment motion(AppointmentRequests.Motion r) {
        scope.requireWritableUnit(r.unitId(), "only HR of the unit (or above) selects for its posts");
        Appointment a = Appointment.motion(r.unitId(), r.postTitle(), r.rankLevel(), r.reason(), r.method(), caller.name(),
                clock.instant());
        a.persist();
        return a;
    }

    @Transactional
    public Appointment recommend(UUID id, AppointmentRequests.Recommendation r) {
        Appointment a = access.writable(id);
        if (r.votingSessionId() != null) {
            VotingSession s = VotingSession.<VotingSession>findByIdOptional(r.votingSessionId())
                    .filter(v -> v.unitId.equals(a.unitId) && v.kind == VotingSession.Kind.RECOMMENDATION)
                    .orElseThrow(() -> ProblemException.invalidField("votingSessionId", "no recommendation session of the"
                            + " unit: " + r.votingSessionId()));
            if (s.status != VotingSession.Status.CLOSED) {
                throw ProblemException.invalidField("votingSessionId", "推荐投票尚未结束 / the voting is not closed");
            }
        }
        a.recommend(r.votingSessionId(), r.note(), caller.name(), clock.instant());
        return a;
    }

    @Transactional
    public Appointment setCandidates(UUID id, AppointmentRequests.Candidates r) {
        Appointment a = access.writable(id);
        a.requireAllowed(AppointmentWorkflow.Command.SET_CANDIDATES);
        List<Problem.Violation> violations = new ArrayList<>();
        Map<UUID, CadreRef> known = cadres.findAll(Set.copyOf(r.cadreIds()));
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < r.cadreIds().size(); i++) {
            CadreRef c = known.get(r.cadreIds().get(i));
            if (c == null || !c.active() || !seen.add(c.id())) {
                violations.add(new Problem.Violation("cadreIds[" + i + "]", "不是在职干部或重复 / not an active cadre, or"
                        + " named twice: " + r.cadreIds().get(i)));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.invalid("the candidates are invalid / 考察对象有误", violations);
        }
        requireEligible(r.cadreIds(), "cadreIds");
        a.setCandidates(r.cadreIds(), r.note(), caller.name(), clock.instant());
        return a;
    }

    @Transactional
    public Appointment investigate(UUID id, AppointmentRequests.Investigation r) {
        Appointment a = access.writable(id);
        a.investigate(r.reports(), caller.name(), clock.instant());
        return a;
    }

    @Transactional
    public Appointment openJointReview(UUID id) {
        Appointment a = access.writable(id);
        a.openJointReview(caller.name(), clock.instant());
        promotionChecks.answerFromConcludedChecks(a);
        events.jointReviewChecksChanged(a);
        return a;
    }

    @Transactional
    public Appointment answer(UUID id, UUID cadreId, JointReview.Check check, AppointmentRequests.Answer r) {
        Appointment a = access.readable(id);
        boolean entitled = caller.hasRole(Roles.ADMIN) || ANSWERED_BY.get(check).stream().anyMatch(role ->
                caller.hasRole(role) && (role.equals(Roles.HR) ? scope.mayWrite(a.unitId) : scope.mayRead(a.unitId)));
        if (!entitled) {
            throw ProblemException.forbidden("this check is answered by " + ANSWERED_BY.get(check) + " / 该项核查由相应部门答复");
        }
        a.answer(cadreId, check, r.answer(), r.note(), caller.name(), clock.instant());
        events.jointReviewChecksChanged(a);
        return a;
    }

    @Transactional
    public Appointment decide(UUID id, AppointmentRequests.Decision r) {
        Appointment a = access.writable(id);
        a.requireAllowed(AppointmentWorkflow.Command.DECIDE);
        requireEligible(List.of(r.cadreId()), "cadreId");
        a.decide(r.cadreId(), r.meetingOn(), r.members(), r.present(), r.inFavour(), policy, caller.name(), clock.instant());
        events.jointReviewChecksChanged(a);
        return a;
    }

    @Transactional
    public Appointment publish(UUID id, AppointmentRequests.Publicity r) {
        Appointment a = access.writable(id);
        a.publish(r.startOn(), calendar, policy, caller.name(), clock.instant());
        return a;
    }

    @Transactional
    public Appointment objection(UUID id, AppointmentRequests.Objection r) {
        Appointment a = access.writable(id);
        a.objection(r.raised(), r.note(), caller.name(), clock.instant());
        return a;
    }

    @Transactional
    public Appointment appoint(UUID id, AppointmentRequests.Appoint r) {
        Appointment a = access.writable(id);
        if (r.appointedOn().isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalidField("appointedOn", "不能晚于今天 / must not be after today");
        }
        a.appoint(r.appointedOn(), calendar, policy, caller.name(), clock.instant());
        events.appointed(a);
        return a;
    }

    @Transactional
    public Appointment withdraw(UUID id, AppointmentRequests.Withdrawal r) {
        Appointment a = access.writable(id);
        boolean reviewing = a.stage == AppointmentWorkflow.Stage.JOINT_REVIEW;
        a.withdraw(r.reason(), caller.name(), clock.instant());
        if (reviewing) {
            events.jointReviewChecksChanged(a);
        }
        return a;
    }

    /** The one eligibility rule, today: a refusal per candidate who may not be one, naming no measure. */
    private void requireEligible(List<UUID> cadreIds, String field) {
        Map<UUID, List<EligibilityReason>> refusals = standings.refusals(cadreIds, LocalDate.now(clock), language.get());
        List<Problem.Violation> violations = new ArrayList<>();
        for (int i = 0; i < cadreIds.size(); i++) {
            List<EligibilityReason> reasons = refusals.get(cadreIds.get(i));
            if (!reasons.isEmpty()) {
                violations.add(new Problem.Violation(cadreIds.size() == 1 && field.equals("cadreId") ? field
                        : field + "[" + i + "]", String.join("; ", reasons.stream().map(EligibilityReason::message).toList())));
            }
        }
        if (!violations.isEmpty()) {
            throw ProblemException.ruleViolated("not-eligible", "不符合提名条件 / not eligible as a candidate", violations);
        }
    }
}
