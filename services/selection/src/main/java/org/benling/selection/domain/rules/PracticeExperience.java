package org.benling.selection.domain.rules;

import java.util.EnumSet;
import java.util.Set;
import org.benling.contracts.rotation.PostingApproved.PostingType;
import org.benling.contracts.rotation.PostingCompleted.Evaluation;
import org.benling.selection.domain.rules.Readiness.Experience;

/**
 * The experience a practice posting gives (依事择人: a key post may ask for a posting in the west or at the grassroots),
 * once it is completed and not judged failed (不合格): a posting in a western province gives 西部地区 experience; 挂职扶贫
 * gives 乡村振兴（帮扶） and 基层 experience; 挂职锻炼 gives 基层 experience (the programme sends cadres to the front line,
 * DOMAIN.md "Rotation and secondment"); 东中西交流 gives 跨地区交流 experience. Other postings give none of these.
 */
public final class PracticeExperience {

    /** The region name rotation gives a western host province. */
    static final String WEST = "WEST";

    private PracticeExperience() {
    }

    /** What a posting of {@code type} in {@code region} (null: not known) completed with {@code evaluation} gives. */
    public static Set<Experience> of(PostingType type, String region, Evaluation evaluation) {
        Set<Experience> given = EnumSet.noneOf(Experience.class);
        if (evaluation == null || evaluation == Evaluation.FAILED) {
            return given;
        }
        if (WEST.equals(region)) {
            given.add(Experience.WESTERN_REGION);
        }
        switch (type) {
            case POVERTY_ALLEVIATION -> {
                given.add(Experience.POVERTY_ALLEVIATION);
                given.add(Experience.GRASSROOTS);
            }
            case TEMPORARY_POST -> given.add(Experience.GRASSROOTS);
            case CROSS_REGION_EXCHANGE -> given.add(Experience.CROSS_REGION_EXCHANGE);
            default -> {
            }
        }
        return given;
    }
}
