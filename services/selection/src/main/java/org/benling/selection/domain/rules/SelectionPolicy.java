package org.benling.selection.domain.rules;

/**
 * The selection rules' numbers (DOMAIN.md "Selecting and appointing cadres"), configurable under
 * {@code benling.selection.policy.*}.
 *
 * @param quorumNumerator       讨论决定: at least this share of the members must attend … (党政领导干部选拔任用工作条例: 2/3)
 * @param quorumDenominator     … of this many parts
 * @param publicityWorkingDays  任职前公示 lasts at least this many working days (条例: 5)
 * @param deputyToChiefYears    由副职提任正职: years in the deputy post first (条例: 2)
 * @param chiefToHigherYears    由下级正职提任上级副职: years in the lower chief post first (条例: 3)
 * @param horizonYears          succession readiness "1–2 years": what is missing is reached within this many years
 * @param closeGapPoints        … and no required capability is short by more than this many points
 * @param poolGradeYears        a reserve pool's entry: the last this many years' annual results 称职 or better, unless
 *                              the pool sets its own (条例第八条: 近三年年度考核结果均为称职以上等次: 3)
 */
public record SelectionPolicy(int quorumNumerator, int quorumDenominator, int publicityWorkingDays,
        int deputyToChiefYears, int chiefToHigherYears, int horizonYears, int closeGapPoints, int poolGradeYears) {

    public SelectionPolicy {
        if (quorumNumerator < 1 || quorumDenominator < quorumNumerator) {
            throw new IllegalArgumentException("the quorum is a share of at most the whole: " + quorumNumerator + "/"
                    + quorumDenominator);
        }
        if (publicityWorkingDays < 1 || horizonYears < 1 || closeGapPoints < 0 || deputyToChiefYears < 0
                || chiefToHigherYears < 0 || poolGradeYears < 1) {
            throw new IllegalArgumentException("the selection policy's periods are positive");
        }
    }

    /** The regulation's values, and the readiness horizon of the issue (1–2 years, a gap of 10 points). */
    public static SelectionPolicy regulation() {
        return new SelectionPolicy(2, 3, 5, 2, 3, 2, 10, 3);
    }
}
