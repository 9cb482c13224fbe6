package org.benling.training.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.contracts.personnel.RankLevel;
import org.benling.platform.demo.DemoData;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.training.demo.TrainingHistory.Entry;
import org.benling.training.demo.TrainingHistory.Habit;
import org.benling.training.demo.TrainingHistory.Offering;
import org.benling.training.domain.Course;
import org.benling.training.domain.CourseKind;
import org.benling.training.domain.TrainingRecord;
import org.benling.training.domain.rules.TrainingPolicy;
import org.benling.training.service.RecordBatch;

/**
 * Demo data for {@code ./benling start}: five years of training records of every active demo cadre
 * ({@link TrainingHistory}), external records and the network academy's online ones, entered a batch of cadres at a
 * time through {@link RecordBatch} — each with its audit row and its {@code TrainingCompleted} event, so assessment's
 * profiles and evidence fill up too. Once the personnel
 * read model has filled up; only on a database without records; only when {@code benling.demo-data.enabled}.
 */
@ApplicationScoped
public class DemoTraining implements DemoData {

    private static final String ACTOR = "demo-loader";
    /** Cadres entered per transaction. */
    private static final int BATCH = 250;

    @Inject EntityManager em;
    @Inject RecordBatch records;
    @Inject TrainingPolicy policy;
    @Inject Clock clock;

    @Override
    public boolean present() {
        return TrainingRecord.count() > 0;
    }

    @Override
    public String load() {
        LocalDate today = LocalDate.now(clock);
        List<Offering> catalogue = QuarkusTransaction.requiringNew().call(() -> Course.<Course>list("order by code")
                .stream().filter(c -> c.kind != CourseKind.ONLINE)
                .map(c -> new Offering(c.id, c.title, c.capabilitySet(), c.creditHours, c.offJobDays, c.provider))
                .toList());
        @SuppressWarnings("unchecked")
        List<Object[]> cadres = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT id, rank_level, rank_since FROM cadre_view WHERE active ORDER BY employee_number").getResultList());
        Map<Habit, Integer> habits = new EnumMap<>(Habit.class);
        int total = 0;
        for (int from = 0; from < cadres.size(); from += BATCH) {
            List<Object[]> batch = cadres.subList(from, Math.min(cadres.size(), from + BATCH));
            total += QuarkusTransaction.requiringNew().call(() -> {
                List<TrainingRecord> entered = new java.util.ArrayList<>();
                for (Object[] row : batch) {
                    UUID cadreId = (UUID) row[0];
                    RankLevel rank = RankLevel.valueOf((String) row[1]);
                    LocalDate rankSince = row[2] == null ? null : CadreDirectory.toDate(row[2]);
                    habits.merge(TrainingHistory.habit(cadreId, rank, rankSince, today, policy), 1, Integer::sum);
                    for (Entry entry : TrainingHistory.of(cadreId, rank, rankSince, today, policy, catalogue)) {
                        entered.add(record(cadreId, entry));
                    }
                }
                records.enterAll(entered, ACTOR);
                return entered.size();
            });
        }
        return String.format("%d training records of %d cadres over %d years (%s)", total, cadres.size(),
                policy.rollingWindowYears(), habits);
    }

    private static TrainingRecord record(UUID cadreId, Entry entry) {
        TrainingRecord r = new TrainingRecord();
        r.id = UUID.randomUUID();
        r.cadreId = cadreId;
        r.courseId = entry.courseId();
        r.title = entry.title();
        r.source = entry.source();
        r.capabilities(entry.capabilities());
        r.hours = entry.hours();
        r.online = entry.online();
        r.offJobDays = entry.offJobDays();
        r.completedOn = entry.completedOn();
        r.provider = entry.provider();
        r.evidence = entry.online() ? "网络学院学习记录（演示数据）" : "结业证书（演示数据）";
        r.enteredBy = entry.online() ? "online-platform" : ACTOR;
        return r;
    }
}
