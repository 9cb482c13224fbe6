package org.benling.rotation.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.benling.platform.personnel.CadreDirectory.CadreRef;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.Caller;
import org.benling.rotation.domain.ContactPoint;
import org.benling.rotation.domain.ContactVisit;
import org.benling.rotation.domain.ResearchReport;
import org.benling.rotation.events.RotationEventPublisher;
import org.benling.rotation.rest.api.ContactPointEnd;
import org.benling.rotation.rest.api.ContactPointRequest;
import org.benling.rotation.rest.api.ContactVisitRequest;
import org.benling.rotation.rest.api.ResearchFollowUp;
import org.benling.rotation.rest.api.ResearchReportRequest;

/**
 * 基层联系点 and 大调研: a leader takes up a contact point, records visits there (each published as
 * GrassrootsVisitRecorded), files research reports and has their follow-up recorded (ResearchReportFiled, again on
 * each follow-up); the entities decide, this loads, checks what needs the database, saves and publishes.
 */
@ApplicationScoped
public class GrassrootsCommands {

    @Inject GrassrootsAccess access;
    @Inject RotationEventPublisher events;
    @Inject Caller caller;
    @Inject Clock clock;

    @Transactional
    public ContactPoint takeUp(ContactPointRequest r) {
        CadreRef leader = access.subject(r.cadreId());
        if (ContactPoint.count("cadreId = ?1 and endedOn is null", leader.id()) > 0) {
            throw ProblemException.conflict("contact-point-exists", leader.name() + " keeps a contact point already;"
                    + " end it first / 已有基层联系点，请先结束原联系点");
        }
        ContactPoint p = ContactPoint.takeUp(leader.id(), leader.unitId(), r.place(), r.description(), r.since(),
                caller.name(), clock.instant(), LocalDate.now(clock));
        p.persist();
        return p;
    }

    @Transactional
    public ContactVisit visit(UUID pointId, ContactVisitRequest r) {
        ContactPoint p = access.recordable(pointId);
        ContactVisit v = p.visit(r.visitedOn(), r.learned(), r.problemsRaised(), r.problemsSolved(), r.solutions(),
                caller.name(), clock.instant(), LocalDate.now(clock));
        v.persist();
        events.visited(p, v);
        return v;
    }

    @Transactional
    public ContactPoint end(UUID pointId, ContactPointEnd e) {
        ContactPoint p = access.recordable(pointId);
        LocalDate today = LocalDate.now(clock);
        p.end(e.on() == null ? today : e.on(), today);
        return p;
    }

    @Transactional
    public ResearchReport file(ResearchReportRequest r) {
        CadreRef leader = access.subject(r.cadreId());
        ResearchReport report = ResearchReport.file(leader.id(), leader.unitId(), r.title(), r.summary(),
                r.capabilities(), r.submittedOn(), caller.name(), clock.instant(), LocalDate.now(clock));
        report.persist();
        events.researchFiled(report);
        return report;
    }

    @Transactional
    public ResearchReport followUp(UUID id, ResearchFollowUp f) {
        ResearchReport report = access.followable(id);
        report.followUp(f.note(), f.adopted(), caller.name(), clock.instant());
        events.researchFiled(report);
        return report;
    }
}
