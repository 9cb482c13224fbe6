package org.benling.assessment.domain.rules;

/** Variants of {@link AssessmentPolicy#defaults()} with one number changed, for the rule tests. */
final class Policies {

    static final AssessmentPolicy DEFAULTS = AssessmentPolicy.defaults();

    private Policies() {
    }

    static AssessmentPolicy withPoolBelow(int poolBelow) {
        AssessmentPolicy d = DEFAULTS;
        return new AssessmentPolicy(d.excellentRate(), d.raisedExcellentRate(), poolBelow,
                d.meritCitationStreak(), d.dismissalStreak(), d.unratedScore(), d.evidenceWindowYears(),
                d.pointsPerTrainingHour(), d.trainingCap(), d.postingPoints(), d.postingCap(), d.measurePenalty(),
                d.measureCapabilities(), d.findingPenalty(), d.gapThreshold(), d.peerMargin(), d.minimumPeers(),
                d.democraticWeight());
    }

    static AssessmentPolicy withStreaks(int meritCitationStreak, int dismissalStreak) {
        AssessmentPolicy d = DEFAULTS;
        return new AssessmentPolicy(d.excellentRate(), d.raisedExcellentRate(), d.poolBelow(),
                meritCitationStreak, dismissalStreak, d.unratedScore(), d.evidenceWindowYears(),
                d.pointsPerTrainingHour(), d.trainingCap(), d.postingPoints(), d.postingCap(), d.measurePenalty(),
                d.measureCapabilities(), d.findingPenalty(), d.gapThreshold(), d.peerMargin(), d.minimumPeers(),
                d.democraticWeight());
    }
}
