package org.benling.inspection.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.benling.contracts.inspection.FindingRecorded.Severity;
import org.benling.inspection.domain.Finding;
import org.benling.inspection.domain.InspectionRound;
import org.benling.inspection.domain.Passport;
import org.benling.inspection.domain.PersonalMatters;
import org.benling.inspection.domain.PersonalMatters.FamilyMember;
import org.benling.inspection.domain.PersonalMatters.PassportKind;
import org.benling.inspection.domain.PersonalReport;
import org.benling.inspection.domain.Trip;
import org.benling.inspection.domain.rules.FindingWorkflow;
import org.benling.inspection.domain.rules.InspectionPolicy;
import org.benling.inspection.domain.rules.PersonalMattersPolicy;
import org.benling.inspection.domain.rules.RoundWorkflow.Status;
import org.benling.inspection.domain.rules.TravelPolicy;
import org.benling.inspection.domain.rules.TripWorkflow;
import org.benling.inspection.events.InspectionEventPublisher;
import org.benling.platform.demo.DemoData;
import org.benling.platform.persistence.Decision;

/**
 * Demo data of daily supervision for {@code ./benling start}, in Guangdong: this year's personal-matters reports of
 * three in four cadres (some late), passports held by the HR office with trips in each state (one awaiting a leader,
 * one approved, one whose passport is overdue, two back), and a departure audit of a city's leader in rectification.
 * The demo cadre (YZ000001) files nothing, so that it can file its own report; it has a passport and a past trip.
 */
@ApplicationScoped
public class DemoDailySupervision implements DemoData {

    private static final String ACTOR = "demo-loader";
    private static final String DEMO_CADRE = "YZ000001";

    @Inject EntityManager em;
    @Inject PersonalMattersPolicy personalMatters;
    @Inject TravelPolicy travel;
    @Inject InspectionPolicy inspection;
    @Inject InspectionEventPublisher events;
    @Inject Clock clock;

    @Override
    public boolean present() {
        return PersonalReport.count() > 0 || Passport.count() > 0;
    }

    @Override
    public String load() {
        QuarkusTransaction.requiringNew().run(this::personalReports);
        QuarkusTransaction.requiringNew().run(this::travel);
        QuarkusTransaction.requiringNew().run(this::audit);
        return QuarkusTransaction.requiringNew().call(() -> String.format("%d personal reports, %d passports, %d trips",
                PersonalReport.count(), Passport.count(), Trip.count()));
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> guangdong(int limit) {
        return em.createNativeQuery("""
                SELECT c.id, c.unit_id, c.employee_number, c.name FROM cadre_view c JOIN unit_view u ON u.id = c.unit_id
                WHERE c.active AND u.code LIKE '44%' ORDER BY c.employee_number LIMIT :n""")
                .setParameter("n", limit).getResultList();
    }

    private void personalReports() {
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        List<Object[]> cadres = guangdong(40);
        for (int i = 0; i < cadres.size(); i++) {
            Object[] c = cadres.get(i);
            if (DEMO_CADRE.equals(c[2]) || i % 4 == 3) {
                continue;
            }
            PersonalReport r = PersonalReport.annual((UUID) c[0], (UUID) c[1], year, personalMatters.annualDue(year),
                    content(i, today), ACTOR, clock.instant(), today);
            // filed in January, a few in the first days of February (late)
            LocalDate filedOn = LocalDate.of(year, 1, 5).plusDays(i % 30);
            r.filedOn = filedOn.isAfter(today) ? today : filedOn;
            r.persist();
        }
    }

    private static PersonalMatters content(int i, LocalDate today) {
        List<FamilyMember> family = List.of(new FamilyMember(PersonalMatters.Relation.SPOUSE, "配偶" + (i + 1),
                        i % 3 == 0 ? "某市第一中学" : "某区人民医院", i % 3 == 0 ? "教师" : "医师", false, null),
                new FamilyMember(PersonalMatters.Relation.CHILD, "子女" + (i + 1), i % 5 == 0 ? "某大学（境外）" : null,
                        i % 5 == 0 ? "学生" : null, i % 5 == 0, i % 5 == 0 ? "英国" : null));
        return new PersonalMatters(PersonalMatters.MaritalStatus.MARRIED, family,
                List.of(new PersonalMatters.Passport(PassportKind.PASSPORT, String.format("E%08d", 40_000_000 + i),
                        today.plusYears(4))),
                List.of(),
                new PersonalMatters.Income(new BigDecimal(150_000 + i * 1_000), new BigDecimal(i % 4 * 3_000), null),
                List.of(new PersonalMatters.Property("广东省某市某区某小区 " + (i + 1) + " 栋", new BigDecimal("96.50"),
                        "本人与配偶")),
                i % 2 == 0 ? List.of() : List.of(new PersonalMatters.Investment(PersonalMatters.InvestmentKind.FUND,
                        "货币基金", new BigDecimal(20_000 + i * 500))));
    }

    private void travel() {
        LocalDate today = LocalDate.now(clock);
        List<Object[]> cadres = guangdong(12);
        Object[] demo = cadres.stream().filter(c -> DEMO_CADRE.equals(c[2])).findFirst().orElse(null);
        List<Object[]> others = cadres.stream().filter(c -> c != demo).limit(5).toList();
        if (demo != null) {
            Passport p = passport(demo, 0, today);
            // back from a trip two months ago, the passport returned in time
            trip(demo, p, "日本东京", "探亲", today.minusMonths(2), today.minusMonths(2).plusDays(6),
                    TripWorkflow.Status.RETURNED, today.minusMonths(2).plusDays(9));
        }
        TripWorkflow.Status[] states = {TripWorkflow.Status.REQUESTED, TripWorkflow.Status.APPROVED,
            TripWorkflow.Status.ISSUED, TripWorkflow.Status.RETURNED, TripWorkflow.Status.RETURNED};
        String[] destinations = {"泰国曼谷", "新加坡", "澳大利亚悉尼", "中国香港", "法国巴黎"};
        for (int i = 0; i < others.size(); i++) {
            Object[] c = others.get(i);
            Passport p = passport(c, i + 1, today);
            LocalDate depart = switch (states[i]) {
                case REQUESTED -> today.plusDays(20);
                case APPROVED -> today.plusDays(7);
                case ISSUED -> today.minusDays(25); // back ten days ago, past the last day: overdue
                default -> today.minusMonths(3 + i);
            };
            // the fourth came back late, the fifth in time
            LocalDate returned = states[i] != TripWorkflow.Status.RETURNED ? null
                    : depart.plusDays(10 + (i == 3 ? travel.returnDays() + 4 : 2));
            trip(c, p, destinations[i], i % 2 == 0 ? "旅游" : "探亲", depart, depart.plusDays(10), states[i], returned);
        }
    }

    private Passport passport(Object[] cadre, int i, LocalDate today) {
        Passport p = Passport.register((UUID) cadre[0], (UUID) cadre[1], i == 4 ? PassportKind.HONG_KONG_MACAO_PERMIT
                : PassportKind.PASSPORT, String.format("E%08d", 50_000_000 + i), today.plusYears(3 + i % 5), "hr-guangdong",
                clock.instant());
        p.persist();
        return p;
    }

    /** A trip set up in its state directly (the demo's past: approved before it, the passport out and back). */
    private void trip(Object[] cadre, Passport p, String destination, String purpose, LocalDate depart, LocalDate back,
            TripWorkflow.Status status, LocalDate returnedOn) {
        Trip t = Trip.request((UUID) cadre[0], (UUID) cadre[1], p, destination, purpose, depart, back, ACTOR,
                clock.instant());
        t.status = status;
        if (status != TripWorkflow.Status.REQUESTED) {
            t.decision = Decision.of("leader", clock.instant(), "同意（演示数据）");
        }
        if (status == TripWorkflow.Status.ISSUED || status == TripWorkflow.Status.RETURNED) {
            t.issuedOn = depart.minusDays(2);
            t.passportDue = travel.passportDue(back);
            t.returnedOn = returnedOn;
        }
        if (status == TripWorkflow.Status.ISSUED) {
            p.status = Passport.Status.ISSUED;
        }
        t.persist();
    }

    /** Guangdong's departure audit of a city's leader, in rectification with one open finding. */
    @SuppressWarnings("unchecked")
    private void audit() {
        LocalDate today = LocalDate.now(clock);
        List<Object[]> leader = em.createNativeQuery("""
                SELECT c.id, c.unit_id, c.name, p.id FROM cadre_view c JOIN unit_view u ON u.id = c.unit_id
                JOIN unit_view p ON p.id = u.parent_id
                WHERE c.active AND u.kind = 'MUNICIPAL' AND p.code = '440000' AND c.employee_number <> :demo
                ORDER BY u.code, c.employee_number LIMIT 1""").setParameter("demo", DEMO_CADRE).getResultList();
        if (leader.isEmpty()) {
            return;
        }
        Object[] l = leader.get(0);
        InspectionRound r = new InspectionRound();
        r.id = UUID.randomUUID();
        r.kind = InspectionRound.Kind.AUDIT;
        r.ownerUnitId = (UUID) l[3];
        r.title = l[2] + " 离任经济责任审计（演示数据）";
        r.teamLeader = "审计组组长";
        r.teamMembers = new String[] {"审计员甲"};
        r.onSiteStart = today.minusMonths(3);
        r.onSiteEnd = r.onSiteStart.plusDays(20);
        r.feedbackDate = r.onSiteStart.plusMonths(1);
        r.feedbackOn = r.feedbackDate;
        r.status = Status.RECTIFICATION;
        r.auditType = InspectionRound.AuditType.DEPARTURE;
        r.auditeeCadreId = (UUID) l[0];
        r.auditFrom = today.minusYears(4).withDayOfYear(1);
        r.auditTo = r.onSiteStart.minusDays(1);
        r.createdBy = ACTOR;
        r.createdAt = clock.instant();
        r.persist();
        em.flush();
        em.createNativeQuery("INSERT INTO round_target (round_id, unit_id) VALUES (:r, :u)").setParameter("r", r.id)
                .setParameter("u", l[1]).executeUpdate();
        Finding f = new Finding();
        f.id = UUID.randomUUID();
        f.roundId = r.id;
        f.unitId = (UUID) l[1];
        f.cadreIds = new UUID[] {(UUID) l[0]};
        f.category = "财务管理";
        f.severity = Severity.MINOR;
        f.capability = Capability.RISK_MANAGEMENT;
        f.description = "专项资金使用审批手续不全（演示数据）";
        f.rectificationOwner = "市局办公室";
        f.dueOn = inspection.rectificationDue(r.feedbackDay());
        f.status = FindingWorkflow.Status.OPEN;
        f.recordedBy = ACTOR;
        f.recordedAt = clock.instant();
        f.persist();
        events.findingRecorded(f);
    }
}
