package org.benling.selection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.benling.contracts.assessment.Grade;
import org.benling.contracts.personnel.RankLevel;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.platform.personnel.CadreDirectory.CadreRef;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.UnitScope;
import org.benling.platform.supervision.CandidateStandings;
import org.benling.selection.domain.rules.TalentGrid;
import org.benling.selection.rest.api.TalentGridView;

/**
 * 人才盘点九宫格 of a unit's subtree in reach (optionally one rank level): the active cadres, their latest finalised
 * grades and their capability scores in three statements, placed by {@link TalentGrid}.
 */
@ApplicationScoped
public class TalentGridQueries {

    static final int SHOWN_PER_CELL = 50;

    @Inject UnitReach reach;
    @Inject UnitScope scope;
    @Inject CadreDirectory cadres;
    @Inject CandidateStandings standings;
    @Inject CapabilityScores scores;
    @Inject TalentGrid.Bounds bounds;

    public TalentGridView grid(UUID unitId, RankLevel level) {
        if (!scope.mayRead(unitId)) {
            throw ProblemException.notFound("Unit", unitId);
        }
        String path = cadres.unitPath(unitId).orElseThrow(() -> ProblemException.notFound("Unit", unitId));
        List<CadreRef> people = cadres.inSubtree(path).stream().filter(c -> level == null || c.rankLevel() == level)
                .toList();
        List<UUID> ids = people.stream().map(CadreRef::id).toList();
        Map<UUID, Map<Integer, Grade>> grades = standings.grades(ids);
        Map<UUID, Map<Capability, Integer>> scored = scores.of(ids);

        Map<TalentGrid.Cell, List<TalentGridView.Placed>> cells = new LinkedHashMap<>();
        for (TalentGrid.Band performance : TalentGrid.Band.values()) {
            for (TalentGrid.Band potential : TalentGrid.Band.values()) {
                cells.put(new TalentGrid.Cell(performance, potential), new ArrayList<>());
            }
        }
        int withoutGrade = 0;
        int withoutScores = 0;
        for (CadreRef c : people) {
            Map<Integer, Grade> byYear = grades.getOrDefault(c.id(), Map.of());
            Integer mean = TalentGrid.potentialScore(scored.getOrDefault(c.id(), new EnumMap<>(Capability.class)));
            if (byYear.isEmpty()) {
                withoutGrade++;
                continue;
            }
            if (mean == null) {
                withoutScores++;
                continue;
            }
            int year = byYear.keySet().stream().max(Integer::compare).orElseThrow();
            Grade latest = byYear.get(year);
            cells.get(TalentGrid.place(latest, mean, bounds)).add(new TalentGridView.Placed(PostFit.person(c.id(), c),
                    c.positionTitle(), c.rankLevel(), latest, year, mean));
        }
        List<TalentGridView.Cell> view = new ArrayList<>();
        cells.forEach((cell, placed) -> {
            placed.sort(Comparator.comparingInt(TalentGridView.Placed::potentialScore).reversed()
                    .thenComparing(p -> p.person().employeeNumber(), Comparator.nullsLast(Comparator.naturalOrder())));
            view.add(new TalentGridView.Cell(cell.performance(), cell.potential(), placed.size(),
                    List.copyOf(placed.subList(0, Math.min(SHOWN_PER_CELL, placed.size())))));
        });
        int placed = people.size() - withoutGrade - withoutScores;
        return new TalentGridView(unitId, reach.unitName(unitId), bounds.high(),
                bounds.low(), view, placed, withoutGrade, withoutScores, SHOWN_PER_CELL);
    }
}
