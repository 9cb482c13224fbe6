package org.benling.personnel.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.benling.contracts.personnel.RankLevel;

/** One row of {@code demo/offices.tsv}: how a unit is headed and which offices it has. */
record PostTemplate(String scope, String headTitle, RankLevel headRank, String deputyTitle, RankLevel deputyRank,
        int minDeputies, int maxDeputies, RankLevel officeHeadRank, RankLevel officeDeputyRank,
        String inspectorTitle, RankLevel inspectorRank, StaffScheme staffScheme, List<String> offices) {

    /** Share of units whose head post is vacant and run by a deputy (副职主持工作). */
    private static final double DEPUTY_IN_CHARGE_RATE = 0.06;

    /** Rank-only grades (职级 / 管理岗位等级) given to non-leading staff. */
    enum StaffScheme {
        CIVIL_SERVANT(new String[] {"一级调研员", "二级调研员", "三级调研员", "四级调研员",
            "一级主任科员", "二级主任科员", "三级主任科员", "四级主任科员"},
                new RankLevel[] {RankLevel.DIVISION_PRINCIPAL, RankLevel.DIVISION_PRINCIPAL,
                    RankLevel.DIVISION_DEPUTY, RankLevel.DIVISION_DEPUTY, RankLevel.SECTION_PRINCIPAL,
                    RankLevel.SECTION_PRINCIPAL, RankLevel.SECTION_DEPUTY, RankLevel.SECTION_DEPUTY},
                new int[] {1, 2, 3, 3, 4, 4, 3, 2}, new int[] {0, 0, 0, 1, 4, 4, 4, 3}),
        INSTITUTION(new String[] {"五级职员", "六级职员", "七级职员", "八级职员"},
                new RankLevel[] {RankLevel.DIVISION_PRINCIPAL, RankLevel.DIVISION_DEPUTY,
                    RankLevel.SECTION_PRINCIPAL, RankLevel.SECTION_DEPUTY},
                new int[] {2, 3, 4, 3}, new int[] {0, 1, 4, 4});

        private final String[] titles;
        private final RankLevel[] ranks;
        private final int[] weightsUnderDivisionHeads;
        private final int[] weightsUnderSectionHeads;

        StaffScheme(String[] titles, RankLevel[] ranks, int[] underDivisionHeads, int[] underSectionHeads) {
            this.titles = titles;
            this.ranks = ranks;
            this.weightsUnderDivisionHeads = underDivisionHeads;
            this.weightsUnderSectionHeads = underSectionHeads;
        }

        /** Picks a grade; units whose offices are led at section level get no senior grades. */
        int pick(RankLevel officeHeadRank, Random random) {
            int[] weights = officeHeadRank.tier() == RankLevel.Tier.SECTION_AND_BELOW
                    ? weightsUnderSectionHeads : weightsUnderDivisionHeads;
            int total = 0;
            for (int w : weights) {
                total += w;
            }
            int roll = random.nextInt(total);
            for (int i = 0; i < weights.length; i++) {
                roll -= weights[i];
                if (roll < 0) {
                    return i;
                }
            }
            throw new AssertionError();
        }

        String title(int grade) {
            return titles[grade];
        }

        RankLevel rank(int grade) {
            return ranks[grade];
        }
    }

    static PostTemplate parse(String[] row) {
        String[] deputies = DemoResources.column(row, 5).split("-");
        String[] officeRanks = DemoResources.column(row, 6).split("/");
        String inspector = DemoResources.column(row, 7);
        String[] inspectorParts = inspector.equals("-") || inspector.isEmpty() ? null : inspector.split("/");
        List<String> offices = List.of(DemoResources.column(row, 9).split("、"));
        return new PostTemplate(DemoResources.column(row, 0), DemoResources.column(row, 1),
                RankLevel.valueOf(DemoResources.column(row, 2)), DemoResources.column(row, 3),
                RankLevel.valueOf(DemoResources.column(row, 4)), Integer.parseInt(deputies[0]),
                Integer.parseInt(deputies[1]), RankLevel.valueOf(officeRanks[0]), RankLevel.valueOf(officeRanks[1]),
                inspectorParts == null ? null : inspectorParts[0],
                inspectorParts == null ? null : RankLevel.valueOf(inspectorParts[1]),
                StaffScheme.valueOf(DemoResources.column(row, 8)), offices);
    }

    /**
     * The first {@code count} posts of the unit, most important first: the head, the deputies, the office heads,
     * one inspector, then office deputies alternating with staff, then staff only.
     */
    List<Post> posts(DemoUnit unit, int count, Random random) {
        List<Post> posts = new ArrayList<>(count);
        String prefix = unit.name();
        if (count <= 0) {
            return posts;
        }
        if (random.nextDouble() < DEPUTY_IN_CHARGE_RATE) {
            posts.add(new Post(prefix + deputyTitle + "（主持工作）", deputyRank, true));
        } else {
            posts.add(new Post(prefix + headTitle, headRank, true));
        }
        int deputies = minDeputies + random.nextInt(maxDeputies - minDeputies + 1);
        for (int i = 0; i < deputies && posts.size() < count; i++) {
            posts.add(new Post(prefix + deputyTitle, deputyRank, true));
        }
        for (int i = 0; i < offices.size() && posts.size() < count; i++) {
            posts.add(new Post(prefix + offices.get(i) + officeHeadTitle(offices.get(i), false), officeHeadRank, true));
        }
        if (inspectorTitle != null && posts.size() < count) {
            posts.add(new Post(prefix + inspectorTitle, inspectorRank, false));
        }
        for (int i = 0; posts.size() < count; i++) {
            String office = offices.get(i % offices.size());
            if (i < offices.size()) {
                posts.add(new Post(prefix + office + officeHeadTitle(office, true), officeDeputyRank, true));
            }
            if (posts.size() < count) {
                int grade = staffScheme.pick(officeHeadRank, random);
                posts.add(new Post(prefix + office + staffScheme.title(grade), staffScheme.rank(grade), false));
            }
        }
        return posts;
    }

    /** 处 and 科 are led by 处长 / 科长; 室, 部 and the like by a 主任. */
    static String officeHeadTitle(String office, boolean deputy) {
        String title;
        if (office.endsWith("处")) {
            title = "处长";
        } else if (office.endsWith("科")) {
            title = "科长";
        } else {
            title = "主任";
        }
        return deputy ? "副" + title : title;
    }
}
