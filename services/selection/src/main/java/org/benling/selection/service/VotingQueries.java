package org.benling.selection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.benling.contracts.assessment.Grade;
import org.benling.platform.paging.PageQuery;
import org.benling.platform.paging.PageResult;
import org.benling.platform.persistence.Like;
import org.benling.platform.persistence.NativeFilter;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.platform.personnel.CadreDirectory.CadreRef;
import org.benling.platform.security.UnitScope;
import org.benling.selection.domain.VoterCategory;
import org.benling.selection.domain.VotingSession;
import org.benling.selection.domain.rules.Tally;
import org.benling.selection.rest.api.VotingSessionView;

/**
 * The voting sessions in the caller's reach, a page at a time (the people of the whole page and its turnout in one
 * statement each), and one session with its result once closed.
 */
@ApplicationScoped
public class VotingQueries {

    public static final Map<String, String> SORTABLE = Map.of("createdAt", "s.created_at", "title", "s.title",
            "status", "s.status");

    public record Filter(UUID unitId, VotingSession.Kind kind, VotingSession.Status status, String q) {
    }

    private record Row(VotingSession session, String unitName) {
    }

    @Inject EntityManager em;
    @Inject UnitReach reach;
    @Inject UnitScope scope;
    @Inject CadreDirectory cadres;

    public PageResult<VotingSessionView> list(Filter f, PageQuery page) {
        PageResult<Row> rows = new NativeFilter(" FROM voting_session s JOIN unit_view u ON u.id = s.unit_id")
                .scope(scope.readScope(), "u.path", null)
                .inSubtreeOf("u.path", f.unitId())
                .and("s.kind = :kind", "kind", f.kind() == null ? null : f.kind().name())
                .and("s.status = :status", "status", f.status() == null ? null : f.status().name())
                .and("s.title ILIKE :q", "q", Like.contains(f.q()))
                .pageOf(em, VotingSession.class, "s.id", "u.name", page, (s, row) -> new Row(s, (String) row[1]));
        List<VotingSessionView> views = views(rows.items(), false);
        return new PageResult<>(views, rows.page(), rows.size(), rows.total(), rows.totalPages());
    }

    public VotingSessionView view(VotingSession s) {
        return views(List.of(new Row(s, reach.unitName(s.unitId))), true).get(0);
    }

    private List<VotingSessionView> views(List<Row> rows, boolean withResults) {
        Map<UUID, CadreRef> people = cadres.findAll(rows.stream()
                .flatMap(r -> Arrays.stream(r.session().candidateIds)).collect(Collectors.toSet()));
        Map<UUID, Map<String, Integer>> voted = voted(rows.stream().map(r -> r.session().id).collect(Collectors.toSet()));
        return rows.stream().map(r -> {
            VotingSession s = r.session();
            Map<String, Integer> turnout = voted.getOrDefault(s.id, Map.of());
            List<VotingSessionView.Category> categories = s.categories.stream().map(c -> {
                int n = turnout.getOrDefault(c.code, 0);
                return new VotingSessionView.Category(c.code, c.name, c.weight, c.voters, n,
                        Tally.turnout(List.of(c.forTally()), Map.of(c.code, n)).get(c.code));
            }).toList();
            List<VotingSessionView.Result> results = withResults && s.status == VotingSession.Status.CLOSED
                    ? results(s, people) : null;
            return new VotingSessionView(s.id, s.unitId, r.unitName(), s.kind, s.title, s.places, s.status,
                    s.codesIssued, s.candidates().stream().map(id -> person(id, people.get(id))).toList(), categories,
                    results, s.createdBy, s.createdAt, s.openedAt, s.closedAt, s.version);
        }).toList();
    }

    /** How many codes of each category have voted, per session. */
    private Map<UUID, Map<String, Integer>> voted(Set<UUID> sessions) {
        Map<UUID, Map<String, Integer>> voted = new HashMap<>();
        if (sessions.isEmpty()) {
            return voted;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT session_id, category, count(*) FILTER (WHERE used)"
                + " FROM voter_code WHERE session_id IN (:ids) GROUP BY 1, 2").setParameter("ids", sessions).getResultList();
        for (Object[] row : rows) {
            voted.computeIfAbsent((UUID) row[0], k -> new HashMap<>()).put((String) row[1], ((Number) row[2]).intValue());
        }
        return voted;
    }

    /** The closed session's tally, per person by category and weighted (Tally), highest first for 民主推荐. */
    private List<VotingSessionView.Result> results(VotingSession s, Map<UUID, CadreRef> people) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT candidate_id, category, choice, votes FROM tally"
                + " WHERE session_id = :s").setParameter("s", s.id).getResultList();
        Map<String, Integer> cast = new HashMap<>();
        Map<UUID, Map<String, Integer>> recommended = new LinkedHashMap<>();
        Map<UUID, Map<String, Map<Grade, Integer>>> grades = new LinkedHashMap<>();
        s.candidates().forEach(id -> {
            recommended.put(id, new HashMap<>());
            grades.put(id, new HashMap<>());
        });
        for (Object[] row : rows) {
            UUID person = (UUID) row[0];
            String category = (String) row[1];
            String choice = (String) row[2];
            int votes = ((Number) row[3]).intValue();
            if (person == null) {
                cast.put(category, votes);
            } else if (TallyWriter.RECOMMENDED.equals(choice)) {
                recommended.computeIfAbsent(person, k -> new HashMap<>()).put(category, votes);
            } else {
                grades.computeIfAbsent(person, k -> new HashMap<>())
                        .computeIfAbsent(category, k -> new EnumMap<>(Grade.class)).put(Grade.valueOf(choice), votes);
            }
        }
        List<Tally.Category> categories = s.categories.stream().map(VoterCategory::forTally).toList();
        List<VotingSessionView.Result> results = new ArrayList<>();
        if (s.kind == VotingSession.Kind.RECOMMENDATION) {
            for (Tally.Recommended r : Tally.recommendation(categories, cast, recommended)) {
                results.add(new VotingSessionView.Result(person(r.candidate(), people.get(r.candidate())),
                        r.byCategory().entrySet().stream().map(e -> new VotingSessionView.CategoryShare(e.getKey(),
                                e.getValue().cast(), e.getValue().count(), e.getValue().share(), null)).toList(),
                        r.weighted()));
            }
        } else {
            for (Tally.Evaluated e : Tally.evaluation(categories, grades)) {
                results.add(new VotingSessionView.Result(person(e.candidate(), people.get(e.candidate())),
                        e.approval().entrySet().stream().map(a -> new VotingSessionView.CategoryShare(a.getKey(),
                                a.getValue().cast(), a.getValue().count(), a.getValue().share(),
                                e.grades().get(a.getKey()))).toList(), e.weighted()));
            }
        }
        return results;
    }

    static VotingSessionView.Person person(UUID id, CadreRef cadre) {
        return cadre == null ? new VotingSessionView.Person(id, null, null, null)
                : new VotingSessionView.Person(id, cadre.employeeNumber(), cadre.name(), cadre.unitName());
    }

}
