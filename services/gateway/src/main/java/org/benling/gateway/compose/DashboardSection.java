package org.benling.gateway.compose;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The figures of the leadership dashboard, each computed by the service that owns it in its own database and asked
 * with the caller's token (so a provincial HR office gets its province's, a leader the bureau's; the four-form
 * distribution is for leaders and inspectors only: {@link SectionStatus#RESTRICTED} for HR). The owner's schema
 * types the section in the merged document.
 */
@Schema(name = "DashboardSection", description = "驾驶舱的部分 / A section of the dashboard")
public enum DashboardSection {
    /** the eight capabilities by unit (average scores, open gaps) and the grades against the quota */
    ASSESSMENT("assessment", "/api/assessment/figures", "AssessmentFigures", true, true),
    /** 学时 compliance by unit and rank */
    COMPLIANCE("training", "/api/training/compliance/figures", "ComplianceFigures", false, true),
    /** postings by type, east/central/west flows, rotation rates */
    ROTATION("rotation", "/api/rotation/balance", "RotationBalance", true, true),
    /** inspection coverage in the term */
    COVERAGE("inspection", "/api/inspection/coverage", "TermCoverage", false, true),
    /** the overdue rectifications, most overdue first */
    /** a filtered list: outside the caller's scope an empty page, not a refusal */
    OVERDUE_FINDINGS("inspection", "/api/inspection/findings?overdue=true&size=20&sort=dueOn", "PageResultFindingView", false,
            false),
    /** the four forms of supervision (leaders and inspectors) */
    FORMS("inspection", "/api/inspection/measures/distribution", "FourFormDistribution", false, true);

    private final String service;
    private final String path;
    private final String schema;
    private final boolean byYear;
    private final boolean resolvesUnit;

    DashboardSection(String service, String path, String schema, boolean byYear, boolean resolvesUnit) {
        this.service = service;
        this.path = path;
        this.schema = schema;
        this.byYear = byYear;
        this.resolvesUnit = resolvesUnit;
    }

    /** Whether the owner answers 404 for a unit outside the caller's scope (rather than an empty list). */
    public boolean resolvesUnit() {
        return resolvesUnit;
    }

    public String service() {
        return service;
    }

    public String schema() {
        return schema;
    }

    /** The owner's figures for the unit (its default where null) and, where they go by year, the year. */
    public String uri(UUID unitId, Integer year) {
        StringBuilder uri = new StringBuilder(path);
        char separator = path.contains("?") ? '&' : '?';
        if (unitId != null) {
            uri.append(separator).append("unitId=").append(unitId);
            separator = '&';
        }
        if (byYear && year != null) {
            uri.append(separator).append("year=").append(year);
        }
        return uri.toString();
    }

    /** The section's property in the dashboard: {@code OVERDUE_FINDINGS} → {@code overdueFindings}. */
    public String property() {
        return OwnerCalls.camelCase(name());
    }
}
