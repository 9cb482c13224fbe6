package org.benling.training.service;

import org.benling.platform.personnel.CadreDirectory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.benling.contracts.assessment.CapabilityGapIdentified;
import org.benling.contracts.inspection.MeasureApplied;
import org.benling.contracts.rotation.PostingApproved;
import org.benling.contracts.selection.DevelopmentTaskChanged;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.Caller;
import org.benling.training.domain.Course;
import org.benling.training.domain.CourseKind;
import org.benling.training.domain.Proposal;

/**
 * Closes the loop (DOMAIN.md): a capability gap proposes courses that build that capability; an approved
 * posting proposes pre-posting training; a supervision measure proposes warning education; a reserve-pool member's
 * development plan proposes the courses of its training task, due by its day.
 */
@ApplicationScoped
public class ProposalService {

    /** Who decided on a proposal its development-plan task took back. */
    static final String WITHDRAWN_BY = "selection: task withdrawn";

    /** How many courses one gap proposes at most. */
    static final int COURSES_PER_GAP = 3;

    @Inject Caller caller;
    @Inject CadreDirectory cadres;
    @Inject Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void onGap(UUID eventId, CapabilityGapIdentified gap) {
        List<Course> courses = coursesBuilding(gap.capability());
        Map<String, String> detail = Map.of("score", String.valueOf(gap.score()), "threshold",
                String.valueOf(gap.threshold()));
        if (courses.isEmpty()) {
            propose(gap.cadreId(), null, Proposal.Reason.CAPABILITY_GAP, gap.capability(), "proposal.CAPABILITY_GAP",
                    detail, eventId);
        }
        courses.forEach(c -> propose(gap.cadreId(), c, Proposal.Reason.CAPABILITY_GAP, gap.capability(),
                "proposal.CAPABILITY_GAP", detail, eventId));
    }

    /**
     * A development plan's training task: the courses that build the capability, as for a gap, due by the task's day;
     * a withdrawn task takes back what is still proposed for it (what the cadre or HR accepted stays).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onDevelopmentTask(UUID eventId, DevelopmentTaskChanged task) {
        if (task.kind() != DevelopmentTaskChanged.Kind.TRAINING) {
            return;
        }
        if (task.status() == DevelopmentTaskChanged.Status.WITHDRAWN) {
            Proposal.<Proposal>list("developmentTaskId = ?1 and status = ?2", task.taskId(), Proposal.Status.PROPOSED)
                    .forEach(p -> p.decide(Proposal.Status.DISMISSED, WITHDRAWN_BY, Instant.now(clock)));
            return;
        }
        List<Course> courses = coursesBuilding(task.capability());
        Map<String, String> detail = Map.of("dueOn", task.dueOn().toString());
        for (Course c : courses.isEmpty() ? Collections.<Course>singletonList(null) : courses) {
            Proposal p = propose(task.cadreId(), c, Proposal.Reason.DEVELOPMENT_PLAN, task.capability(),
                    "proposal.DEVELOPMENT_PLAN", detail, eventId);
            p.dueOn = task.dueOn();
            p.developmentTaskId = task.taskId();
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void onPostingApproved(UUID eventId, PostingApproved posting) {
        Course course = Course.find("active = true and kind = ?1 order by creditHours desc", CourseKind.SPECIAL_TOPIC)
                .firstResult();
        propose(posting.cadreId(), course, Proposal.Reason.PRE_POSTING, null, "proposal.PRE_POSTING",
                Map.of("host", posting.hostOrganisation(), "start", String.valueOf(posting.plannedStart())), eventId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void onMeasureApplied(UUID eventId, MeasureApplied measure) {
        Course course = Course.find("active = true and array_contains(capabilities, ?1) order by creditHours",
                Capability.POLITICAL_LEADERSHIP.name()).firstResult();
        // the effect and its end only: HR reads proposals, and a type, form or open-ended kind would name the measure
        String code = "none".equals(measure.influence()) ? "proposal.WARNING_EDUCATION"
                : measure.influenceUntil() == null ? "proposal.WARNING_EDUCATION.OPEN" : "proposal.WARNING_EDUCATION.UNTIL";
        Map<String, String> detail = measure.influenceUntil() == null || "none".equals(measure.influence()) ? Map.of()
                : Map.of("until", measure.influenceUntil().toString());
        propose(measure.cadreId(), course, Proposal.Reason.WARNING_EDUCATION, Capability.POLITICAL_LEADERSHIP, code,
                detail, eventId);
    }

    /** The active courses that build {@code capability}, the most 学时 first, as many as one gap proposes. */
    private static List<Course> coursesBuilding(Capability capability) {
        return Course.find("active = true and array_contains(capabilities, ?1) order by creditHours desc",
                capability.name()).page(0, COURSES_PER_GAP).list();
    }

    private Proposal propose(UUID cadreId, Course course, Proposal.Reason reason, Capability capability, String detailCode,
            Map<String, String> detailParams, UUID eventId) {
        Proposal p = new Proposal();
        p.id = UUID.randomUUID();
        p.cadreId = cadreId;
        p.course = course;
        p.reason = reason;
        p.capability = capability;
        p.detailCode = detailCode;
        p.detailParams = new java.util.HashMap<>(detailParams);
        p.detail = p.detailReason().orElseThrow().text(null);
        p.sourceEventId = eventId;
        p.createdAt = Instant.now(clock);
        p.persist();
        return p;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Proposal> forCadre(UUID cadreId) {
        cadres.readable(cadreId);
        return Proposal.list("cadreId = ?1 order by createdAt desc", cadreId);
    }

    /** A proposal to a cadre the caller may read; 404 for any other. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Proposal readable(UUID id) {
        Proposal p = Proposal.<Proposal>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Proposal", id));
        cadres.reading(p.cadreId, "Proposal", id);
        return p;
    }

    @Transactional
    public Proposal decide(UUID id, Proposal.Status decision) {
        Proposal p = Proposal.<Proposal>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Proposal", id));
        boolean own = caller.is(p.cadreId);
        if (!own) {
            cadres.managing(p.cadreId, "Proposal", id);
        }
        p.decide(decision, caller.name(), Instant.now(clock));
        return p;
    }
}
