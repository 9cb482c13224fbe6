package org.benling.selection.domain.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 凡提四必, the joint review before a decision (DOMAIN.md "Selecting and appointing cadres"): the cadre's personnel file
 * examined (凡提必审), the personal-matters report verified (凡提必核), the discipline inspection and supervision organ's
 * opinion heard (凡提必听), and the petitions and reports with concrete leads checked (凡提必查). A candidate with any of
 * them not yet requested, open or negative is not decided.
 */
public final class JointReview {

    public enum Check {
        /** 干部人事档案专项审核, 凡提必审 */
        PERSONNEL_FILE,
        /** 个人有关事项报告核查, 凡提必核 (the daily-supervision service's 提拔必查) */
        PERSONAL_MATTERS,
        /** 纪检监察机关意见, 凡提必听 */
        DISCIPLINE_OPINION,
        /** 线索具体的信访举报核查, 凡提必查 */
        PETITIONS
    }

    /** Where one check stands. */
    public enum Answer {
        /** asked, not answered yet */
        REQUESTED,
        /** answered: nothing stands against the candidate */
        CLEAR,
        /** answered: something stands against the candidate (the answer's text says what) */
        NEGATIVE
    }

    /** Why a candidate does not pass: the check, and whether it is missing, open or negative. */
    public record Refusal(Check check, Answer answer) {
        /** {@code answer} is null for a check never requested. */
        public boolean missing() {
            return answer == null;
        }
    }

    private JointReview() {
    }

    /** What keeps the candidate from the decision, in the order of {@link Check}; empty when all four are clear. */
    public static List<Refusal> refusals(Map<Check, Answer> answers) {
        List<Refusal> refusals = new ArrayList<>();
        for (Check check : Check.values()) {
            Answer answer = answers.get(check);
            if (answer != Answer.CLEAR) {
                refusals.add(new Refusal(check, answer));
            }
        }
        return refusals;
    }

    public static boolean passes(Map<Check, Answer> answers) {
        return refusals(answers).isEmpty();
    }
}
