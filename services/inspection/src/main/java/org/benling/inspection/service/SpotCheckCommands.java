package org.benling.inspection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.benling.contracts.supervision.Influence;
import org.benling.contracts.supervision.MeasureRule;
import org.benling.contracts.supervision.MeasureType;
import org.benling.inspection.domain.Measure;
import org.benling.inspection.domain.PersonalReport;
import org.benling.inspection.domain.SpotCheck;
import org.benling.inspection.domain.SpotCheckDraw;
import org.benling.inspection.domain.rules.InspectionPolicy;
import org.benling.inspection.domain.rules.PersonalMattersPolicy;
import org.benling.inspection.domain.rules.SpotCheckSample;
import org.benling.inspection.events.InspectionEventPublisher;
import org.benling.inspection.rest.api.DrawRequest;
import org.benling.inspection.rest.api.PromotionCheckRequest;
import org.benling.inspection.rest.api.SpotCheckConclusion;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.platform.personnel.CadreDirectory.CadreRef;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.Caller;
import org.benling.platform.security.Roles;
import org.benling.platform.security.UnitScope;

/**
 * The checks of 个人有关事项报告: the yearly random draw of a unit's subtree (SpotCheckSample), the mandatory check of a
 * promotion candidate (提拔必查, published as PromotionCheckOpened / PromotionCheckConcluded: the candidate is not
 * eligible while it is open), and the result with the measure it brings (a measure of the catalogue, applied and
 * published as any other: MeasureApplied, before the conclusion under the same key).
 */
@ApplicationScoped
public class SpotCheckCommands {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject EntityManager em;
    @Inject Inspectors inspectors;
    @Inject Units units;
    @Inject UnitScope scope;
    @Inject CadreDirectory cadres;
    @Inject SpotCheckQueries views;
    @Inject PersonalMattersPolicy policy;
    @Inject InspectionPolicy inspection;
    @Inject InspectionEventPublisher events;
    @Inject Caller caller;
    @Inject Clock clock;

    /** Draws the year's sample of the reporters in the unit's subtree, and opens a check for each drawn. */
    @Transactional
    public SpotCheckDraw draw(DrawRequest r) {
        Units.Unit unit = units.find(r.unitId()).filter(u -> inspectors.mayInspect(u.id()))
                .orElseThrow(() -> ProblemException.invalidField("unitId", "no such unit in your scope: " + r.unitId()));
        int thisYear = LocalDate.now(clock).getYear();
        if (r.year() < 2000 || r.year() > thisYear) {
            throw ProblemException.invalidField("year", "must be between 2000 and " + thisYear);
        }
        if (SpotCheckDraw.count("year = ?1 and unitId = ?2", r.year(), unit.id()) > 0) {
            throw ProblemException.conflict("draw-exists", unit.name() + " has its " + r.year()
                    + " draw already / 该单位本年度已抽查");
        }
        @SuppressWarnings("unchecked")
        List<UUID> reporters = em.createNativeQuery("""
                SELECT r.cadre_id FROM personal_report r JOIN cadre_view c ON c.id = r.cadre_id
                JOIN unit_view u ON u.id = c.unit_id
                WHERE r.kind = 'ANNUAL' AND r.year = :year AND c.active AND u.path LIKE :path""")
                .setParameter("year", r.year()).setParameter("path", unit.path() + "%").getResultList();
        if (reporters.isEmpty()) {
            throw ProblemException.ruleViolated("no-reporters", "nobody in " + unit.name() + " filed the " + r.year()
                    + " report yet / 尚无人填报，无从抽查", List.of());
        }
        String seed = r.seed() != null ? r.seed() : HexFormat.of().formatHex(bytes(32));
        SpotCheckSample.Draw sample = SpotCheckSample.draw(seed, reporters, policy.spotCheckRate());
        SpotCheckDraw draw = SpotCheckDraw.of(r.year(), unit.id(), sample, policy.spotCheckRate(), caller.name(),
                clock.instant());
        draw.persist();
        Map<UUID, PersonalReport> reports = PersonalReport.<PersonalReport>list("kind = ?1 and year = ?2 and cadreId in ?3",
                PersonalReport.Kind.ANNUAL, r.year(), sample.sample()).stream()
                .collect(Collectors.toMap(p -> p.cadreId, Function.identity()));
        Map<UUID, CadreRef> drawn = cadres.findAll(sample.sample());
        for (UUID cadre : sample.sample()) {
            SpotCheck.open(SpotCheck.Reason.RANDOM, draw.id, cadre, drawn.get(cadre).unitId(), r.year(),
                    reports.get(cadre), caller.name(), clock.instant()).persist();
        }
        return draw;
    }

    /**
     * Opens the mandatory check of a promotion candidate (提拔必查): of the latest yearly report, or of none when the
     * candidate filed none (which is what the check then finds). HR of the candidate's unit or an inspector in scope.
     */
    @Transactional
    public SpotCheck openForPromotion(PromotionCheckRequest r) {
        CadreRef cadre = cadres.find(r.cadreId()).filter(c -> inspectors.mayInspect(c.unitId())
                || caller.hasRole(Roles.HR) && scope.mayWrite(c.unitId()))
                .orElseThrow(() -> ProblemException.invalidField("cadreId", "no such cadre in your scope: " + r.cadreId()));
        if (SpotCheck.count("cadreId = ?1 and reason = ?2 and status = ?3", cadre.id(), SpotCheck.Reason.PROMOTION,
                SpotCheck.Status.OPEN) > 0) {
            throw ProblemException.conflict("check-open", cadre.name() + " has a check open already / 已在核实中");
        }
        PersonalReport latest = PersonalReport.<PersonalReport>find("cadreId = ?1 and kind = ?2 order by year desc",
                cadre.id(), PersonalReport.Kind.ANNUAL).firstResult();
        SpotCheck check = SpotCheck.open(SpotCheck.Reason.PROMOTION, null, cadre.id(), cadre.unitId(),
                latest == null ? LocalDate.now(clock).getYear() : latest.year, latest, caller.name(), clock.instant());
        check.persist();
        events.checkOpened(check, LocalDate.now(clock));
        return check;
    }

    /** An inspector in scope concludes the check; 漏报 and 瞒报 apply the measure they bring. */
    @Transactional
    public SpotCheck conclude(UUID id, SpotCheckConclusion c) {
        SpotCheck check = views.readable(id);
        inspectors.requireInspector(check.unitId, "concludes checks of personal-matters reports");
        MeasureType type = SpotCheck.measureFor(c.result(), c.measure());
        UUID measureId = null;
        if (type != null) {
            Measure m = Measure.impose(check.cadreId, check.unitId, ruleFor(c.result(), type), type.defaultForm(),
                    LocalDate.now(clock), reason(check, c), caller.name(), clock.instant());
            m.persist();
            events.applied(m);
            measureId = m.id;
        }
        check.conclude(c.result(), c.note(), measureId, caller.name(), clock.instant());
        if (check.reason == SpotCheck.Reason.PROMOTION) {
            events.checkConcluded(check, LocalDate.now(clock));
        }
        return check;
    }

    /** The catalogue's row; for 瞒报, its promotion influence at least {@code concealmentMonths}. */
    private MeasureRule ruleFor(SpotCheck.Result result, MeasureType type) {
        MeasureRule rule = inspection.catalogue().rule(type);
        Influence influence = rule.influence();
        boolean shorter = influence.kind() == Influence.Kind.NONE
                || influence.kind() == Influence.Kind.MONTHS && influence.months() < policy.concealmentMonths();
        if (result == SpotCheck.Result.CONCEALMENT && shorter) {
            return new MeasureRule(type, Influence.months(policy.concealmentMonths()), rule.effects());
        }
        return rule;
    }

    private static String reason(SpotCheck check, SpotCheckConclusion c) {
        String what = (c.result() == SpotCheck.Result.OMISSION ? "漏报" : "瞒报") + "个人有关事项（" + check.year + " 年度报告"
                + (check.reason == SpotCheck.Reason.PROMOTION ? "，提拔必查" : "，随机抽查") + "）";
        return c.note() == null || c.note().isBlank() ? what : what + "：" + c.note().strip();
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }
}
