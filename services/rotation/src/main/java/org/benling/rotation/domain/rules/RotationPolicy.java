package org.benling.rotation.domain.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.benling.contracts.Capability;
import org.benling.contracts.rotation.PostingApproved.PostingType;

/**
 * The rotation rules' numbers (DOMAIN.md "Rotation and secondment"), configurable under
 * {@code benling.rotation.policy.*}.
 *
 * @param tenureYears          years in the same post after which a leader must rotate (党政领导干部交流工作规定: 10)
 * @param keyPostTenureYears   the same for key posts (local rules: 5)
 * @param keyPostKeywords      a position title containing one of these is a key post (人财物等重要岗位)
 * @param soonDueMonths        "soon due" this many months before the tenure limit
 * @param minMonths            shortest planned posting
 * @param maxMonths            longest planned posting (commonly 1–2 years)
 * @param checkInIntervalDays  care (人文关怀): a check-in at least this often during an active posting
 * @param practiceBuilds       capability → posting types that build it (gap proposals)
 * @param rotationRateYears    the rotation rate counts postings started in this many years
 * @param gapWeight            candidate ranking: weight of the capability-gap fit
 * @param tenureWeight         … of the time in the current post
 * @param regionWeight         … of an exchange across east / central / west
 * @param provinces            the two-digit province codes of each region (东中西部, 国家统计局 division)
 */
public record RotationPolicy(int tenureYears, int keyPostTenureYears, List<String> keyPostKeywords, int soonDueMonths,
        int minMonths, int maxMonths, int checkInIntervalDays, Map<Capability, Set<PostingType>> practiceBuilds,
        int rotationRateYears, double gapWeight, double tenureWeight, double regionWeight,
        Map<Region, List<String>> provinces) {

    public static RotationPolicy defaults() {
        return new RotationPolicy(10, 5, List.of("财务", "人事", "组织部", "审计", "采购", "基建", "纪检"), 12, 6, 36, 90,
                Map.of(Capability.POLITICAL_LEADERSHIP, Set.of(PostingType.INSPECTION_DUTY, PostingType.TEMPORARY_POST),
                        Capability.REFORM_INNOVATION, Set.of(PostingType.NATIONAL_STRATEGY_REGION, PostingType.CROSS_REGION_EXCHANGE),
                        Capability.SCIENTIFIC_DEVELOPMENT, Set.of(PostingType.NATIONAL_STRATEGY_REGION, PostingType.CROSS_REGION_EXCHANGE),
                        Capability.LAW_BASED_GOVERNANCE, Set.of(PostingType.INSPECTION_DUTY, PostingType.CROSS_DEPARTMENT),
                        Capability.MASS_WORK, Set.of(PostingType.POVERTY_ALLEVIATION, PostingType.TEMPORARY_POST),
                        Capability.IMPLEMENTATION, Set.of(PostingType.TEMPORARY_POST, PostingType.JOB_ROTATION),
                        Capability.RISK_MANAGEMENT, Set.of(PostingType.JOB_ROTATION, PostingType.POVERTY_ALLEVIATION)),
                5, 0.5, 0.3, 0.2, Map.of(
                        Region.EAST, List.of("11", "12", "13", "21", "31", "32", "33", "35", "37", "44", "46"),
                        Region.CENTRAL, List.of("14", "22", "23", "34", "36", "41", "42", "43"),
                        Region.WEST, List.of("15", "45", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65")));
    }

    /** The region of a unit by its code; see {@link Region#of}. */
    public java.util.Optional<Region> region(String unitCode) {
        return Region.of(unitCode, provinces);
    }

    public boolean keyPost(String positionTitle) {
        return positionTitle != null && keyPostKeywords.stream().anyMatch(positionTitle::contains);
    }
}
