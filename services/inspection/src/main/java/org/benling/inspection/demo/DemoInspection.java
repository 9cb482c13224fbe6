package org.benling.inspection.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.benling.contracts.inspection.FindingRecorded.Severity;
import org.benling.contracts.supervision.MeasureType;
import org.benling.inspection.domain.Finding;
import org.benling.inspection.domain.InspectionRound;
import org.benling.inspection.domain.Measure;
import org.benling.inspection.domain.RectificationReport;
import org.benling.inspection.domain.rules.FindingWorkflow;
import org.benling.inspection.domain.rules.InspectionPolicy;
import org.benling.inspection.domain.rules.RoundWorkflow.Status;
import org.benling.inspection.events.InspectionEventPublisher;
import org.benling.platform.demo.DemoData;

/**
 * Demo data for {@code ./benling start}: 巡视 rounds of the provinces in this term (some done, some planned),
 * Guangdong's round in rectification with a closed, a reported, a returned and an overdue finding, a 巡察 of Guangdong's
 * cities, and supervision measures of the four forms outside Guangdong (so Guangdong's demo cadres stay free of
 * them; one of each type per 2,000 cadres). Only on an empty database, only when {@code benling.demo-data.enabled}.
 */
@ApplicationScoped
public class DemoInspection implements DemoData {

    private static final String ACTOR = "demo-loader";

    @Inject EntityManager em;
    @Inject InspectionEventPublisher events;
    @Inject InspectionPolicy policy;
    @Inject Clock clock;

    @Override
    public boolean present() {
        return InspectionRound.count() > 0;
    }

    @Override
    public String load() {
        QuarkusTransaction.requiringNew().run(this::rounds);
        return QuarkusTransaction.requiringNew().call(() -> String.format("%d rounds, %d findings, %d measures",
                InspectionRound.count(), Finding.count(), Measure.count()));
    }

    @SuppressWarnings("unchecked")
    private void rounds() {
        LocalDate today = LocalDate.now(clock);
        UUID bureau = (UUID) em.createNativeQuery("SELECT id FROM unit_view WHERE parent_id IS NULL ORDER BY code LIMIT 1")
                .getSingleResult();
        List<Object[]> provinces = em.createNativeQuery(
                "SELECT id, code, name FROM unit_view WHERE kind = 'PROVINCIAL' ORDER BY code").getResultList();
        InspectionPolicy.Term term = policy.termOf(today);
        int n = 0;
        for (Object[] p : provinces) {
            boolean guangdong = "440000".equals(p[1]);
            if (!guangdong && n++ % 3 == 2) {
                continue;
            }
            LocalDate start = guangdong ? today.minusMonths(6)
                    : n % 4 == 0 ? term.last().withMonth(3).withDayOfMonth(10) : term.first().plusMonths(3L * n);
            if (!guangdong && start.isAfter(today) && !start.isAfter(term.last())) {
                round("巡视", bureau, List.of((UUID) p[0]), start, Status.PLANNED, InspectionRound.Kind.INSPECTION, p[2]);
            } else if (!guangdong && !start.isAfter(today)) {
                round("巡视", bureau, List.of((UUID) p[0]), start, start.plusMonths(5).isBefore(today) ? Status.CLOSED
                        : Status.RECTIFICATION, InspectionRound.Kind.INSPECTION, p[2]);
            }
            if (guangdong) {
                InspectionRound r = round("巡视", bureau, List.of((UUID) p[0]), start, Status.RECTIFICATION,
                        InspectionRound.Kind.INSPECTION, p[2]);
                guangdongFindings(r, (UUID) p[0], today);
                List<UUID> cities = em.createNativeQuery(
                        "SELECT id FROM unit_view WHERE parent_id = :p AND kind = 'MUNICIPAL' ORDER BY code LIMIT 3")
                        .setParameter("p", p[0]).getResultList();
                if (!cities.isEmpty()) {
                    round("巡察", (UUID) p[0], cities, today.minusMonths(2), Status.FEEDBACK, InspectionRound.Kind.CIRCUIT,
                            "广东省内市局");
                }
            }
        }
        measures(today);
    }

    private InspectionRound round(String what, UUID owner, List<UUID> targets, LocalDate start, Status status,
            InspectionRound.Kind kind, Object targetName) {
        InspectionRound r = new InspectionRound();
        r.id = UUID.randomUUID();
        r.kind = kind;
        r.ownerUnitId = owner;
        r.title = targetName + " " + start.getYear() + " 年" + what + "（演示数据）";
        r.teamLeader = "巡视组组长";
        r.teamMembers = new String[] {"组员甲", "组员乙"};
        r.onSiteStart = start;
        r.onSiteEnd = start.plusDays(25);
        r.feedbackDate = start.plusMonths(1);
        r.feedbackOn = status == Status.PLANNED || status == Status.ON_SITE ? null : r.feedbackDate;
        r.status = status;
        r.createdBy = ACTOR;
        r.createdAt = clock.instant();
        r.persist();
        em.flush();
        for (UUID t : targets) {
            em.createNativeQuery("INSERT INTO round_target (round_id, unit_id) VALUES (:r, :u)").setParameter("r", r.id)
                    .setParameter("u", t).executeUpdate();
        }
        return r;
    }

    @SuppressWarnings("unchecked")
    private void guangdongFindings(InspectionRound r, UUID unit, LocalDate today) {
        List<UUID> cadres = em.createNativeQuery("""
                SELECT id FROM cadre_view WHERE unit_id = :u AND active AND employee_number <> 'YZ000001'
                ORDER BY employee_number LIMIT 3""").setParameter("u", unit).getResultList();
        Object[][] items = {
            {"安全监管", Severity.SERIOUS, Capability.RISK_MANAGEMENT, "寄递渠道安全隐患排查整治不彻底", FindingWorkflow.Status.CLOSED},
            {"作风建设", Severity.MINOR, Capability.MASS_WORK, "群众投诉处理不及时，回访制度落实不到位", FindingWorkflow.Status.REPORTED},
            {"选人用人", Severity.SERIOUS, Capability.POLITICAL_LEADERSHIP, "干部选拔任用程序执行不严格", FindingWorkflow.Status.OPEN},
            // reported, and returned by the inspectors: open again, with the report and its verdict on record
            {"制度执行", Severity.MINOR, Capability.IMPLEMENTATION, "快递市场监管执法案卷归档不规范", null}};
        for (int i = 0; i < items.length; i++) {
            Finding f = new Finding();
            f.id = UUID.randomUUID();
            f.roundId = r.id;
            f.unitId = unit;
            f.cadreIds = cadres.isEmpty() ? new UUID[0] : new UUID[] {cadres.get(i % cadres.size())};
            f.category = (String) items[i][0];
            f.severity = (Severity) items[i][1];
            f.capability = (Capability) items[i][2];
            f.description = items[i][3] + "（演示数据）";
            f.rectificationOwner = "广东省邮政管理局相关处室";
            f.dueOn = policy.rectificationDue(r.feedbackDay());
            f.status = FindingWorkflow.Status.OPEN;
            f.recordedBy = ACTOR;
            f.recordedAt = clock.instant();
            f.persist();
            em.flush();
            FindingWorkflow.Status target = (FindingWorkflow.Status) items[i][4];
            if (target != FindingWorkflow.Status.OPEN) {
                LocalDate completedOn = f.dueOn.minusDays(5).isAfter(today) ? today : f.dueOn.minusDays(5);
                RectificationReport report = f.fileReport("已完成整改（演示数据）", "建立问题台账，逐项整改销号",
                        List.of("整改报告.pdf"), completedOn, today, "hr-guangdong", clock.instant());
                report.persist();
                if (target == FindingWorkflow.Status.CLOSED) {
                    f.judge(report, true, "整改到位，予以销号", "inspector", clock.instant());
                } else if (target == null) {
                    f.judge(report, false, "整改不到位：抽查案卷仍有缺项，退回重新整改", "inspector", clock.instant());
                }
            }
            events.findingRecorded(f);
        }
    }

    @SuppressWarnings("unchecked")
    private void measures(LocalDate today) {
        List<UUID[]> cadres = ((List<Object[]>) em.createNativeQuery("""
                SELECT c.id, c.unit_id FROM cadre_view c JOIN unit_view u ON u.id = c.unit_id
                WHERE c.active AND u.code NOT LIKE '44%' ORDER BY c.employee_number""").getResultList()).stream()
                .map(r -> new UUID[] {(UUID) r[0], (UUID) r[1]}).toList();
        MeasureType[] types = {MeasureType.TALK_REMINDER, MeasureType.WRITTEN_INQUIRY, MeasureType.ADMONISHMENT,
            MeasureType.WARNING, MeasureType.DEMERIT, MeasureType.MAJOR_DEMERIT, MeasureType.DEMOTION, MeasureType.CASE_FILED,
            MeasureType.CRITICISM_EDUCATION, MeasureType.PARTY_WARNING, MeasureType.PARTY_SERIOUS_WARNING,
            MeasureType.POST_ADJUSTMENT, MeasureType.DISMISSAL};
        // one of each type at the demo's 2,000 cadres; as many rounds of them as thousands of cadres in the scale mode
        int measures = types.length * Math.max(1, cadres.size() / 2000);
        for (int i = 0; i < measures && i * 131 < cadres.size(); i++) {
            UUID[] c = cadres.get(i * 131);
            MeasureType type = types[i % types.length];
            // the first round over the last two years, the next ones spread over the year before each
            Measure m = Measure.impose(c[0], c[1], policy.catalogue().rule(type), type.defaultForm(),
                    today.minusMonths(1 + (i % types.length) * 2L + (i / types.length) % 12), "违反工作纪律（演示数据）",
                    ACTOR, clock.instant());
            m.persist();
            events.applied(m);
        }
    }
}
