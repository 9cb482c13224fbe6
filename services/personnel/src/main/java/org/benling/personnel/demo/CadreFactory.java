package org.benling.personnel.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;

import org.benling.contracts.personnel.CadreCategory;
import org.benling.contracts.personnel.Education;
import org.benling.contracts.personnel.Gender;
import org.benling.contracts.personnel.PoliticalStatus;
import org.benling.contracts.personnel.RankLevel;

/** Invents a plausible biography for the holder of a post: age, gender, education, career dates and categories. */
final class CadreFactory {

    /** Share of leadership posts held for 10 to 14 years, so that tenure alerts (任职满十年交流) have work. */
    private static final double LONG_TENURE_RATE = 0.10;

    private final LocalDate today;
    private final ChineseNames names;

    CadreFactory(LocalDate today, ChineseNames names) {
        this.today = today;
        this.names = names;
    }

    /**
     * The fixed demo login {@code cadre-demo}: a mid-career section-level official in the general office of the
     * Guangdong administration. Dates are relative to {@code today} so that they stay consistent for any date.
     */
    DemoCadre demoCadre(String employeeNumber, DemoUnit unit) {
        String name = "陈思远";
        names.reserve(name);
        int year = today.getYear();
        LocalDate birth = LocalDate.of(year - 37, 3, 15);
        return new DemoCadre(employeeNumber, name, Gender.MALE, birth, unit.code(),
                unit.name() + "办公室一级主任科员", RankLevel.SECTION_PRINCIPAL,
                LocalDate.of(year - 5, 4, 1), LocalDate.of(year - 3, 12, 1),
                EnumSet.of(CadreCategory.YOUNG_AND_MIDDLE_AGED, CadreCategory.RESERVE), PoliticalStatus.CPC_MEMBER,
                Education.MASTER, LocalDate.of(birth.getYear() + 25, 7, 10));
    }

    DemoCadre create(String employeeNumber, DemoUnit unit, Post post, Random random) {
        RankLevel rank = post.rankLevel();
        Gender gender = random.nextDouble() < femaleRate(rank) ? Gender.FEMALE : Gender.MALE;
        boolean longTenure = post.leadership() && random.nextDouble() < LONG_TENURE_RATE;
        Education education = education(rank, random);
        int startAge = startAge(education, random);
        int lowest = Math.max(minAge(rank), startAge + minServiceYears(rank) + (longTenure ? 10 : 0) + 1);
        if (lowest > maxAge(rank) && longTenure) {
            longTenure = false;
            lowest = Math.max(minAge(rank), startAge + minServiceYears(rank) + 1);
        }
        while (lowest > maxAge(rank)) { // a late starter cannot have reached the rank yet: lower the education
            education = Education.values()[education.ordinal() + 1];
            startAge = startAge(education, random);
            lowest = Math.max(minAge(rank), startAge + minServiceYears(rank) + 1);
        }
        int age = triangular(lowest, maxAge(rank), random);
        LocalDate birth = today.minusYears(age).minusDays(1 + random.nextInt(364));
        LocalDate joined = LocalDate.of(birth.getYear() + startAge, 7 + random.nextInt(2), 1 + random.nextInt(28));
        if (!joined.isAfter(birth)) {
            joined = birth.plusYears(startAge);
        }

        LocalDate earliestRank = min(joined.plusYears(minServiceYears(rank)), today);
        LocalDate rankSince;
        LocalDate postSince;
        if (longTenure) {
            LocalDate from = max(earliestRank, today.minusYears(14));
            LocalDate to = max(from, today.minusYears(10).minusDays(30));
            rankSince = between(from, to, random);
            postSince = min(rankSince.plusDays(random.nextInt(90)), today.minusYears(10));
            postSince = max(postSince, rankSince);
        } else {
            LocalDate from = max(earliestRank, today.minusYears(10).plusDays(1));
            rankSince = between(from, max(from, today.minusDays(30)), random);
            if (post.leadership()) {
                postSince = between(rankSince, min(rankSince.plusYears(2), today), random);
            } else {
                postSince = between(max(joined, today.minusYears(12)), today, random);
            }
        }
        rankSince = min(rankSince, today);
        postSince = min(postSince, today);

        String name = names.next(gender, birth.getYear(), random);
        return new DemoCadre(employeeNumber, name, gender, birth, unit.code(), post.title(), rank, postSince,
                rankSince, categories(rank, age, random), politicalStatus(rank, age, random), education, joined);
    }

    private static double femaleRate(RankLevel rank) {
        return switch (rank.tier()) {
            case DIVISION_AND_ABOVE -> rank.ordinal() <= RankLevel.BUREAU_DEPUTY.ordinal() ? 0.15 : 0.28;
            case SECTION_AND_BELOW -> 0.42;
        };
    }

    private static Education education(RankLevel rank, Random random) {
        int[] weights = switch (rank) { // DOCTORATE, MASTER, BACHELOR, JUNIOR_COLLEGE, SECONDARY
            case BUREAU_PRINCIPAL, BUREAU_DEPUTY -> new int[] {10, 48, 40, 2, 0};
            case DIVISION_PRINCIPAL, DIVISION_DEPUTY -> new int[] {5, 42, 48, 5, 0};
            case SECTION_PRINCIPAL, SECTION_DEPUTY -> new int[] {2, 36, 55, 6, 1};
        };
        int roll = random.nextInt(100);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return Education.values()[i];
            }
        }
        return Education.BACHELOR;
    }

    private static int startAge(Education education, Random random) {
        return switch (education) {
            case DOCTORATE -> 28 + random.nextInt(3);
            case MASTER -> 24 + random.nextInt(3);
            case BACHELOR -> 22 + random.nextInt(2);
            case JUNIOR_COLLEGE -> 20 + random.nextInt(2);
            case SECONDARY -> 18 + random.nextInt(2);
        };
    }

    private static int minAge(RankLevel rank) {
        return switch (rank) {
            case BUREAU_PRINCIPAL -> 47;
            case BUREAU_DEPUTY -> 43;
            case DIVISION_PRINCIPAL -> 35;
            case DIVISION_DEPUTY -> 31;
            case SECTION_PRINCIPAL, SECTION_DEPUTY -> 28;
        };
    }

    private static int maxAge(RankLevel rank) {
        return switch (rank) {
            case SECTION_DEPUTY -> 52;
            case SECTION_PRINCIPAL, DIVISION_DEPUTY -> 58;
            default -> 59;
        };
    }

    /** Typical minimum years of service before reaching the rank. */
    private static int minServiceYears(RankLevel rank) {
        return switch (rank) {
            case BUREAU_PRINCIPAL -> 20;
            case BUREAU_DEPUTY -> 16;
            case DIVISION_PRINCIPAL -> 11;
            case DIVISION_DEPUTY -> 8;
            case SECTION_PRINCIPAL -> 4;
            case SECTION_DEPUTY -> 2;
        };
    }

    private static Set<CadreCategory> categories(RankLevel rank, int age, Random random) {
        Set<CadreCategory> categories = EnumSet.noneOf(CadreCategory.class);
        if (rank.ordinal() <= RankLevel.BUREAU_DEPUTY.ordinal()) {
            categories.add(CadreCategory.PARTY_GROUP_MANAGED);
        }
        if (age <= 45 && random.nextDouble() < 0.5) {
            categories.add(CadreCategory.YOUNG_AND_MIDDLE_AGED);
        }
        int youngLimit = switch (rank) {
            case BUREAU_PRINCIPAL -> 0;
            case BUREAU_DEPUTY -> 45;
            case DIVISION_PRINCIPAL -> 40;
            case DIVISION_DEPUTY -> 36;
            case SECTION_PRINCIPAL -> 33;
            case SECTION_DEPUTY -> 30;
        };
        boolean outstanding = age <= youngLimit && random.nextDouble() < 0.45;
        if (outstanding) {
            categories.add(CadreCategory.OUTSTANDING_YOUNG);
        }
        if (rank != RankLevel.BUREAU_PRINCIPAL && age <= 52 && random.nextDouble() < (outstanding ? 0.5 : 0.1)) {
            categories.add(CadreCategory.RESERVE);
        }
        return categories;
    }

    private static PoliticalStatus politicalStatus(RankLevel rank, int age, Random random) {
        double roll = random.nextDouble();
        if (rank.ordinal() <= RankLevel.BUREAU_DEPUTY.ordinal() || roll < 0.90) {
            return PoliticalStatus.CPC_MEMBER;
        }
        if (roll < 0.935) {
            return PoliticalStatus.DEMOCRATIC_PARTY_MEMBER;
        }
        if (roll < 0.95) {
            return PoliticalStatus.NON_PARTY;
        }
        if (rank.tier() == RankLevel.Tier.SECTION_AND_BELOW) {
            return age < 35 && roll < 0.97 ? PoliticalStatus.CPC_PROBATIONARY_MEMBER : PoliticalStatus.MASSES;
        }
        return PoliticalStatus.CPC_MEMBER;
    }

    /** An integer in [low, high] with a triangular distribution peaking in the middle. */
    private static int triangular(int low, int high, Random random) {
        int span = high - low;
        return low + (random.nextInt(span + 1) + random.nextInt(span + 1) + 1) / 2;
    }

    private LocalDate between(LocalDate from, LocalDate to, Random random) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days <= 0 ? from : from.plusDays(random.nextInt((int) days + 1));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
