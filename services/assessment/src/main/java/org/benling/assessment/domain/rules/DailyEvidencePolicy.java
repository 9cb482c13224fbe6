package org.benling.assessment.domain.rules;

import java.util.Set;
import org.benling.contracts.Capability;

/**
 * What leaders' daily work outside training and postings adds to the capability profile (DOMAIN.md "Daily
 * supervision": 理论学习中心组, 基层联系点, 大调研). No regulation sets these numbers: they are local practice,
 * configurable under {@code benling.assessment.daily-evidence.*}; each counts over the evidence window.
 *
 * @param studyPoints       per leadership-team study session attended, in each capability it studied, up to
 *                          {@code studyCap}
 * @param visitPoints       per visit to the leader's grassroots contact point, in {@code visitCapabilities} …
 * @param solvedPoints      … and per problem solved there, together up to {@code visitCap}
 * @param researchPoints    per research report bearing on the capability …
 * @param adoptedPoints     … and more for one whose findings were adopted, together up to {@code researchCap}
 */
public record DailyEvidencePolicy(int studyPoints, int studyCap, int visitPoints, int solvedPoints, int visitCap,
        Set<Capability> visitCapabilities, int researchPoints, int adoptedPoints, int researchCap) {

    public DailyEvidencePolicy {
        visitCapabilities = Set.copyOf(visitCapabilities);
        if (studyPoints < 0 || visitPoints < 0 || solvedPoints < 0 || researchPoints < 0 || adoptedPoints < 0
                || studyCap < 0 || visitCap < 0 || researchCap < 0) {
            throw new IllegalArgumentException("points and caps are not negative");
        }
    }

    public static DailyEvidencePolicy defaults() {
        return new DailyEvidencePolicy(1, 5, 1, 1, 8, Set.of(Capability.MASS_WORK), 2, 3, 10);
    }
}
