package org.benling.training.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.benling.contracts.Capability;
import org.benling.contracts.personnel.RankLevel;
import org.benling.contracts.training.TrainingCompleted;
import org.benling.training.domain.rules.TrainingPolicy;

/**
 * A believable training history of one demo cadre over the policy's rolling window (five years), the same for the same
 * cadre, date and catalogue. Most cadres keep up (their yearly online hours and a class or two a year reach the rank's
 * requirement); some fell behind this year; a few are short every year — and a division-level cadre promoted within
 * the grace period has done too little yet, as the newly promoted often have. The statuses follow from the real rule
 * ({@code HoursCompliance}) applied to what is generated, never set here.
 */
public final class TrainingHistory {

    /** How a cadre trains, drawn from the cadre's id. */
    public enum Habit {
        /** keeps up every year */
        DILIGENT,
        /** kept up until this year, behind its pace now */
        BEHIND_THIS_YEAR,
        /** short every year */
        SHORT,
        /** promoted to division level within the grace period, short of the five-year total so far */
        NEWLY_PROMOTED
    }

    /** A class or course of the catalogue the history can draw on (online courses excluded). */
    public record Offering(UUID courseId, String title, Set<Capability> capabilities, BigDecimal hours, int offJobDays,
            String provider) {
    }

    /** One record to enter. */
    public record Entry(UUID courseId, String title, TrainingCompleted.Source source, Set<Capability> capabilities,
            BigDecimal hours, boolean online, int offJobDays, LocalDate completedOn, String provider) {
    }

    /** Network-academy courses (fictional titles of real kinds), with the capabilities they train. */
    private static final List<Offering> ONLINE = List.of(
            online("学习贯彻习近平新时代中国特色社会主义思想网络专题班", Capability.POLITICAL_LEADERSHIP, Capability.LEARNING),
            online("习近平法治思想专题网络培训", Capability.LAW_BASED_GOVERNANCE, Capability.POLITICAL_LEADERSHIP),
            online("数字政府建设与数据安全网络课程", Capability.SCIENTIFIC_DEVELOPMENT, Capability.RISK_MANAGEMENT),
            online("邮政快递业高质量发展专题网络课程", Capability.REFORM_INNOVATION, Capability.SCIENTIFIC_DEVELOPMENT),
            online("新时代群众工作方法网络课程", Capability.MASS_WORK, Capability.IMPLEMENTATION),
            online("统筹发展和安全专题网络培训", Capability.RISK_MANAGEMENT, Capability.IMPLEMENTATION));

    private static final String NETWORK_ACADEMY = "中国干部网络学院";

    private TrainingHistory() {
    }

    private static Offering online(String title, Capability... capabilities) {
        return new Offering(null, title, Set.of(capabilities), BigDecimal.ZERO, 0, NETWORK_ACADEMY);
    }

    /** The cadre's habit: about three in four diligent, one in six behind this year, the rest short. */
    public static Habit habit(UUID cadreId, RankLevel rank, LocalDate rankSince, LocalDate today, TrainingPolicy policy) {
        Random random = random(cadreId);
        int roll = random.nextInt(100);
        boolean newlyPromoted = rank.tier() == RankLevel.Tier.DIVISION_AND_ABOVE && rankSince != null
                && rankSince.isAfter(today.minusMonths(policy.promotionGraceMonths()));
        if (newlyPromoted && roll < 70) {
            return Habit.NEWLY_PROMOTED;
        }
        return roll < 74 ? Habit.DILIGENT : roll < 90 ? Habit.BEHIND_THIS_YEAR : Habit.SHORT;
    }

    /** The records of the five years up to {@code today}, oldest first. */
    public static List<Entry> of(UUID cadreId, RankLevel rank, LocalDate rankSince, LocalDate today,
            TrainingPolicy policy, List<Offering> catalogue) {
        Habit habit = habit(cadreId, rank, rankSince, today, policy);
        Random random = random(cadreId);
        random.nextInt(100); // the habit's draw
        boolean division = rank.tier() == RankLevel.Tier.DIVISION_AND_ABOVE;
        List<Entry> entries = new ArrayList<>();
        int firstYear = today.getYear() - policy.rollingWindowYears() + 1;
        for (int year = firstYear; year <= today.getYear(); year++) {
            boolean thisYear = year == today.getYear();
            LocalDate from = LocalDate.of(year, 1, 10);
            LocalDate to = thisYear ? today.minusDays(3) : LocalDate.of(year, 12, 20);
            if (to.isBefore(from)) {
                continue;
            }
            boolean keepsUp = habit == Habit.DILIGENT || (habit == Habit.BEHIND_THIS_YEAR && !thisYear);
            // the newly promoted kept up the online hours, but their classes were a section-level cadre's
            boolean keepsUpOnline = keepsUp || habit == Habit.NEWLY_PROMOTED;
            int online = keepsUpOnline ? policy.onlineAnnualHours().intValue() + random.nextInt(13)
                    : 14 + random.nextInt(16);
            int offline = habit == Habit.NEWLY_PROMOTED ? 20 + random.nextInt(16)
                    // the division's 550 in five years are off-the-job hours (the policy's default): 110 a year
                    : keepsUp ? (division ? 112 + random.nextInt(36) : 44 + random.nextInt(30)) : 8 + random.nextInt(20);
            addOnline(entries, online, from, to, random);
            addOffline(entries, offline, from, to, catalogue, random);
        }
        entries.sort(java.util.Comparator.comparing(Entry::completedOn));
        return entries;
    }

    /**
     * The network academy's yearly learning record (its annual certificate: the year's online hours over its courses),
     * training the capabilities of two of them.
     */
    private static void addOnline(List<Entry> entries, int hours, LocalDate from, LocalDate to, Random random) {
        Offering first = ONLINE.get(random.nextInt(ONLINE.size()));
        Offering second = ONLINE.get(random.nextInt(ONLINE.size()));
        Set<Capability> capabilities = EnumSet.copyOf(first.capabilities());
        capabilities.addAll(second.capabilities());
        String title = from.getYear() + " 年度网络培训：" + first.title() + (first == second ? "" : "等");
        entries.add(new Entry(null, title, TrainingCompleted.Source.ONLINE, capabilities,
                BigDecimal.valueOf(hours).setScale(2), true, 0, between(from, to, random), NETWORK_ACADEMY));
    }

    /** Classes of the catalogue until the year's off-the-job hours are reached (the last one may go beyond). */
    private static void addOffline(List<Entry> entries, int hours, LocalDate from, LocalDate to, List<Offering> catalogue,
            Random random) {
        // a class of two days or more and at most a fortnight: a year holds one to three of them
        List<Offering> fitting = catalogue.stream().filter(o -> o.hours().intValue() >= 16 && o.hours().intValue() <= 80).toList();
        if (fitting.isEmpty()) {
            return;
        }
        int done = 0;
        while (done < hours) {
            Offering o = fitting.get(random.nextInt(fitting.size()));
            entries.add(new Entry(o.courseId(), o.title(), TrainingCompleted.Source.EXTERNAL, o.capabilities(),
                    o.hours().setScale(2), false, o.offJobDays(), between(from, to, random), o.provider()));
            done += o.hours().intValue();
        }
    }

    private static LocalDate between(LocalDate from, LocalDate to, Random random) {
        return from.plusDays(random.nextInt((int) (to.toEpochDay() - from.toEpochDay()) + 1));
    }

    private static Random random(UUID cadreId) {
        return new Random(cadreId.getMostSignificantBits() * 31 + cadreId.getLeastSignificantBits());
    }
}
