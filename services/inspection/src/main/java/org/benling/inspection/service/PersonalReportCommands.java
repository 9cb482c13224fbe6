package org.benling.inspection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.benling.inspection.domain.PersonalReport;
import org.benling.inspection.domain.rules.PersonalMattersPolicy;
import org.benling.inspection.events.InspectionEventPublisher;
import org.benling.inspection.rest.api.AnnualReportRequest;
import org.benling.inspection.rest.api.ChangeReportRequest;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.platform.personnel.CadreDirectory.CadreRef;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.Caller;

/** The cadre files the yearly report (and corrects it until a spot-check takes it up) and reports changes. */
@ApplicationScoped
public class PersonalReportCommands {

    @Inject PersonalReportAccess access;
    @Inject CadreDirectory cadres;
    @Inject PersonalMattersPolicy policy;
    @Inject InspectionEventPublisher events;
    @Inject Caller caller;
    @Inject Clock clock;

    /** Files or corrects the caller's yearly report of {@code year} (the current one). */
    @Transactional
    public PersonalReport fileAnnual(int year, AnnualReportRequest r) {
        CadreRef me = self();
        LocalDate today = LocalDate.now(clock);
        PersonalReport existing = PersonalReport.find("cadreId = ?1 and year = ?2 and kind = ?3", me.id(), year,
                PersonalReport.Kind.ANNUAL).firstResult();
        if (existing == null) {
            PersonalReport report = PersonalReport.annual(me.id(), me.unitId(), year, policy.annualDue(year), r.content(),
                    caller.name(), clock.instant(), today);
            report.persist();
            events.reportFiled(report, today);
            return report;
        }
        if (r.version() != null && r.version() != existing.version) {
            throw ProblemException.conflict("stale", "the report was changed meanwhile; reload it / 报告已被修改，请刷新");
        }
        existing.revise(r.content(), caller.name(), clock.instant(), today);
        return existing;
    }

    /** Reports a change of the caller's (within {@code changeDays} of it: later ones are kept, marked late). */
    @Transactional
    public PersonalReport reportChange(ChangeReportRequest r) {
        CadreRef me = self();
        PersonalReport report = PersonalReport.change(me.id(), me.unitId(), r.changeKind(), r.changedOn(),
                policy.changeDue(r.changedOn()), r.content(), caller.name(), clock.instant(), LocalDate.now(clock));
        report.persist();
        return report;
    }

    private CadreRef self() {
        UUID id = access.self();
        return cadres.find(id).orElseThrow(() -> ProblemException.forbidden(
                "your cadre record is not known here yet / 尚未同步您的干部信息"));
    }
}
