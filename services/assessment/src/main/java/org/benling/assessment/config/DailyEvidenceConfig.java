package org.benling.assessment.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.Set;
import org.benling.assessment.domain.rules.DailyEvidencePolicy;
import org.benling.contracts.Capability;

/**
 * The points of the leaders' daily work in the profile ({@code benling.assessment.daily-evidence.*}): local practice,
 * no regulation's number (DailyEvidencePolicy).
 */
@ConfigMapping(prefix = "benling.assessment.daily-evidence")
public interface DailyEvidenceConfig {

    @WithDefault("1")
    int studyPoints();

    @WithDefault("5")
    int studyCap();

    @WithDefault("1")
    int visitPoints();

    @WithDefault("1")
    int solvedPoints();

    @WithDefault("8")
    int visitCap();

    @WithDefault("MASS_WORK")
    Set<Capability> visitCapabilities();

    @WithDefault("2")
    int researchPoints();

    @WithDefault("3")
    int adoptedPoints();

    @WithDefault("10")
    int researchCap();

    @ApplicationScoped
    class Producer {
        @Produces
        @jakarta.inject.Singleton
        DailyEvidencePolicy policy(DailyEvidenceConfig c) {
            return new DailyEvidencePolicy(c.studyPoints(), c.studyCap(), c.visitPoints(), c.solvedPoints(), c.visitCap(),
                    c.visitCapabilities(), c.researchPoints(), c.adoptedPoints(), c.researchCap());
        }
    }
}
