package org.benling.rotation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.benling.contracts.Capability;
import org.benling.contracts.rotation.PostingApproved.PostingType;
import org.benling.rotation.domain.rules.Region;
import org.benling.rotation.domain.rules.RotationPolicy;

/**
 * Rotation policy ({@code benling.rotation.policy.*}); defaults: 党政领导干部交流工作规定 (10 years in the same post),
 * local rules (5 for key posts), postings of 1–2 years, a care check-in each quarter.
 */
@ConfigMapping(prefix = "benling.rotation.policy")
public interface RotationPolicyConfig {

    @WithDefault("10")
    int tenureYears();

    @WithDefault("5")
    int keyPostTenureYears();

    @WithDefault("财务,人事,组织部,审计,采购,基建,纪检")
    List<String> keyPostKeywords();

    @WithDefault("12")
    int soonDueMonths();

    @WithDefault("6")
    int minMonths();

    @WithDefault("36")
    int maxMonths();

    @WithDefault("90")
    int checkInIntervalDays();

    /** capability → posting types that build it, e.g. {@code MASS_WORK:POVERTY_ALLEVIATION|TEMPORARY_POST} */
    @WithDefault("POLITICAL_LEADERSHIP:INSPECTION_DUTY|TEMPORARY_POST,"
            + "REFORM_INNOVATION:NATIONAL_STRATEGY_REGION|CROSS_REGION_EXCHANGE,"
            + "SCIENTIFIC_DEVELOPMENT:NATIONAL_STRATEGY_REGION|CROSS_REGION_EXCHANGE,"
            + "LAW_BASED_GOVERNANCE:INSPECTION_DUTY|CROSS_DEPARTMENT,"
            + "MASS_WORK:POVERTY_ALLEVIATION|TEMPORARY_POST,"
            + "IMPLEMENTATION:TEMPORARY_POST|JOB_ROTATION,"
            + "RISK_MANAGEMENT:JOB_ROTATION|POVERTY_ALLEVIATION")
    List<String> practiceBuilds();

    @WithDefault("5")
    int rotationRateYears();

    @WithDefault("0.5")
    double gapWeight();

    @WithDefault("0.3")
    double tenureWeight();

    @WithDefault("0.2")
    double regionWeight();

    @WithDefault("11,12,13,21,31,32,33,35,37,44,46")
    List<String> eastProvinces();

    @WithDefault("14,22,23,34,36,41,42,43")
    List<String> centralProvinces();

    @WithDefault("15,45,50,51,52,53,54,61,62,63,64,65")
    List<String> westProvinces();

    @ApplicationScoped
    class Producer {
        @Produces
        @jakarta.inject.Singleton
        RotationPolicy policy(RotationPolicyConfig c) {
            return new RotationPolicy(c.tenureYears(), c.keyPostTenureYears(), c.keyPostKeywords(), c.soonDueMonths(),
                    c.minMonths(), c.maxMonths(), c.checkInIntervalDays(), practiceBuilds(c.practiceBuilds()),
                    c.rotationRateYears(), c.gapWeight(), c.tenureWeight(), c.regionWeight(),
                    Map.of(Region.EAST, c.eastProvinces(), Region.CENTRAL, c.centralProvinces(), Region.WEST,
                            c.westProvinces()));
        }

        static Map<Capability, Set<PostingType>> practiceBuilds(List<String> entries) {
            Map<Capability, Set<PostingType>> map = new EnumMap<>(Capability.class);
            for (String entry : entries) {
                String[] parts = entry.split(":");
                if (parts.length != 2) {
                    throw new IllegalStateException("benling.rotation.policy.practice-builds: '" + entry
                            + "' is not CAPABILITY:TYPE|TYPE");
                }
                Set<PostingType> types = EnumSet.noneOf(PostingType.class);
                for (String type : parts[1].split("\\|")) {
                    types.add(PostingType.valueOf(type.strip()));
                }
                map.put(Capability.valueOf(parts[0].strip()), types);
            }
            return map;
        }
    }
}
