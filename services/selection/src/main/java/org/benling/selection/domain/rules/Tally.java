package org.benling.selection.domain.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.contracts.assessment.Grade;

/**
 * The count of a closed voting session, per voter category and weighted (DOMAIN.md: results are reported per category;
 * votes are anonymous). A category's share is over the ballots cast in it; the weighted share is the categories'
 * shares averaged by their weights, over the categories in which anyone voted, so that a category that stayed away
 * neither counts as zero nor shifts the others' weights. Shares are kept to four decimals.
 */
public final class Tally {

    /** A voter category of the session (班子成员, 中层干部, 职工代表 …) with its weight and how many codes it was given. */
    public record Category(String code, BigDecimal weight, int voters) {
        public Category {
            if (weight.signum() <= 0 || voters < 0) {
                throw new IllegalArgumentException("a category weighs more than nothing: " + code);
            }
        }
    }

    /** A person's count in one category: the ballots cast there, and the ones that recommended (or approved) them. */
    public record Share(int cast, int count, BigDecimal share) {
    }

    /** 民主推荐: a person's recommendations per category, and the weighted share that ranks them. */
    public record Recommended(UUID candidate, Map<String, Share> byCategory, BigDecimal weighted) {
    }

    /** 民主测评: a person's grades per category, the approval (优秀 and 称职) per category and weighted. */
    public record Evaluated(UUID candidate, Map<String, Map<Grade, Integer>> grades, Map<String, Share> approval,
            BigDecimal weighted) {
    }

    private Tally() {
    }

    /** Turnout per category: ballots cast of codes given. */
    public static Map<String, BigDecimal> turnout(List<Category> categories, Map<String, Integer> cast) {
        Map<String, BigDecimal> turnout = new LinkedHashMap<>();
        for (Category c : categories) {
            turnout.put(c.code(), ratio(cast.getOrDefault(c.code(), 0), c.voters()));
        }
        return turnout;
    }

    /**
     * @param cast  ballots cast per category
     * @param votes per person, the ballots of each category that recommended them
     * @return the people by weighted share, highest first (ties by id, for a stable order)
     */
    public static List<Recommended> recommendation(List<Category> categories, Map<String, Integer> cast,
            Map<UUID, Map<String, Integer>> votes) {
        return votes.entrySet().stream().map(e -> {
            Map<String, Share> shares = shares(categories, cast, e.getValue());
            return new Recommended(e.getKey(), shares, weighted(categories, shares));
        }).sorted(Comparator.comparing(Recommended::weighted).reversed().thenComparing(Recommended::candidate)).toList();
    }

    /**
     * @param grades per person, per category, how many ballots gave each grade (a ballot may leave a person out)
     * @return the people in the order given
     */
    public static List<Evaluated> evaluation(List<Category> categories, Map<UUID, Map<String, Map<Grade, Integer>>> grades) {
        return grades.entrySet().stream().map(e -> {
            Map<String, Map<Grade, Integer>> byCategory = new LinkedHashMap<>();
            Map<String, Integer> graded = new LinkedHashMap<>();
            Map<String, Integer> approving = new LinkedHashMap<>();
            for (Category c : categories) {
                Map<Grade, Integer> counts = new EnumMap<>(Grade.class);
                for (Grade g : Grade.values()) {
                    counts.put(g, e.getValue().getOrDefault(c.code(), Map.of()).getOrDefault(g, 0));
                }
                byCategory.put(c.code(), counts);
                graded.put(c.code(), counts.values().stream().mapToInt(Integer::intValue).sum());
                approving.put(c.code(), counts.get(Grade.EXCELLENT) + counts.get(Grade.COMPETENT));
            }
            Map<String, Share> approval = shares(categories, graded, approving);
            return new Evaluated(e.getKey(), byCategory, approval, weighted(categories, approval));
        }).toList();
    }

    private static Map<String, Share> shares(List<Category> categories, Map<String, Integer> cast,
            Map<String, Integer> counts) {
        Map<String, Share> shares = new LinkedHashMap<>();
        for (Category c : categories) {
            int n = cast.getOrDefault(c.code(), 0);
            int k = counts.getOrDefault(c.code(), 0);
            if (k > n) {
                throw new IllegalArgumentException("more votes than ballots in " + c.code() + ": " + k + " > " + n);
            }
            shares.put(c.code(), new Share(n, k, ratio(k, n)));
        }
        return shares;
    }

    private static BigDecimal weighted(List<Category> categories, Map<String, Share> shares) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (Category c : categories) {
            Share s = shares.get(c.code());
            if (s.cast() > 0) {
                sum = sum.add(c.weight().multiply(BigDecimal.valueOf(s.count())).divide(BigDecimal.valueOf(s.cast()), 10,
                        RoundingMode.HALF_UP));
                weights = weights.add(c.weight());
            }
        }
        return weights.signum() == 0 ? BigDecimal.ZERO.setScale(4) : sum.divide(weights, 4, RoundingMode.HALF_UP);
    }

    private static BigDecimal ratio(int count, int of) {
        return of == 0 ? BigDecimal.ZERO.setScale(4)
                : BigDecimal.valueOf(count).divide(BigDecimal.valueOf(of), 4, RoundingMode.HALF_UP);
    }
}
