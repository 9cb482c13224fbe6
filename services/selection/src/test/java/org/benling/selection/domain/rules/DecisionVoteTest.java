package org.benling.selection.domain.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.benling.selection.domain.rules.DecisionVote.Outcome;
import org.junit.jupiter.api.Test;

/** 讨论决定: 三分之二以上成员到会; 以应到会成员超过半数同意形成决定. */
class DecisionVoteTest {

    static final SelectionPolicy REGULATION = SelectionPolicy.regulation();

    @Test
    void withFewerThanTwoThirdsPresentNoDecisionIsTaken() {
        // nine members: six present is two thirds, five is not
        assertEquals(Outcome.NO_QUORUM, DecisionVote.outcome(9, 5, 5, REGULATION));
        assertEquals(Outcome.ADOPTED, DecisionVote.outcome(9, 6, 5, REGULATION));
    }

    @Test
    void theMajorityIsOfTheMembersWhoShouldAttendNotOfThosePresent() {
        // seven of nine present, four in favour: a majority of those present, not of the nine
        assertEquals(Outcome.NOT_ADOPTED, DecisionVote.outcome(9, 7, 4, REGULATION));
        assertEquals(Outcome.ADOPTED, DecisionVote.outcome(9, 7, 5, REGULATION));
        // half is not more than half
        assertEquals(Outcome.NOT_ADOPTED, DecisionVote.outcome(8, 8, 4, REGULATION));
    }

    @Test
    void countsThatCannotBeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> DecisionVote.outcome(9, 10, 5, REGULATION));
        assertThrows(IllegalArgumentException.class, () -> DecisionVote.outcome(9, 6, 7, REGULATION));
        assertThrows(IllegalArgumentException.class, () -> DecisionVote.outcome(0, 0, 0, REGULATION));
    }
}
