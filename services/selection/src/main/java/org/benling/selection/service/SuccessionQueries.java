package org.benling.selection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.benling.contracts.Capability;
import org.benling.contracts.personnel.RankLevel;
import org.benling.contracts.supervision.EligibilityReason;
import org.benling.platform.paging.PageQuery;
import org.benling.platform.paging.PageResult;
import org.benling.platform.persistence.Decision;
import org.benling.platform.persistence.Like;
import org.benling.platform.persistence.NativeFilter;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.platform.personnel.CadreDirectory.CadreRef;
import org.benling.platform.security.UnitScope;
import org.benling.platform.supervision.CandidateStandings;
import org.benling.platform.web.CallerLanguage;
import org.benling.selection.domain.KeyPost;
import org.benling.selection.domain.Successor;
import org.benling.selection.domain.rules.Readiness;
import org.benling.selection.domain.rules.SelectionPolicy;
import org.benling.selection.rest.api.SuccessionViews;

/**
 * Succession as read: the key posts in reach with their successors counted by readiness, a post's successors with
 * how ready each is and what is missing, and 依事择人 — the cadres of the post unit's subtree at the post's level or
 * the one below, ranked by readiness (ready now first), then by how little is missing, pool members first among
 * equals, then by their mean score over what the post asks. Readiness is worked out when read ({@link Readiness}) for
 * a whole page or candidate list in a fixed number of statements: the cadres, their scores, grades, measures and
 * checks.
 */
@ApplicationScoped
public class SuccessionQueries {

    public static final Map<String, String> SORTABLE = Map.of("createdAt", "p.created_at", "title", "p.title",
            "level", "p.level");
    public static final Map<String, String> SUCCESSOR_SORTABLE = Map.of("addedAt", "s.added_at", "name", "c.name");
    /** The candidates a list considers at most: a subtree's cadres at two levels are far fewer in practice. */
    static final int CANDIDATE_LIMIT = 2000;

    public record Filter(UUID unitId, RankLevel level, String q) {
    }

    /** A cadre weighed for a post: the step it is for them (none: not within reach) and the assessment. */
    record Weighed(CadreRef cadre, Readiness.Step step, Readiness.Assessment assessment) {
    }

    private record Row(KeyPost post, String unitName) {
    }

    @Inject EntityManager em;
    @Inject UnitReach reach;
    @Inject UnitScope scope;
    @Inject CadreDirectory cadres;
    @Inject CapabilityScores scores;
    @Inject CandidateStandings standings;
    @Inject SelectionPolicy policy;
    @Inject CallerLanguage language;
    @Inject PracticeRecords practice;
    @Inject Clock clock;

    public PageResult<SuccessionViews.KeyPost> list(Filter f, PageQuery page) {
        PageResult<Row> rows = new NativeFilter(" FROM key_post p JOIN unit_view u ON u.id = p.unit_id")
                .scope(scope.readScope(), "u.path", null)
                .inSubtreeOf("u.path", f.unitId())
                .and("p.level = :level", "level", f.level() == null ? null : f.level().name())
                .and("p.title ILIKE :q", "q", Like.contains(f.q()))
                .pageOf(em, KeyPost.class, "p.id", "u.name", page, (p, row) -> new Row(p, (String) row[1]));
        Map<UUID, List<Successor>> named = Successor.<Successor>list("keyPostId in ?1 and active = true",
                rows.items().stream().map(r -> r.post().id).toList()).stream()
                .collect(Collectors.groupingBy(s -> s.keyPostId));
        Map<UUID, CadreRef> people = cadres.findAll(named.values().stream().flatMap(List::stream).map(s -> s.cadreId)
                .collect(Collectors.toSet()));
        return new PageResult<>(rows.items().stream().map(r -> view(r.post(), r.unitName(),
                named.getOrDefault(r.post().id, List.of()), people)).toList(), rows.page(), rows.size(), rows.total(),
                rows.totalPages());
    }

    public SuccessionViews.KeyPost view(KeyPost p) {
        List<Successor> named = Successor.list("keyPostId = ?1 and active = true", p.id);
        return view(p, reach.unitName(p.unitId), named,
                cadres.findAll(named.stream().map(s -> s.cadreId).collect(Collectors.toSet())));
    }

    public PageResult<SuccessionViews.Successor> successors(KeyPost post, boolean includeRemoved, PageQuery page) {
        PageResult<Successor> rows = new NativeFilter(" FROM successor s LEFT JOIN cadre_view c ON c.id = s.cadre_id")
                .and("s.key_post_id = :post", "post", post.id)
                .andIf(!includeRemoved, "s.active")
                .pageOf(em, Successor.class, "s.id", "s.cadre_id", page, (s, row) -> s);
        return new PageResult<>(successorViews(post, rows.items()), rows.page(), rows.size(), rows.total(),
                rows.totalPages());
    }

    public SuccessionViews.Successor successor(KeyPost post, Successor s) {
        return successorViews(post, List.of(s)).get(0);
    }

    /** 依事择人: the ranked candidates for the post, a page of them. */
    public PageResult<SuccessionViews.Candidate> candidates(KeyPost post, PageQuery page) {
        String path = cadres.unitPath(post.unitId).orElse(null);
        if (path == null) {
            return PageResult.empty(page);
        }
        Set<RankLevel> levels = new HashSet<>();
        for (RankLevel r : RankLevel.values()) {
            Readiness.stepTo(r, post.level).ifPresent(step -> levels.add(r));
        }
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("""
                SELECT c.id FROM cadre_view c JOIN unit_view u ON u.id = c.unit_id
                WHERE c.active AND u.path LIKE :path AND c.rank_level = ANY(:levels)
                ORDER BY c.employee_number LIMIT :limit""").setParameter("path", path + "%")
                .setParameter("levels", levels.stream().map(Enum::name).toArray(String[]::new))
                .setParameter("limit", CANDIDATE_LIMIT).getResultList();
        @SuppressWarnings("unchecked")
        Set<UUID> pooled = new HashSet<>(em.createNativeQuery("""
                SELECT m.cadre_id FROM pool_member m JOIN reserve_pool p ON p.id = m.pool_id
                JOIN unit_view u ON u.id = p.unit_id
                WHERE m.status = 'ADMITTED' AND u.path LIKE :path AND m.cadre_id = ANY(:ids)""")
                .setParameter("path", path + "%").setParameter("ids", ids.toArray(UUID[]::new)).getResultList());
        Set<UUID> named = Successor.<Successor>list("keyPostId = ?1 and active = true", post.id).stream()
                .map(s -> s.cadreId).collect(Collectors.toSet());
        Map<UUID, Map<Capability, Integer>> scored = scores.of(ids);
        List<Weighed> weighed = new ArrayList<>(weigh(post, cadres.findAll(ids).values(), scored).values());
        weighed.removeIf(w -> w.step() == null);
        Comparator<Weighed> order = Comparator.<Weighed>comparingInt(w -> w.assessment().level().ordinal())
                .thenComparingInt(w -> w.assessment().gaps().size())
                .thenComparingInt(w -> PostFit.shortfall(post, scored.get(w.cadre().id())))
                .thenComparing(w -> !pooled.contains(w.cadre().id()))
                .thenComparing(Comparator.<Weighed>comparingInt(w -> PostFit.requiredScore(post, scored.get(w.cadre().id()))
                        .orElse(-1)).reversed())
                .thenComparing(w -> w.cadre().employeeNumber());
        weighed.sort(order);
        String lang = language.get();
        List<SuccessionViews.Candidate> ranked = new ArrayList<>();
        int from = Math.min(page.page() * page.size(), weighed.size());
        int to = Math.min(from + page.size(), weighed.size());
        for (int i = from; i < to; i++) {
            Weighed w = weighed.get(i);
            CadreRef c = w.cadre();
            ranked.add(new SuccessionViews.Candidate(i + 1, PostFit.person(c.id(), c), c.positionTitle(), c.rankLevel(), w.step(),
                    w.assessment().level(), PostFit.gaps(w.assessment(), lang), pooled.contains(c.id()), named.contains(c.id()),
                    PostFit.requiredScore(post, scored.get(c.id())).orElse(null)));
        }
        return PageResult.of(ranked, page, weighed.size());
    }

    /** Readiness of these cadres for the post, in a fixed number of statements. */
    Map<UUID, Weighed> weigh(KeyPost post, Collection<CadreRef> people, Map<UUID, Map<Capability, Integer>> scored) {
        LocalDate today = LocalDate.now(clock);
        Set<UUID> ids = people.stream().map(CadreRef::id).collect(Collectors.toSet());
        Map<UUID, List<EligibilityReason>> refusals = standings.refusals(ids, today, null);
        Map<UUID, Set<Readiness.Experience>> experience = post.experience.isEmpty() ? Map.of() : practice.experience(ids);
        Map<UUID, Weighed> weighed = new HashMap<>();
        for (CadreRef c : people) {
            Optional<Readiness.Step> step = Readiness.stepTo(c.rankLevel(), post.level);
            if (step.isEmpty()) {
                weighed.put(c.id(), new Weighed(c, null, null));
                continue;
            }
            // the level's date where the registry has it, else the post's; unknown: counted from today
            LocalDate since = c.rankSince() != null ? c.rankSince() : c.postSince() != null ? c.postSince() : today;
            weighed.put(c.id(), new Weighed(c, step.get(), Readiness.assess(new Readiness.Candidate(since,
                    scored.getOrDefault(c.id(), Map.of()), experience.getOrDefault(c.id(), Set.of()),
                    refusals.getOrDefault(c.id(), List.of())),
                    post.requirement(step.get()), today, policy)));
        }
        return weighed;
    }

    private SuccessionViews.KeyPost view(KeyPost p, String unitName, List<Successor> named, Map<UUID, CadreRef> people) {
        List<CadreRef> known = named.stream().map(s -> people.get(s.cadreId)).filter(c -> c != null).toList();
        Map<Readiness.Level, Integer> counts = new EnumMap<>(Readiness.Level.class);
        for (Readiness.Level level : Readiness.Level.values()) {
            counts.put(level, 0);
        }
        weigh(p, known, scores.of(known.stream().map(CadreRef::id).toList())).values().stream()
                .filter(w -> w.assessment() != null)
                .forEach(w -> counts.merge(w.assessment().level(), 1, Integer::sum));
        return new SuccessionViews.KeyPost(p.id, p.unitId, unitName, p.title, p.level, Map.copyOf(p.minimumScores),
                p.experience.stream().sorted().toList(), p.description, counts, p.createdBy, p.createdAt, p.version);
    }

    private List<SuccessionViews.Successor> successorViews(KeyPost post, List<Successor> named) {
        Map<UUID, CadreRef> people = cadres.findAll(named.stream().map(s -> s.cadreId).collect(Collectors.toSet()));
        Map<UUID, Weighed> weighed = weigh(post, people.values(), scores.of(people.keySet()));
        String lang = language.get();
        return named.stream().map(s -> {
            CadreRef c = people.get(s.cadreId);
            Weighed w = weighed.get(s.cadreId);
            Readiness.Assessment a = w == null ? null : w.assessment();
            Decision removal = Decision.orNone(s.removal);
            return new SuccessionViews.Successor(s.id, s.keyPostId, PostFit.person(s.cadreId, c), c == null ? null : c.positionTitle(),
                    c == null ? null : c.rankLevel(), w == null ? null : w.step(), a == null ? null : a.level(),
                    a == null ? List.of() : PostFit.gaps(a, lang), s.active, s.note, s.addedBy, s.addedAt, removal.by(),
                    removal.at(), removal.note(), s.version);
        }).toList();
    }
}
