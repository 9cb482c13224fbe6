package org.benling.selection.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.benling.contracts.Capability;
import org.benling.contracts.assessment.Grade;
import org.benling.selection.domain.rules.TalentGrid.Band;
import org.benling.selection.domain.rules.TalentGrid.Cell;
import org.junit.jupiter.api.Test;

/** 人才盘点九宫格: the latest grade says the performance, the mean capability score the potential. */
class TalentGridTest {

    static final TalentGrid.Bounds BOUNDS = new TalentGrid.Bounds(80, 65);

    @Test
    void anExcellentCadreWithHighScoresIsAStar() {
        assertEquals(new Cell(Band.HIGH, Band.HIGH), TalentGrid.place(Grade.EXCELLENT, 84, BOUNDS));
    }

    @Test
    void theBoundsBelongToTheBandAboveThem() {
        assertEquals(Band.HIGH, TalentGrid.potential(80, BOUNDS));
        assertEquals(Band.MEDIUM, TalentGrid.potential(79, BOUNDS));
        assertEquals(Band.MEDIUM, TalentGrid.potential(65, BOUNDS));
        assertEquals(Band.LOW, TalentGrid.potential(64, BOUNDS));
    }

    @Test
    void aResultBelowCompetentIsLowPerformanceWhateverTheScores() {
        assertEquals(new Cell(Band.LOW, Band.HIGH), TalentGrid.place(Grade.BASICALLY_COMPETENT, 90, BOUNDS));
        assertEquals(Band.LOW, TalentGrid.performance(Grade.INCOMPETENT));
        assertEquals(Band.MEDIUM, TalentGrid.performance(Grade.COMPETENT));
    }

    @Test
    void thePotentialIsTheRoundedMeanOfTheScoresAndNoneWithoutAny() {
        assertEquals(73, TalentGrid.potentialScore(Map.of(Capability.LEARNING, 70, Capability.RISK_MANAGEMENT, 75)));
        assertNull(TalentGrid.potentialScore(Map.of()));
    }
}
