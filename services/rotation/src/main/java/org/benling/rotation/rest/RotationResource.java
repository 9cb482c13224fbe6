package org.benling.rotation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.platform.files.XlsxTable;
import org.benling.platform.idempotency.Idempotent;
import org.benling.platform.paging.PageParams;
import org.benling.platform.paging.PageQuery;
import org.benling.platform.paging.PageResult;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.platform.preconditions.IfMatch;
import org.benling.platform.security.Roles;
import org.benling.platform.web.Created;
import org.benling.platform.web.QueryValue;
import org.benling.rotation.domain.Opening;
import org.benling.rotation.domain.Posting;
import org.benling.rotation.domain.PostingProposal;
import org.benling.rotation.domain.rules.Tenure;
import org.benling.rotation.rest.api.Balance;
import org.benling.rotation.rest.api.Candidates;
import org.benling.rotation.rest.api.Eligibility;
import org.benling.rotation.rest.api.Nomination;
import org.benling.rotation.rest.api.OpeningRequest;
import org.benling.rotation.rest.api.OpeningView;
import org.benling.rotation.rest.api.PostingRequest;
import org.benling.rotation.rest.api.PostingView;
import org.benling.rotation.rest.api.ProposalView;
import org.benling.rotation.rest.api.TenureRow;
import org.benling.rotation.service.BalanceService;
import org.benling.rotation.service.CadreStanding;
import org.benling.rotation.service.OpeningService;
import org.benling.rotation.service.PostingQueries;
import org.benling.rotation.service.ProposalService;
import org.benling.rotation.service.TenureService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/rotation")
@Tag(name = "交流轮岗 Rotation")
public class RotationResource {

    private static final Map<String, String> PROPOSAL_SORTABLE = Map.of("createdAt", "p.created_at", "score", "p.score",
            "name", "c.name");
    private static final Map<String, String> OPENINGS_SORTABLE = Map.of("plannedStart", "o.planned_start",
            "status", "o.status", "places", "o.places");

    @Inject TenureService tenure;
    @Inject ProposalService proposals;
    @Inject OpeningService openings;
    @Inject org.benling.platform.audit.AuditTrail audit;
    @Inject PostingQueries postings;
    @Inject BalanceService balance;
    @Inject CadreDirectory cadres;
    @Inject CadreStanding standing;
    @Inject Clock clock;

    @GET
    @Path("/due")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR})
    @Operation(summary = "任职年限提醒 / Cadres due or soon due to rotate",
            description = "同一职位满 10 年（重要岗位 5 年）应交流，12 个月内到期为即将到期；unitId（含下级）、status（DUE|SOON_DUE）")
    public PageResult<TenureRow> due(@QueryParam("unitId") String unitId, @QueryParam("status") String status,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return tenure.page(QueryValue.parse("unitId", unitId, UUID::fromString),
                QueryValue.parse("status", status, Tenure.Status::valueOf),
                PageQuery.of(page, size, null, Map.of("dueOn", "t.due_on"), "dueOn"));
    }

    @GET
    @Path("/due/export")
    @Produces(XlsxTable.MEDIA_TYPE)
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR})
    @Operation(summary = "导出任职年限提醒 / Export the due list (xlsx)")
    public Response export(@QueryParam("unitId") String unitId, @QueryParam("status") String status) {
        List<TenureRow> rows = tenure.due(QueryValue.parse("unitId", unitId, UUID::fromString),
                QueryValue.parse("status", status, Tenure.Status::valueOf));
        StreamingOutput body = out -> tenure.export(rows, out);
        return Response.ok(body, XlsxTable.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"tenure-due-" + LocalDate.now(clock) + ".xlsx\"").build();
    }

    @GET
    @Path("/eligibility/{cadreId}")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR, Roles.CADRE})
    @Operation(summary = "能否提名挂职 / May the cadre be proposed for a posting, or why not",
            description = "近三年考核结果有基本称职及以下、处分或组织处理影响期内的，不能提名实践锻炼（交流轮岗除外）/ not with "
                    + "基本称职 or worse in the last three finalised results, nor under a measure's influence (mandatory "
                    + "job rotation excepted)")
    public Eligibility eligibility(@PathParam("cadreId") UUID cadreId) {
        var cadre = cadres.readable(cadreId);
        var reasons = standing.refusals(cadre.id(), LocalDate.now(clock));
        return new Eligibility(cadre.id(), reasons.isEmpty(), reasons);
    }

    @GET
    @Path("/proposals")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR, Roles.CADRE})
    @Operation(summary = "实践锻炼建议 / Posting proposals from capability gaps",
            description = "unitId（含下级）、status（PROPOSED|ACCEPTED|DISMISSED|OBSOLETE）、cadreId；sort=createdAt|score|name")
    public PageResult<ProposalView> proposals(@QueryParam("unitId") String unitId,
            @QueryParam("status") String status, @QueryParam("cadreId") String cadreId, @BeanParam PageParams paging) {
        return proposals.list(new ProposalService.ProposalFilter(QueryValue.parse("unitId", unitId, UUID::fromString),
                QueryValue.parse("status", status, PostingProposal.Status::valueOf),
                QueryValue.parse("cadreId", cadreId, UUID::fromString)),
                paging.query(PROPOSAL_SORTABLE, "createdAt,desc"));
    }

    @GET
    @Path("/proposals/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR, Roles.CADRE})
    @Operation(summary = "实践锻炼建议详情 / A posting proposal")
    public ProposalView proposal(@PathParam("id") UUID id) {
        return proposals.view(proposals.readable(id));
    }

    @POST
    @Idempotent
    @IfMatch(PostingProposal.class)
    @Path("/proposals/{id}/posting")
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Operation(summary = "据建议提名挂职 / Propose a posting from a proposal")
    @APIResponse(responseCode = "201", description = "已提名 / Proposed",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PostingView.class)))
    public Response accept(@PathParam("id") UUID id, @NotNull @Valid PostingRequest request) {
        Posting p = proposals.accept(id, request);
        return Created.at("/api/rotation/postings", p.id, postings.view(p));
    }

    @POST
    @Idempotent
    @IfMatch(PostingProposal.class)
    @Path("/proposals/{id}/dismiss")
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Operation(summary = "不采纳建议 / Dismiss a proposal")
    public ProposalView dismiss(@PathParam("id") UUID id) {
        return proposals.view(proposals.dismiss(id));
    }

    @GET
    @Path("/openings")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR})
    @Operation(summary = "挂职岗位 / Open postings in scope", description = "status；sort=plannedStart|status|places")
    public PageResult<OpeningView> openings(@QueryParam("status") String status, @BeanParam PageParams paging) {
        return openings.list(QueryValue.parse("status", status, Opening.Status::valueOf),
                paging.query(OPENINGS_SORTABLE, "plannedStart,desc"));
    }

    @POST
    @Idempotent
    @Path("/openings")
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Operation(summary = "发布挂职岗位 / Offer an open posting")
    @APIResponse(responseCode = "201", description = "已发布 / Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = OpeningView.class)))
    public Response createOpening(@NotNull @Valid OpeningRequest request) {
        Opening o = openings.create(request);
        return Created.at("/api/rotation/openings", o.id, openings.view(o));
    }

    @GET
    @Path("/openings/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR})
    @Operation(summary = "挂职岗位详情 / An open posting")
    public OpeningView opening(@PathParam("id") UUID id) {
        return openings.view(openings.readable(id));
    }

    @GET
    @Path("/openings/{id}/audit")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR})
    @Operation(summary = "变更记录 / Who changed the open posting, when, before and after")
    public List<org.benling.platform.audit.AuditEntry> openingAudit(@PathParam("id") UUID id) {
        return audit.history(org.benling.rotation.domain.Opening.class, openings.readable(id).id);
    }

    @GET
    @Path("/openings/{id}/candidates")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR})
    @Operation(summary = "人选推荐 / Ranked candidates with the reason for each rank",
            description = "能力短板匹配、现岗任职年限、东中西交流；排除考核基本称职及以下、处分影响期内和正在挂职的干部")
    public Candidates candidates(@PathParam("id") UUID id, @QueryParam("limit") @Min(1) @Max(200) Integer limit) {
        return openings.candidates(id, limit == null ? 20 : limit);
    }

    @POST
    @Idempotent
    @IfMatch(Opening.class)
    @Path("/openings/{id}/postings")
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Operation(summary = "提名人选 / Propose a candidate for the opening")
    @APIResponse(responseCode = "201", description = "已提名 / Proposed",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PostingView.class)))
    public Response nominate(@PathParam("id") UUID id, @NotNull @Valid Nomination nomination) {
        if (nomination.cadreId() == null) {
            throw org.benling.platform.problem.ProblemException.invalidField("cadreId", "required / 必填");
        }
        Posting p = openings.nominate(id, nomination.cadreId(), nomination.purpose());
        return Created.at("/api/rotation/postings", p.id, postings.view(p));
    }

    @GET
    @Path("/balance")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR})
    @Operation(summary = "交流统计 / East–central–west and cross-department exchanges, rotation rate per unit",
            description = "year（按计划开始年份）；unitId（默认本单位，领导为全局）：其下级单位的轮岗率")
    public Balance balance(@QueryParam("year") Integer year, @QueryParam("unitId") String unitId) {
        return balance.balance(year, QueryValue.parse("unitId", unitId, UUID::fromString));
    }
}
