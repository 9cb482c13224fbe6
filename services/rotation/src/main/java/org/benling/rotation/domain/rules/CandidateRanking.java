package org.benling.rotation.domain.rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Ranks eligible cadres for an open posting: how well it closes their capability gaps, how long they have been in
 * the same post, and whether it is an exchange across east / central / west. Each rank keeps its reasons.
 */
public final class CandidateRanking {

    public record OpenGap(Capability capability, int score, int threshold) {
    }

    public record Candidate(UUID cadreId, LocalDate postSince, boolean keyPost, Optional<Region> homeRegion,
            List<OpenGap> gaps) {
    }

    public record Opening(Set<Capability> capabilities, Optional<Region> region) {
    }

    @Schema(name = "RankedCandidate")
    public record Ranked(UUID cadreId, int rank, double score, double gapFit, double tenureFit, double regionFit,
            List<String> reasons) {
    }

    private CandidateRanking() {
    }

    public static List<Ranked> rank(Opening opening, List<Candidate> candidates, LocalDate today, RotationPolicy policy) {
        record Scored(Candidate c, double score, double gap, double tenure, double region, List<String> reasons) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Candidate c : candidates) {
            List<String> reasons = new ArrayList<>();
            double gap = 0;
            for (OpenGap g : c.gaps()) {
                if (opening.capabilities().contains(g.capability()) && g.score() < g.threshold()) {
                    gap += 0.5 + Math.min(0.5, Math.max(0, g.threshold() - g.score()) / 40.0);
                    reasons.add("能力短板：" + g.capability().chineseName() + " " + g.score() + " 分（阈值 " + g.threshold()
                            + "） / closes a " + g.capability().name() + " gap");
                }
            }
            gap = Math.min(1, gap);
            double tenure = 0;
            if (c.postSince() != null) {
                int limit = c.keyPost() ? policy.keyPostTenureYears() : policy.tenureYears();
                // calendar years and months, as Tenure counts them, shown rounded down (never the limit before it is reached)
                Period inPost = today.isBefore(c.postSince()) ? Period.ZERO : Period.between(c.postSince(), today);
                double years = inPost.getYears() + inPost.getMonths() / 12.0;
                tenure = Math.max(0, Math.min(1, years / limit));
                String shown = String.format(Locale.ROOT, "%.1f", Math.floor(years * 10) / 10);
                reasons.add("现岗任职 " + shown + " 年（满 " + limit + " 年须交流） / " + shown + " years in post of " + limit);
            }
            double region = 0;
            if (opening.region().isPresent() && c.homeRegion().isPresent()
                    && opening.region().get() != c.homeRegion().get()) {
                region = 1;
                reasons.add(c.homeRegion().get().chineseName() + " → " + opening.region().get().chineseName()
                        + " 交流 / exchange " + c.homeRegion().get() + " → " + opening.region().get());
            }
            double score = policy.gapWeight() * gap + policy.tenureWeight() * tenure + policy.regionWeight() * region;
            scored.add(new Scored(c, score, gap, tenure, region, reasons));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparing(s -> s.c().postSince(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(s -> s.c().cadreId().toString()));
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Scored s = scored.get(i);
            ranked.add(new Ranked(s.c().cadreId(), i + 1, round(s.score()), round(s.gap()), round(s.tenure()),
                    round(s.region()), List.copyOf(s.reasons())));
        }
        return ranked;
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
