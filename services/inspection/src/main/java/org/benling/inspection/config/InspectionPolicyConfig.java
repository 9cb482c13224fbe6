package org.benling.inspection.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.benling.inspection.domain.rules.InspectionPolicy;
import org.benling.inspection.domain.rules.MeasureType;

/**
 * Inspection policy ({@code benling.inspection.policy.*}); defaults: 巡视工作条例 (full coverage within a five-year
 * term), rectification reports within 2 months of feedback, influence periods of 公职人员政务处分法 / 组织处理规定.
 */
@ConfigMapping(prefix = "benling.inspection.policy")
public interface InspectionPolicyConfig {

    @WithDefault("5")
    int termYears();

    @WithDefault("2023")
    int termStartYear();

    @WithDefault("2")
    int rectificationMonths();

    @WithDefault("政治建设,全面从严治党,选人用人,作风建设,安全监管,行业监管,财务管理,意识形态")
    List<String> categories();

    /** months of influence per measure type, e.g. {@code WARNING:6} */
    @WithDefault("TALK_REMINDER:0,CRITICISM_EDUCATION:0,WRITTEN_INQUIRY:0,ADMONISHMENT:6,WARNING:6,DEMERIT:12,"
            + "MAJOR_DEMERIT:18,DEMOTION:24,REMOVAL:24,CASE_FILED:24")
    List<String> influenceMonths();

    @ApplicationScoped
    class Producer {
        @Produces
        @jakarta.inject.Singleton
        InspectionPolicy policy(InspectionPolicyConfig c) {
            Map<MeasureType, Integer> months = new EnumMap<>(MeasureType.class);
            for (String entry : c.influenceMonths()) {
                String[] parts = entry.split(":");
                if (parts.length != 2) {
                    throw new IllegalStateException("benling.inspection.policy.influence-months: '" + entry
                            + "' is not TYPE:MONTHS");
                }
                months.put(MeasureType.valueOf(parts[0].strip()), Integer.parseInt(parts[1].strip()));
            }
            for (MeasureType type : MeasureType.values()) {
                if (!months.containsKey(type)) {
                    throw new IllegalStateException("benling.inspection.policy.influence-months: no entry for " + type
                            + " (a measure without influence period needs " + type + ":0)");
                }
            }
            return new InspectionPolicy(c.termYears(), c.termStartYear(), c.rectificationMonths(), c.categories(), months);
        }
    }
}
