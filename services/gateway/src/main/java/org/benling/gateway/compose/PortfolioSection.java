package org.benling.gateway.compose;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The sections of a cadre's portfolio (干部全景档案), each read from the service that owns it with the caller's own
 * token — the owner decides what the caller may see: a section it refuses (403) is {@link SectionStatus#RESTRICTED}.
 * The owner's schema in the merged document types the section ({@code schema}, an array of it where {@code list}).
 */
@Schema(name = "PortfolioSection", description = "全景档案的部分 / A section of the portfolio")
public enum PortfolioSection {
    /** The basic record; the portfolio exists for the caller exactly when this one does (404 outside the scope). */
    CADRE("personnel", "/api/cadres/%s", "Cadre", false),
    TRANSFERS("personnel", "/api/cadres/%s/transfers", "Transfer", true),
    COMPLIANCE("training", "/api/training/compliance/cadres/%s", "CadreCompliance", false),
    TRAINING_RECORDS("training", "/api/training/records?cadreId=%s&size=200&sort=completedOn,desc", "PageResultRecordView", false),
    TRAINING_PROPOSALS("training", "/api/training/proposals/cadres/%s", "TrainingProposal", true),
    PROFILE("assessment", "/api/assessment/profiles/%s", "CapabilityProfile", false),
    GAPS("assessment", "/api/assessment/gaps?cadreId=%s&size=200&sort=openedAt,desc", "PageResultGapView", false),
    ELIGIBILITY("assessment", "/api/assessment/eligibility/%s", "Eligibility", false),
    POSTINGS("rotation", "/api/rotation/postings?cadreId=%s&size=200&sort=plannedStart,desc", "PageResultPostingView", false),
    POSTING_ELIGIBILITY("rotation", "/api/rotation/eligibility/%s", "PostingEligibility", false),
    FINDINGS("inspection", "/api/inspection/findings?cadreId=%s&size=200&sort=dueOn,desc", "PageResultFindingView", false),
    /** Restricted: only supervision staff in scope, leaders, admins and the cadre themself read measures (and each read is recorded). */
    MEASURES("inspection", "/api/inspection/measures?cadreId=%s&size=200&sort=appliedOn,desc", "PageResultMeasureView", false),
    /** 因私出国（境）: HR and inspectors in scope, leaders, admins and the cadre themself. */
    TRIPS("inspection", "/api/inspection/trips?cadreId=%s&size=200&sort=departOn,desc", "PageResultTripView", false),
    /** 后备干部库, 后备人选 and 考察对象: 组织人事部门 and supervisors in scope, leaders, admins; not the cadre themself. */
    SELECTION("selection", "/api/selection/cadres/%s/record", "CadreSelectionRecord", false);

    private final String service;
    private final String uri;
    private final String schema;
    private final boolean list;

    PortfolioSection(String service, String uri, String schema, boolean list) {
        this.service = service;
        this.uri = uri;
        this.schema = schema;
        this.list = list;
    }

    public String service() {
        return service;
    }

    public String uri(java.util.UUID cadreId) {
        return uri.formatted(cadreId);
    }

    /** The owner's schema of the section's answer, by name in the merged document. */
    public String schema() {
        return schema;
    }

    public boolean list() {
        return list;
    }

    /** The section's property in the portfolio: {@code TRAINING_RECORDS} → {@code trainingRecords}. */
    public String property() {
        return OwnerCalls.camelCase(name());
    }
}
