package org.benling.inspection.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.benling.contracts.supervision.MeasureCatalog;
import org.benling.contracts.supervision.MeasureType;
import org.benling.inspection.domain.rules.InspectionPolicy;

/**
 * Inspection policy ({@code benling.inspection.policy.*}); defaults: 巡视工作条例 (full coverage within a five-year
 * term), rectification reports within 2 months of feedback, the measure catalogue of DOMAIN.md (党纪处分条例,
 * 公职人员政务处分法, 组织处理规定).
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

    /**
     * Rows of the measure catalogue that differ from the regulations, as {@code TYPE=influence;effects}: e.g.
     * {@code benling.inspection.policy.catalogue.ADMONISHMENT=12;NO_EXCELLENT} ({@code MeasureRule.parse}).
     */
    Map<String, String> catalogue();

    @ApplicationScoped
    class Producer {
        @Produces
        @jakarta.inject.Singleton
        InspectionPolicy policy(InspectionPolicyConfig c) {
            Map<MeasureType, String> rows = new EnumMap<>(MeasureType.class);
            c.catalogue().forEach((type, row) -> {
                try {
                    rows.put(MeasureType.valueOf(type.strip()), row);
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException("benling.inspection.policy.catalogue." + type + ": no such measure type");
                }
            });
            return new InspectionPolicy(c.termYears(), c.termStartYear(), c.rectificationMonths(), c.categories(),
                    MeasureCatalog.regulations().with(rows));
        }
    }
}
