package org.benling.rotation.domain.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Key posts (人财物等重要岗位) by position title")
class RotationPolicyTest {

    private static final RotationPolicy POLICY = RotationPolicy.defaults();

    @ParameterizedTest(name = "\"{0}\" is a key post")
    @ValueSource(strings = { "财务处处长", "人事处副处长", "组织部部长", "审计处处长", "采购中心主任", "基建办主任", "纪检组组长" })
    @DisplayName("a title naming finance, personnel, organisation, audit, procurement, construction or discipline inspection is a key post")
    void keyPostTitles(String title) {
        assertTrue(POLICY.keyPost(title));
    }

    @ParameterizedTest(name = "\"{0}\" is not a key post")
    @ValueSource(strings = { "办公室主任", "政策法规司司长", "信息中心副主任", "国际组织合作处处长", "" })
    @DisplayName("other titles are ordinary posts (10-year limit)")
    void ordinaryTitles(String title) {
        assertFalse(POLICY.keyPost(title));
    }

    @Test
    @DisplayName("a missing position title is not a key post")
    void noTitle() {
        assertFalse(POLICY.keyPost(null));
    }

    @Test
    @DisplayName("the key-post keywords come from the policy")
    void customKeywords() {
        RotationPolicy d = POLICY;
        RotationPolicy custom = new RotationPolicy(d.tenureYears(), d.keyPostTenureYears(), java.util.List.of("办公室"),
                d.soonDueMonths(), d.minMonths(), d.maxMonths(), d.checkInIntervalDays(), d.practiceBuilds(),
                d.rotationRateYears(), d.gapWeight(), d.tenureWeight(), d.regionWeight(), d.provinces());
        assertTrue(custom.keyPost("办公室主任"));
        assertFalse(custom.keyPost("财务处处长"));
    }
}
