package org.benling.inspection.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.math.BigDecimal;
import java.time.MonthDay;
import org.benling.inspection.domain.rules.PersonalMattersPolicy;

/**
 * 个人有关事项报告 policy ({@code benling.inspection.personal-matters.*}); defaults: 领导干部报告个人有关事项规定 (the
 * yearly report by 31 January, a change within 30 days, 10% drawn for the random spot-check, 瞒报 no promotion for
 * 12 months); cadres are asked from 1 January (local practice).
 */
@ConfigMapping(prefix = "benling.inspection.personal-matters")
public interface PersonalMattersConfig {

    /** {@code --MM-DD}. */
    @WithDefault("--01-31")
    String annualDue();

    @WithDefault("30")
    int changeDays();

    @WithDefault("0.10")
    BigDecimal spotCheckRate();

    @WithDefault("12")
    int concealmentMonths();

    /** {@code --MM-DD}: the day cadres are asked for the year's report (local practice). */
    @WithDefault("--01-01")
    String seasonOpens();

    @ApplicationScoped
    class Producer {
        @Produces
        @jakarta.inject.Singleton
        PersonalMattersPolicy policy(PersonalMattersConfig c) {
            return new PersonalMattersPolicy(MonthDay.parse(c.annualDue()), c.changeDays(), c.spotCheckRate(),
                    c.concealmentMonths(), MonthDay.parse(c.seasonOpens()));
        }
    }
}
