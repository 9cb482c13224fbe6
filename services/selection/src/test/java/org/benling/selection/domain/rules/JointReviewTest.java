package org.benling.selection.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.benling.selection.domain.rules.JointReview.Answer;
import org.benling.selection.domain.rules.JointReview.Check;
import org.benling.selection.domain.rules.JointReview.Refusal;
import org.junit.jupiter.api.Test;

/** 凡提四必: 档案凡提必审, 个人有关事项报告凡提必核, 纪检监察机关意见凡提必听, 线索具体的信访举报凡提必查. */
class JointReviewTest {

    static Map<Check, Answer> allClear() {
        Map<Check, Answer> answers = new EnumMap<>(Check.class);
        for (Check c : Check.values()) {
            answers.put(c, Answer.CLEAR);
        }
        return answers;
    }

    @Test
    void aCandidateWithAllFourAnsweredClearPasses() {
        assertTrue(JointReview.passes(allClear()));
        assertEquals(List.of(), JointReview.refusals(allClear()));
    }

    @Test
    void oneNegativeAnswerKeepsTheCandidateFromTheDecision() {
        Map<Check, Answer> answers = allClear();
        answers.put(Check.DISCIPLINE_OPINION, Answer.NEGATIVE);
        assertFalse(JointReview.passes(answers));
        assertEquals(List.of(new Refusal(Check.DISCIPLINE_OPINION, Answer.NEGATIVE)), JointReview.refusals(answers));
    }

    @Test
    void aCheckAskedButNotAnsweredOrNeverAskedKeepsTheCandidateOutToo() {
        Map<Check, Answer> answers = allClear();
        answers.put(Check.PERSONAL_MATTERS, Answer.REQUESTED);
        answers.remove(Check.PETITIONS);
        List<Refusal> refusals = JointReview.refusals(answers);
        assertEquals(List.of(new Refusal(Check.PERSONAL_MATTERS, Answer.REQUESTED), new Refusal(Check.PETITIONS, null)),
                refusals);
        assertTrue(refusals.get(1).missing());
        assertEquals(4, JointReview.refusals(Map.of()).size(), "nothing asked: all four missing");
    }
}
