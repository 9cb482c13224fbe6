package org.benling.rotation.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.benling.platform.demo.DemoData;
import org.benling.rotation.domain.ContactPoint;
import org.benling.rotation.domain.ContactVisit;
import org.benling.rotation.domain.ResearchReport;
import org.benling.rotation.events.RotationEventPublisher;

/**
 * Demo grassroots work for {@code ./benling start}: four Guangdong leaders (the demo cadre among them) keep a
 * contact point with three visits over the last year, and three of them filed a research report, one adopted; each
 * visit and report announced, so assessment's profiles show their lines. Only on a database without any.
 */
@ApplicationScoped
public class DemoGrassroots implements DemoData {

    private static final String ACTOR = "demo-loader";
    private static final String[] PLACES = {"韶关市某县快递物流园区", "清远市某镇邮政支局", "梅州市某村级寄递服务站",
        "湛江市某快递企业分拨中心"};

    @Inject EntityManager em;
    @Inject RotationEventPublisher events;
    @Inject Clock clock;

    @Override
    public boolean present() {
        return ContactPoint.count() > 0 || ResearchReport.count() > 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public String load() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Object[]> leaders = em.createNativeQuery("""
                    SELECT c.id, c.unit_id FROM cadre_view c JOIN unit_view u ON u.id = c.unit_id
                    WHERE c.active AND u.code LIKE '44%' ORDER BY c.employee_number LIMIT 4""").getResultList();
            LocalDate today = LocalDate.now(clock);
            int visits = 0;
            for (int i = 0; i < leaders.size(); i++) {
                UUID cadre = (UUID) leaders.get(i)[0];
                UUID unit = (UUID) leaders.get(i)[1];
                ContactPoint p = ContactPoint.takeUp(cadre, unit, PLACES[i], "领导干部基层联系点（演示数据）",
                        today.minusYears(1), ACTOR, clock.instant(), today);
                p.persist();
                int[][] plan = {{300, 1}, {150, 0}, {30, 2}};
                for (int[] v : plan) {
                    ContactVisit visit = p.visit(today.minusDays(v[0]), "了解末端投递和快递进村情况（演示数据）",
                            v[1] > 0 ? "网点覆盖不足" : null, v[1], v[1] > 0 ? "协调邮政网点代投" : null, ACTOR,
                            clock.instant(), today);
                    visit.persist();
                    events.visited(p, visit);
                    visits++;
                }
                if (i < 3) {
                    ResearchReport r = ResearchReport.file(cadre, unit, "农村寄递物流体系建设调研报告（演示数据）",
                            "摸清县乡村三级寄递网络现状，提出共配中心建设建议", i == 1 ? Set.of(Capability.REFORM_INNOVATION)
                                    : Set.of(Capability.SCIENTIFIC_DEVELOPMENT, Capability.MASS_WORK),
                            today.minusDays(90 + 30L * i), ACTOR, clock.instant(), today);
                    if (i == 0) {
                        r.followUp("建议已纳入全省寄递物流体系建设方案（演示数据）", true, "hr-guangdong", clock.instant());
                    }
                    r.persist();
                    events.researchFiled(r);
                }
            }
            return leaders.size() + " contact points, " + visits + " visits";
        });
    }
}
