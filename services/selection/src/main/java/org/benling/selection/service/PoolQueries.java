package org.benling.selection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.benling.contracts.personnel.RankLevel;
import org.benling.contracts.text.Reason;
import org.benling.platform.paging.PageQuery;
import org.benling.platform.paging.PageResult;
import org.benling.platform.persistence.Decision;
import org.benling.platform.persistence.Like;
import org.benling.platform.persistence.NativeFilter;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.platform.personnel.CadreDirectory.CadreRef;
import org.benling.platform.security.UnitScope;
import org.benling.platform.web.CallerLanguage;
import org.benling.selection.domain.DevelopmentTask;
import org.benling.selection.domain.PoolMember;
import org.benling.selection.domain.ReservePool;
import org.benling.selection.rest.api.DevelopmentTaskView;
import org.benling.selection.rest.api.PoolMemberView;
import org.benling.selection.rest.api.PoolView;

/**
 * The reserve pools in the caller's reach with how many are nominated and in each (two statements a page), and a
 * pool's members a page at a time with the review of each live membership against the entry rules today (the page's
 * cadres in one statement, their grades and eligibility in a few more).
 */
@ApplicationScoped
public class PoolQueries {

    public static final Map<String, String> SORTABLE = Map.of("createdAt", "p.created_at", "name", "p.name",
            "level", "p.level");
    public static final Map<String, String> MEMBER_SORTABLE = Map.of("nominatedAt", "m.nominated_at", "name", "c.name",
            "status", "m.status");
    public static final Map<String, String> TASK_SORTABLE = Map.of("dueOn", "t.due_on", "assignedAt", "t.assigned_at");

    public record Filter(UUID unitId, RankLevel level, String q) {
    }

    public record MemberFilter(PoolMember.Status status, String q) {
    }

    private record Row(ReservePool pool, String unitName) {
    }

    @Inject EntityManager em;
    @Inject UnitReach reach;
    @Inject UnitScope scope;
    @Inject CadreDirectory cadres;
    @Inject PoolEntryCheck entry;
    @Inject CallerLanguage language;
    @Inject PracticeRecords practice;
    @Inject Clock clock;

    public PageResult<PoolView> list(Filter f, PageQuery page) {
        PageResult<Row> rows = new NativeFilter(" FROM reserve_pool p JOIN unit_view u ON u.id = p.unit_id")
                .scope(scope.readScope(), "u.path", null)
                .inSubtreeOf("u.path", f.unitId())
                .and("p.level = :level", "level", f.level() == null ? null : f.level().name())
                .and("p.name ILIKE :q", "q", Like.contains(f.q()))
                .pageOf(em, ReservePool.class, "p.id", "u.name", page, (p, row) -> new Row(p, (String) row[1]));
        Map<UUID, Map<PoolMember.Status, Integer>> counts = counts(rows.items().stream().map(r -> r.pool().id)
                .collect(Collectors.toSet()));
        return new PageResult<>(rows.items().stream().map(r -> view(r.pool(), r.unitName(),
                counts.getOrDefault(r.pool().id, Map.of()))).toList(), rows.page(), rows.size(), rows.total(),
                rows.totalPages());
    }

    public PoolView view(ReservePool p) {
        return view(p, reach.unitName(p.unitId), counts(Set.of(p.id)).getOrDefault(p.id, Map.of()));
    }

    public PageResult<PoolMemberView> members(ReservePool pool, MemberFilter f, PageQuery page) {
        PageResult<PoolMember> rows = new NativeFilter(" FROM pool_member m LEFT JOIN cadre_view c ON c.id = m.cadre_id")
                .and("m.pool_id = :pool", "pool", pool.id)
                .and("m.status = :status", "status", f.status() == null ? null : f.status().name())
                .and("(c.name ILIKE :q OR c.employee_number ILIKE :q)", "q", Like.contains(f.q()))
                .pageOf(em, PoolMember.class, "m.id", "m.cadre_id", page, (m, row) -> m);
        return new PageResult<>(views(pool, rows.items()), rows.page(), rows.size(), rows.total(), rows.totalPages());
    }

    /** A member's development plan, a page of tasks in two statements. */
    public PageResult<DevelopmentTaskView> development(PoolMember m, PageQuery page) {
        return new NativeFilter(" FROM development_task t").and("t.member_id = :member", "member", m.id)
                .pageOf(em, DevelopmentTask.class, "t.id", PracticeRecords.FULFILLED_ON, page,
                        (t, row) -> task(t, CadreDirectory.toDate(row[1])));
    }

    public DevelopmentTaskView task(DevelopmentTask t) {
        return task(t, practice.fulfilledOn(t.id));
    }

    private DevelopmentTaskView task(DevelopmentTask t, LocalDate fulfilledOn) {
        Decision withdrawal = Decision.orNone(t.withdrawal);
        boolean open = t.status == DevelopmentTask.Status.ASSIGNED && fulfilledOn == null;
        return new DevelopmentTaskView(t.id, t.memberId, t.kind, t.capability, t.dueOn, t.note, t.status, t.assignedBy,
                t.assignedAt, withdrawal.by(), withdrawal.at(), withdrawal.note(),
                t.status == DevelopmentTask.Status.ASSIGNED ? fulfilledOn : null,
                open && t.dueOn.isBefore(LocalDate.now(clock)), t.version);
    }

    public PoolMemberView member(ReservePool pool, PoolMember m) {
        return views(pool, List.of(m)).get(0);
    }

    private List<PoolMemberView> views(ReservePool pool, List<PoolMember> members) {
        Map<UUID, CadreRef> people = cadres.findAll(members.stream().map(m -> m.cadreId).collect(Collectors.toSet()));
        List<CadreRef> live = members.stream().filter(PoolMember::live).map(m -> people.get(m.cadreId))
                .filter(c -> c != null).toList();
        Map<UUID, List<Reason>> refusals = entry.refusals(pool, live, LocalDate.now(clock));
        String lang = language.get();
        return members.stream().map(m -> {
            CadreRef c = people.get(m.cadreId);
            Decision review = Decision.orNone(m.review);
            Decision exit = Decision.orNone(m.exit);
            List<PoolMemberView.Standing> standing = refusals.getOrDefault(m.cadreId, List.of()).stream()
                    .map(r -> new PoolMemberView.Standing(r.code(), r.params(), r.text(lang))).toList();
            return new PoolMemberView(m.id, m.poolId, PostFit.person(m.cadreId, c),
                    c == null ? null : c.positionTitle(), c == null ? null : c.rankLevel(),
                    c == null ? null : c.birthDate(), m.status, m.nominationReason, m.nominatedBy, m.nominatedAt,
                    review.by(), review.at(), review.note(), exit.by(), exit.at(), exit.note(),
                    m.live() ? standing : List.of(), m.version);
        }).toList();
    }

    /** How many nominated and admitted members each pool has. */
    private Map<UUID, Map<PoolMember.Status, Integer>> counts(Set<UUID> pools) {
        Map<UUID, Map<PoolMember.Status, Integer>> counts = new HashMap<>();
        if (pools.isEmpty()) {
            return counts;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT pool_id, status, count(*) FROM pool_member"
                + " WHERE pool_id IN (:ids) AND status IN ('NOMINATED', 'ADMITTED') GROUP BY 1, 2")
                .setParameter("ids", pools).getResultList();
        for (Object[] r : rows) {
            counts.computeIfAbsent((UUID) r[0], k -> new HashMap<>()).put(PoolMember.Status.valueOf((String) r[1]),
                    ((Number) r[2]).intValue());
        }
        return counts;
    }

    private static PoolView view(ReservePool p, String unitName, Map<PoolMember.Status, Integer> counts) {
        return new PoolView(p.id, p.unitId, unitName, p.name, p.level, p.maxAge, p.gradeYears, p.description,
                counts.getOrDefault(PoolMember.Status.NOMINATED, 0), counts.getOrDefault(PoolMember.Status.ADMITTED, 0),
                p.createdBy, p.createdAt, p.version);
    }
}
