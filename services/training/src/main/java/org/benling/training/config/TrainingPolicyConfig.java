package org.benling.training.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.math.BigDecimal;
import org.benling.training.domain.rules.TrainingPolicy;

/**
 * Training-hour policy, configurable per deployment ({@code benling.training.policy.*}); the defaults are
 * the regulation's (干部教育培训工作条例 2023 and the 2023–2027 national plan).
 */
@ConfigMapping(prefix = "benling.training.policy")
public interface TrainingPolicyConfig {

    @WithDefault("5")
    int rollingWindowYears();

    @WithDefault("550")
    BigDecimal rollingHours();

    @WithDefault("90")
    int rollingOffJobDays();

    @WithDefault("12")
    int promotionGraceMonths();

    @WithDefault("90")
    BigDecimal annualHours();

    @WithDefault("12")
    int annualOffJobDays();

    @WithDefault("50")
    BigDecimal onlineAnnualHours();

    @WithDefault("7")
    int leaveLimitDenominator();

    @WithDefault("30")
    int fullModuleMinutes();

    @WithDefault("15")
    int halfModuleMinutes();

    @WithDefault("1")
    BigDecimal fullModuleCredit();

    @WithDefault("0.5")
    BigDecimal halfModuleCredit();

    @WithDefault("0.25")
    BigDecimal shortModuleCredit();

    @WithDefault("0.5")
    BigDecimal passedTestCredit();

    /** the score (of 100) at which a module test is passed and earns its credit */
    @WithDefault("60")
    BigDecimal testPassMark();

    /** COUNTS_AS_LEAVE (toward the 1/7 limit) or FAILS (any unexcused absence fails the class) */
    @WithDefault("COUNTS_AS_LEAVE")
    TrainingPolicy.UnexcusedAbsence unexcusedAbsence();

    /** the five-year 学时 count off-the-job training only (online hours count toward the online requirement) */
    @WithDefault("true")
    boolean rollingOffJobOnly();

    @ApplicationScoped
    class Producer {
        @Produces
        @jakarta.inject.Singleton
        TrainingPolicy policy(TrainingPolicyConfig c) {
            return new TrainingPolicy(c.rollingWindowYears(), c.rollingHours(), c.rollingOffJobDays(),
                    c.promotionGraceMonths(), c.annualHours(), c.annualOffJobDays(), c.onlineAnnualHours(),
                    c.leaveLimitDenominator(), c.fullModuleMinutes(), c.halfModuleMinutes(), c.fullModuleCredit(),
                    c.halfModuleCredit(), c.shortModuleCredit(), c.passedTestCredit(), c.testPassMark(),
                    c.unexcusedAbsence(), c.rollingOffJobOnly());
        }
    }
}
