package org.benling.selection.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.contracts.assessment.Grade;
import org.benling.selection.domain.rules.Tally.Category;
import org.junit.jupiter.api.Test;

/** 分类统计: the results per voter category, and weighted by the categories' weights. */
class TallyTest {

    static final Category LEADERS = new Category("LEADERSHIP", new BigDecimal("0.5"), 5);
    static final Category MIDDLE = new Category("MIDDLE", new BigDecimal("0.3"), 20);
    static final Category STAFF = new Category("STAFF", new BigDecimal("0.2"), 40);
    static final List<Category> CATEGORIES = List.of(LEADERS, MIDDLE, STAFF);
    static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID B = UUID.fromString("00000000-0000-0000-0000-00000000000b");

    @Test
    void eachCategorysShareIsOverItsOwnBallotsAndTheWeightedShareRanks() {
        Map<String, Integer> cast = Map.of("LEADERSHIP", 4, "MIDDLE", 20, "STAFF", 30);
        Map<UUID, Map<String, Integer>> votes = new LinkedHashMap<>();
        votes.put(A, Map.of("LEADERSHIP", 1, "MIDDLE", 15, "STAFF", 30)); // 0.25, 0.75, 1.00
        votes.put(B, Map.of("LEADERSHIP", 4, "MIDDLE", 10, "STAFF", 6)); // 1.00, 0.50, 0.20
        List<Tally.Recommended> result = Tally.recommendation(CATEGORIES, cast, votes);
        // A: 0.5×0.25 + 0.3×0.75 + 0.2×1 = 0.55; B: 0.5 + 0.15 + 0.04 = 0.69
        assertEquals(List.of(B, A), result.stream().map(Tally.Recommended::candidate).toList());
        assertEquals(new BigDecimal("0.6900"), result.get(0).weighted());
        assertEquals(new BigDecimal("0.5500"), result.get(1).weighted());
        assertEquals(new Tally.Share(4, 1, new BigDecimal("0.2500")), result.get(1).byCategory().get("LEADERSHIP"));
    }

    @Test
    void aCategoryInWhichNobodyVotedIsLeftOutOfTheWeightsRatherThanCountedAsNone() {
        Map<String, Integer> cast = Map.of("LEADERSHIP", 5, "MIDDLE", 0, "STAFF", 0);
        List<Tally.Recommended> result = Tally.recommendation(CATEGORIES, cast, Map.of(A, Map.of("LEADERSHIP", 4)));
        assertEquals(new BigDecimal("0.8000"), result.get(0).weighted());
    }

    @Test
    void theEvaluationCountsGradesPerCategoryAndApprovalIsExcellentAndCompetent() {
        Map<UUID, Map<String, Map<Grade, Integer>>> grades = Map.of(A, Map.of(
                "LEADERSHIP", Map.of(Grade.EXCELLENT, 3, Grade.COMPETENT, 1),
                "STAFF", Map.of(Grade.EXCELLENT, 10, Grade.COMPETENT, 10, Grade.BASICALLY_COMPETENT, 5)));
        Tally.Evaluated a = Tally.evaluation(CATEGORIES, grades).get(0);
        assertEquals(3, a.grades().get("LEADERSHIP").get(Grade.EXCELLENT));
        assertEquals(0, a.grades().get("MIDDLE").get(Grade.COMPETENT));
        assertEquals(new BigDecimal("1.0000"), a.approval().get("LEADERSHIP").share());
        assertEquals(new BigDecimal("0.8000"), a.approval().get("STAFF").share());
        // (0.5×1 + 0.2×0.8) / 0.7
        assertEquals(new BigDecimal("0.9429"), a.weighted());
    }

    @Test
    void turnoutIsBallotsCastOfCodesGivenAndMoreVotesThanBallotsCannotBe() {
        assertEquals(new BigDecimal("0.7500"), Tally.turnout(CATEGORIES, Map.of("STAFF", 30)).get("STAFF"));
        assertEquals(new BigDecimal("0.0000"), Tally.turnout(CATEGORIES, Map.of()).get("LEADERSHIP"));
        assertThrows(IllegalArgumentException.class,
                () -> Tally.recommendation(CATEGORIES, Map.of("LEADERSHIP", 2), Map.of(A, Map.of("LEADERSHIP", 3))));
    }
}
