package org.benling.selection.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.benling.selection.domain.rules.SelectionPolicy;
import org.benling.selection.domain.rules.TalentGrid;
import org.benling.selection.domain.rules.WorkingCalendar;

/**
 * The selection rules' numbers ({@code benling.selection.policy.*}, the regulation's values by default; see
 * {@link SelectionPolicy}) and the working-day calendar ({@code benling.calendar.*}: the State Council's holidays and
 * the weekend days worked in their place, as the operator configures them each year).
 */
public final class SelectionConfig {

    private SelectionConfig() {
    }

    @ConfigMapping(prefix = "benling.selection.policy")
    public interface Policy {
        /** 讨论决定: 三分之二以上成员到会 (党政领导干部选拔任用工作条例) */
        @WithDefault("2")
        int quorumNumerator();

        @WithDefault("3")
        int quorumDenominator();

        /** 任职前公示期不少于五个工作日 (条例) */
        @WithDefault("5")
        int publicityWorkingDays();

        /** 由副职提任正职的，应当在副职岗位工作两年以上 (条例) */
        @WithDefault("2")
        int deputyToChiefYears();

        /** 由下级正职提任上级副职的，应当在下级正职岗位工作三年以上 (条例) */
        @WithDefault("3")
        int chiefToHigherYears();

        @WithDefault("2")
        int horizonYears();

        @WithDefault("10")
        int closeGapPoints();

        /** 后备干部入库: 近三年年度考核结果均为称职以上等次 (条例第八条), a pool's default */
        @WithDefault("3")
        int poolGradeYears();
    }

    /** 人才盘点九宫格's potential bands (the bureau's own choice, not a regulation's): a mean score of at least high … */
    @ConfigMapping(prefix = "benling.selection.grid")
    public interface Grid {
        @WithDefault("80")
        int high();

        /** … and below low */
        @WithDefault("65")
        int low();
    }

    /** Online voting (an operating choice, not a regulation's). */
    @ConfigMapping(prefix = "benling.selection.voting")
    public interface Voting {
        /**
         * How long after its close a session's codes are still recognised, answered "voting closed" rather than "no
         * such code": a typed code is looked for only under the secrets of the sessions open or closed since.
         */
        @WithDefault("30")
        int closedCodesKnownDays();
    }

    @ConfigMapping(prefix = "benling.calendar")
    public interface Calendar {
        Optional<List<LocalDate>> holidays();

        Optional<List<LocalDate>> workdays();
    }

    @ApplicationScoped
    static class Producers {

        @Produces
        @Singleton
        SelectionPolicy policy(Policy p) {
            return new SelectionPolicy(p.quorumNumerator(), p.quorumDenominator(), p.publicityWorkingDays(),
                    p.deputyToChiefYears(), p.chiefToHigherYears(), p.horizonYears(), p.closeGapPoints(),
                    p.poolGradeYears());
        }

        @Produces
        @Singleton
        TalentGrid.Bounds gridBounds(Grid g) {
            return new TalentGrid.Bounds(g.high(), g.low());
        }

        @Produces
        @Singleton
        WorkingCalendar calendar(Calendar c) {
            return new WorkingCalendar(Set.copyOf(c.holidays().orElse(List.of())),
                    Set.copyOf(c.workdays().orElse(List.of())));
        }
    }
}
