package org.benling.training.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.benling.platform.demo.DemoData;
import org.benling.training.domain.StudySession;
import org.benling.training.events.TrainingEventPublisher;

/**
 * Demo leadership-team study sessions (理论学习中心组) for {@code ./benling start}: three of Guangdong's provincial
 * administration in the last half year, its cadres attending, each announced (so assessment's profiles show the
 * learning line). Only on a database without sessions, only when {@code benling.demo-data.enabled}.
 */
@ApplicationScoped
public class DemoStudySessions implements DemoData {

    private static final String ACTOR = "demo-loader";
    private static final String[] TOPICS = {"学习贯彻党的二十届四中全会精神", "深入学习习近平总书记关于邮政快递业的重要指示精神",
        "学习《中国共产党纪律处分条例》专题研讨"};

    @Inject EntityManager em;
    @Inject TrainingEventPublisher events;
    @Inject Clock clock;

    @Override
    public boolean present() {
        return StudySession.count() > 0;
    }

    /** Guangdong's provincial administration with its cadres: the personnel topic may bring it after the count settles. */
    @Override
    public boolean ready() {
        return !members().isEmpty();
    }

    /** Up to eight active cadres of Guangdong's provincial administration (440000), by employee number. */
    @SuppressWarnings("unchecked")
    private List<Object[]> members() {
        return em.createNativeQuery("""
                SELECT c.id, c.unit_id FROM cadre_view c JOIN unit_view u ON u.id = c.unit_id
                WHERE u.code = '440000' AND c.active ORDER BY c.employee_number LIMIT 8""").getResultList();
    }

    @Override
    public String load() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Object[]> rows = members();
            if (rows.isEmpty()) {
                return "no study sessions (no cadres of Guangdong)";
            }
            UUID guangdong = (UUID) rows.get(0)[1];
            List<UUID> members = rows.stream().map(r -> (UUID) r[0]).toList();
            LocalDate today = LocalDate.now(clock);
            for (int i = 0; i < TOPICS.length; i++) {
                StudySession s = new StudySession();
                s.id = UUID.randomUUID();
                s.unitId = guangdong;
                // one member away each time, the others attending
                UUID away = members.size() == 1 ? null : members.get(i % members.size());
                List<UUID> attending = members.stream().filter(m -> !m.equals(away)).toList();
                s.record(TOPICS[i], today.minusDays(30 + 60L * i), new BigDecimal("3"), List.of("党组书记", "党组成员"),
                        attending, List.of("交流研讨材料（演示数据）"),
                        i == 2 ? Set.of(Capability.LEARNING, Capability.LAW_BASED_GOVERNANCE) : Set.of(), ACTOR,
                        clock.instant());
                s.persist();
                events.studySession(s);
            }
            return TOPICS.length + " study sessions";
        });
    }
}
