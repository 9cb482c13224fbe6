package org.benling.gateway.compose;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One cadre's whole record as the caller may see it. Each section is its owner's answer unchanged (typed in the
 * document by the owner's schema, {@link PortfolioSection#schema()}), or null where {@link #sections()} says why not.
 */
@Schema(name = "Portfolio", description = "干部全景档案：各部分取自其所属服务，无权查看或服务不可用的部分为 null 并在 sections 中说明 /"
        + " A cadre's whole record: each section from its owner; a section the caller may not see or whose owner is down"
        + " is null, and sections says which and why")
public record Portfolio(
        UUID cadreId,
        Instant composedAt,
        List<Section> sections,
        @Nullable JsonNode cadre,
        @Nullable JsonNode transfers,
        @Nullable JsonNode compliance,
        @Nullable JsonNode trainingRecords,
        @Nullable JsonNode trainingProposals,
        @Nullable JsonNode profile,
        @Nullable JsonNode gaps,
        @Nullable JsonNode eligibility,
        @Nullable JsonNode postings,
        @Nullable JsonNode postingEligibility,
        @Nullable JsonNode findings,
        @Nullable JsonNode measures,
        @Nullable JsonNode trips,
        @Nullable JsonNode selection) {

    @Schema(name = "PortfolioSectionState", description = "一个部分的状态 / How a section came back")
    public record Section(PortfolioSection section, @Schema(examples = "training") String service, SectionStatus status,
            @Nullable @Schema(description = "未取得的原因 / Why it is not there") String detail) {
    }

    static Portfolio of(UUID cadreId, Instant composedAt, List<Section> sections, Map<PortfolioSection, JsonNode> data) {
        return new Portfolio(cadreId, composedAt, sections, data.get(PortfolioSection.CADRE),
                data.get(PortfolioSection.TRANSFERS), data.get(PortfolioSection.COMPLIANCE),
                data.get(PortfolioSection.TRAINING_RECORDS), data.get(PortfolioSection.TRAINING_PROPOSALS),
                data.get(PortfolioSection.PROFILE), data.get(PortfolioSection.GAPS), data.get(PortfolioSection.ELIGIBILITY),
                data.get(PortfolioSection.POSTINGS), data.get(PortfolioSection.POSTING_ELIGIBILITY),
                data.get(PortfolioSection.FINDINGS), data.get(PortfolioSection.MEASURES),
                data.get(PortfolioSection.TRIPS), data.get(PortfolioSection.SELECTION));
    }
}
