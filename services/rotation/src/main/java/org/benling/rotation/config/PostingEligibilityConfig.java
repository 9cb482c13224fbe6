package org.benling.rotation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Set;
import org.benling.contracts.rotation.PostingApproved.PostingType;

/**
 * Which postings need a cadre eligible as a candidate ({@code benling.rotation.eligibility.*}): the practice
 * postings that are a step toward promotion; never 交流轮岗 (JOB_ROTATION), which the 10-year rule makes mandatory.
 */
@ConfigMapping(prefix = "benling.rotation.eligibility")
public interface PostingEligibilityConfig {

    @WithDefault("TEMPORARY_POST,POVERTY_ALLEVIATION,CROSS_REGION_EXCHANGE,NATIONAL_STRATEGY_REGION,CROSS_DEPARTMENT,"
            + "INSPECTION_DUTY")
    Set<PostingType> requiredFor();
}
