package org.benling.selection.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.benling.contracts.rotation.PostingApproved.PostingType;
import org.benling.contracts.rotation.PostingCompleted.Evaluation;
import org.benling.selection.domain.rules.Readiness.Experience;
import org.junit.jupiter.api.Test;

/** 依事择人's experience: what a completed practice posting gives a cadre. */
class PracticeExperienceTest {

    @Test
    void aPovertyAlleviationPostingInTheWestGivesWesternGrassrootsAndPovertyAlleviationExperience() {
        assertEquals(Set.of(Experience.WESTERN_REGION, Experience.GRASSROOTS, Experience.POVERTY_ALLEVIATION),
                PracticeExperience.of(PostingType.POVERTY_ALLEVIATION, "WEST", Evaluation.PASSED));
    }

    @Test
    void aTemporaryPostGivesGrassrootsExperienceAndAnExchangeCrossRegionExperienceWhereverItWas() {
        assertEquals(Set.of(Experience.GRASSROOTS), PracticeExperience.of(PostingType.TEMPORARY_POST, "EAST", Evaluation.GOOD));
        assertEquals(Set.of(Experience.CROSS_REGION_EXCHANGE),
                PracticeExperience.of(PostingType.CROSS_REGION_EXCHANGE, "CENTRAL", Evaluation.EXCELLENT));
    }

    @Test
    void aPostingJudgedFailedOrNotYetCompletedGivesNone() {
        assertEquals(Set.of(), PracticeExperience.of(PostingType.POVERTY_ALLEVIATION, "WEST", Evaluation.FAILED));
        assertEquals(Set.of(), PracticeExperience.of(PostingType.TEMPORARY_POST, "WEST", null));
    }

    @Test
    void otherPostingsGiveOnlyTheWestWhenServedThere() {
        assertEquals(Set.of(Experience.WESTERN_REGION), PracticeExperience.of(PostingType.JOB_ROTATION, "WEST", Evaluation.GOOD));
        assertEquals(Set.of(), PracticeExperience.of(PostingType.INSPECTION_DUTY, null, Evaluation.GOOD));
    }
}
