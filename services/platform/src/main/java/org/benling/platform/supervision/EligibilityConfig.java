package org.benling.platform.supervision;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.EnumSet;
import java.util.Set;
import org.benling.contracts.assessment.Grade;
import org.benling.contracts.supervision.CandidateEligibility;

/**
 * The candidate-eligibility policy every service applies ({@code benling.eligibility.*}): 选任条例's last three
 * annual results, of which 基本称职 or worse blocks.
 */
@ConfigMapping(prefix = "benling.eligibility")
public interface EligibilityConfig {

    @WithDefault("3")
    int resultsConsidered();

    @WithDefault("BASICALLY_COMPETENT,INCOMPETENT")
    Set<Grade> blockingGrades();

    @ApplicationScoped
    class Producer {
        @Produces
        @Singleton
        CandidateEligibility.Policy policy(EligibilityConfig c) {
            return new CandidateEligibility.Policy(c.resultsConsidered(), EnumSet.copyOf(c.blockingGrades()));
        }
    }
}
