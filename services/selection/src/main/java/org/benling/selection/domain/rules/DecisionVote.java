package org.benling.selection.domain.rules;

/**
 * 讨论决定 (党政领导干部选拔任用工作条例): a meeting on appointments needs at least two thirds of its members present, and
 * a decision needs the votes in favour of more than half of the members who should attend (应到会成员), not only of
 * those present.
 */
public final class DecisionVote {

    public enum Outcome {
        /** fewer members present than the quorum: no vote counts */
        NO_QUORUM,
        /** more than half of all members in favour */
        ADOPTED,
        /** the quorum met, the majority not */
        NOT_ADOPTED
    }

    private DecisionVote() {
    }

    /**
     * @param members  the members who should attend (应到会成员)
     * @param present  those present
     * @param inFavour those present who voted in favour
     */
    public static Outcome outcome(int members, int present, int inFavour, SelectionPolicy policy) {
        if (members < 1 || present < 0 || present > members || inFavour < 0 || inFavour > present) {
            throw new IllegalArgumentException("0 ≤ in favour ≤ present ≤ members, with at least one member: "
                    + inFavour + " / " + present + " / " + members);
        }
        if ((long) present * policy.quorumDenominator() < (long) members * policy.quorumNumerator()) {
            return Outcome.NO_QUORUM;
        }
        return 2L * inFavour > members ? Outcome.ADOPTED : Outcome.NOT_ADOPTED;
    }
}
