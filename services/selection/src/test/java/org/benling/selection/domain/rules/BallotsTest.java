package org.benling.selection.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.benling.contracts.assessment.Grade;
import org.benling.selection.domain.rules.Ballots.Violation;
import org.junit.jupiter.api.Test;

/** A valid ballot: 推荐人数不超过职位数, from the list, each once; 测评 one grade per person or none. */
class BallotsTest {

    static final UUID A = UUID.randomUUID();
    static final UUID B = UUID.randomUUID();
    static final UUID C = UUID.randomUUID();
    static final Set<UUID> LIST = Set.of(A, B, C);

    @Test
    void aRecommendationOfAsManyAsThePlacesFromTheListIsValidAndSoIsAnAbstention() {
        assertEquals(List.of(), Ballots.recommendation(List.of(A, B), LIST, 2));
        assertEquals(List.of(), Ballots.recommendation(List.of(), LIST, 2));
    }

    @Test
    void moreNamesThanPlacesAStrangerOrOneNameTwiceIsRefusedWhereItStands() {
        assertEquals(List.of("chosen"), fields(Ballots.recommendation(List.of(A, B, C), LIST, 2)));
        assertEquals(List.of("chosen[1]"), fields(Ballots.recommendation(List.of(A, UUID.randomUUID()), LIST, 2)));
        assertEquals(List.of("chosen[1]"), fields(Ballots.recommendation(List.of(B, B), LIST, 2)));
    }

    @Test
    void anEvaluationGradesPeopleOfTheListOnceAndMayLeaveSomeOut() {
        assertEquals(List.of(), Ballots.evaluation(Map.of(A, Grade.EXCELLENT, C, Grade.COMPETENT), LIST));
        UUID stranger = UUID.randomUUID();
        Map<UUID, Grade> withNull = new HashMap<>(Map.of(stranger, Grade.COMPETENT));
        withNull.put(B, null);
        List<String> fields = fields(Ballots.evaluation(withNull, LIST));
        assertEquals(2, fields.size());
        assertEquals(Set.of("grades." + stranger, "grades." + B), Set.copyOf(fields));
    }

    static List<String> fields(List<Violation> violations) {
        return violations.stream().map(Violation::field).toList();
    }
}
