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
import org.benling.contracts.rotation.PostingApproved.PostingType;
import org.benling.contracts.rotation.PostingCompleted.Evaluation;
import org.benling.platform.demo.DemoData;
import org.benling.rotation.domain.CheckIn;
import org.benling.rotation.domain.Posting;
import org.benling.rotation.domain.rules.PostingWorkflow.Status;
import org.benling.rotation.domain.rules.Region;
import org.benling.rotation.domain.rules.RotationPolicy;
import org.benling.rotation.events.RotationEventPublisher;

/**
 * Demo data for {@code ./benling start}: once the personnel read model has filled up, forty postings (one in fifty
 * cadres in the scale mode) of every type and status (completed ones with the host's evaluation, active ones with
 * check-ins, one overdue), with their events, so that the board, the balance chart and assessment's profiles have
 * something to show. Only on an empty database, only when {@code benling.demo-data.enabled}.
 */
@ApplicationScoped
public class DemoRotation implements DemoData {

    private static final String ACTOR = "demo-loader";
    private static final PostingType[] TYPES = PostingType.values();
    private static final Status[] STATUSES = {Status.COMPLETED, Status.ACTIVE, Status.APPROVED, Status.PROPOSED,
        Status.COMPLETED, Status.ACTIVE, Status.CANCELLED, Status.COMPLETED};

    @Inject EntityManager em;
    @Inject RotationPolicy policy;
    @Inject RotationEventPublisher events;
    @Inject Clock clock;

    @Override
    public boolean present() {
        return Posting.count() > 0;
    }

    @Override
    public String load() {
        return QuarkusTransaction.requiringNew().call(this::postings) + " postings";
    }

    @SuppressWarnings("unchecked")
    private int postings() {
        List<Object[]> cadres = em.createNativeQuery("""
                SELECT c.id, c.unit_id, u.code FROM cadre_view c JOIN unit_view u ON u.id = c.unit_id
                WHERE c.active AND c.employee_number <> 'YZ000001' ORDER BY c.employee_number""").getResultList();
        List<Object[]> provinces = em.createNativeQuery(
                "SELECT id, code, name FROM unit_view WHERE kind = 'PROVINCIAL' ORDER BY code").getResultList();
        LocalDate today = LocalDate.now(clock);
        int made = 0;
        // forty at the demo's 2,000 cadres, one in fifty cadres at the scale mode's (2,000 at 100,000)
        int postings = Math.max(40, cadres.size() / 50);
        for (int i = 0; i < postings && i * 47 < cadres.size(); i++) {
            Object[] cadre = cadres.get(i * 47);
            Region home = policy.region((String) cadre[2]).orElse(Region.EAST);
            Object[] host = provinces.stream().filter(p -> policy.region((String) p[1]).filter(r -> r != home).isPresent())
                    .skip(i % 7).findFirst().orElse(provinces.get(0));
            Status status = STATUSES[i % STATUSES.length];
            Posting p = new Posting();
            p.id = UUID.nameUUIDFromBytes(("demo-posting:" + i).getBytes());
            p.cadreId = (UUID) cadre[0];
            p.homeUnitId = (UUID) cadre[1];
            p.homeRegion = home;
            p.type = TYPES[i % TYPES.length];
            p.hostUnitId = (UUID) host[0];
            p.hostOrganisation = (String) host[2];
            p.region = policy.region((String) host[1]).orElse(null);
            p.crossDepartment = p.type == PostingType.CROSS_DEPARTMENT;
            p.purpose = "到" + p.region.chineseName() + "地区实践锻炼，丰富基层工作经历（演示数据）";
            LocalDate start = switch (status) {
                case COMPLETED -> today.minusMonths(26 + i % 6);
                case ACTIVE -> today.minusMonths(2 + i % 9);
                default -> today.plusMonths(1 + i % 3);
            };
            p.plannedStart = start;
            p.plannedEnd = start.plusMonths(24);
            p.proposedBy = ACTOR;
            p.proposedAt = clock.instant();
            // through the posting's own workflow, as HR and the leader would have moved it
            if (status == Status.CANCELLED) {
                p.cancel(ACTOR, clock.instant(), "工作需要，暂缓安排（演示数据）");
            } else if (status != Status.PROPOSED) {
                p.approve("leader", clock.instant());
            }
            if (status == Status.ACTIVE || status == Status.COMPLETED) {
                p.start(start, today);
            }
            if (status == Status.COMPLETED) {
                p.complete(start.plusMonths(24), today, Evaluation.values()[i % 3],
                        Set.of(Capability.values()[(i + 5) % 8], Capability.IMPLEMENTATION), "工作扎实，群众认可（演示数据）",
                        p.hostOrganisation);
            }
            p.persist();
            LocalDate lastCheckIn = null;
            if (status == Status.ACTIVE && i % 3 != 0) {
                CheckIn c = p.checkIn(today.minusDays(10 + i % 40), CheckIn.Method.VISIT, "走访慰问，了解工作生活情况（演示数据）",
                        null, ACTOR, clock.instant(), today);
                c.id = UUID.nameUUIDFromBytes(("demo-check-in:" + i).getBytes());
                c.persist();
                lastCheckIn = c.heldOn;
            }
            events.proposed(p);
            if (p.approvedBy != null) {
                events.approved(p);
            }
            if (p.startedOn != null) {
                events.started(p);
            }
            if (status == Status.ACTIVE) {
                events.checkInDue(p, lastCheckIn, p.nextCheckInDue(lastCheckIn, policy.checkInIntervalDays()));
            }
            if (status == Status.COMPLETED) {
                events.completed(p);
            }
            if (status == Status.CANCELLED) {
                events.cancelled(p);
            }
            made++;
        }
        return made;
    }
}
