package org.benling.rotation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.ConvertGroup;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.contracts.rotation.PostingApproved.PostingType;
import org.benling.platform.audit.AuditEntry;
import org.benling.platform.audit.AuditTrail;
import org.benling.platform.idempotency.Idempotent;
import org.benling.platform.paging.PageParams;
import org.benling.platform.paging.PageResult;
import org.benling.platform.preconditions.IfMatch;
import org.benling.platform.security.Roles;
import org.benling.platform.web.Created;
import org.benling.platform.web.QueryValue;
import org.benling.rotation.domain.CheckIn;
import org.benling.rotation.domain.Posting;
import org.benling.rotation.domain.rules.PostingWorkflow.Status;
import org.benling.rotation.rest.api.CheckInRequest;
import org.benling.rotation.rest.api.CheckInView;
import org.benling.rotation.rest.api.PostingCancellation;
import org.benling.rotation.rest.api.PostingCompletion;
import org.benling.rotation.rest.api.PostingCounts;
import org.benling.rotation.rest.api.PostingRequest;
import org.benling.rotation.rest.api.PostingStart;
import org.benling.rotation.rest.api.PostingTransition;
import org.benling.rotation.rest.api.PostingView;
import org.benling.rotation.service.PostingAccess;
import org.benling.rotation.service.PostingCommands;
import org.benling.rotation.service.PostingQueries;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/rotation/postings")
@Tag(name = "挂职锻炼 Postings")
public class PostingResource {

    private static final Map<String, String> SORTABLE = Map.of("plannedStart", "p.planned_start", "status", "p.status",
            "name", "c.name", "type", "p.type");

    @Inject PostingCommands postings;
    @Inject PostingQueries views;
    @Inject PostingAccess access;
    @Inject AuditTrail audit;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR, Roles.CADRE})
    @Operation(summary = "挂职/交流列表 / Postings in scope",
            description = "status、type、unitId（含下级）、cadreId、careOverdue=true（谈心走访逾期）、q（姓名/工号/接收单位）；"
                    + "sort=plannedStart|status|name|type")
    public PageResult<PostingView> list(@QueryParam("status") String status, @QueryParam("type") String type,
            @QueryParam("unitId") String unitId, @QueryParam("cadreId") String cadreId,
            @QueryParam("careOverdue") Boolean careOverdue, @QueryParam("q") @Size(max = 100) String q, @BeanParam PageParams paging) {
        return views.list(filter(status, type, unitId, cadreId, careOverdue, q),
                paging.query(SORTABLE, "plannedStart,desc"));
    }

    /** The list's filters from the query string (400 for a value that is not one). */
    private static PostingQueries.Filter filter(String status, String type, String unitId, String cadreId,
            Boolean careOverdue, String q) {
        return new PostingQueries.Filter(QueryValue.parse("status", status, Status::valueOf),
                QueryValue.parse("type", type, PostingType::valueOf), QueryValue.parse("unitId", unitId, UUID::fromString),
                QueryValue.parse("cadreId", cadreId, UUID::fromString), careOverdue, q);
    }

    @GET
    @Path("/counts")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR, Roles.CADRE})
    @Operation(summary = "各状态挂职数 / Postings in scope by status",
            description = "与列表相同的筛选（type、unitId、cadreId、careOverdue、q），不含 status，按状态计数（看板页签）。"
                    + " / The list's filters except status, counted by status (the board's tabs).")
    public PostingCounts counts(@QueryParam("type") String type, @QueryParam("unitId") String unitId,
            @QueryParam("cadreId") String cadreId, @QueryParam("careOverdue") Boolean careOverdue,
            @QueryParam("q") @Size(max = 100) String q) {
        return views.counts(filter(null, type, unitId, cadreId, careOverdue, q));
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Operation(summary = "提名挂职/交流 / Propose a posting",
            description = "考核基本称职及以下或处分影响期内的干部不能提名（422）/ refused for a last grade of 基本称职 or lower "
                    + "or a supervision measure in its influence period")
    @APIResponse(responseCode = "201", description = "已提名 / Proposed",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PostingView.class)))
    public Response propose(@NotNull @Valid @ConvertGroup(to = PostingRequest.New.class) PostingRequest request) {
        Posting p = postings.propose(request, null, null);
        return Created.at("/api/rotation/postings", p.id, views.view(p));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR, Roles.CADRE})
    @Operation(summary = "挂职详情 / A posting with its care status and the actions allowed to you")
    public PostingView get(@PathParam("id") UUID id) {
        return views.get(id);
    }

    @POST
    @Idempotent
    @IfMatch(Posting.class)
    @Path("/{id}/approve")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER})
    @Operation(summary = "审批 / Approve (leader): publishes PostingApproved")
    public PostingView approve(@PathParam("id") UUID id, PostingTransition body) {
        return views.view(postings.approve(id, body == null ? null : body.version()));
    }

    @POST
    @Idempotent
    @IfMatch(Posting.class)
    @Path("/{id}/start")
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Operation(summary = "到岗 / The cadre started: publishes PostingStarted")
    public PostingView start(@PathParam("id") UUID id, PostingStart body) {
        return views.view(postings.start(id, body == null ? null : body.startedOn(), body == null ? null : body.version()));
    }

    @POST
    @Idempotent
    @IfMatch(Posting.class)
    @Path("/{id}/complete")
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Operation(summary = "期满鉴定 / Complete with the host's evaluation: publishes PostingCompleted",
            description = "evaluation (EXCELLENT|GOOD|PASSED|FAILED), capabilities exercised, remarks")
    public PostingView complete(@PathParam("id") UUID id, @NotNull @Valid PostingCompletion completion) {
        return views.view(postings.complete(id, completion));
    }

    @POST
    @Idempotent
    @IfMatch(Posting.class)
    @Path("/{id}/cancel")
    @RolesAllowed({Roles.ADMIN, Roles.HR, Roles.LEADER})
    @Operation(summary = "取消 / Cancel a posting that has not started (reason required)")
    public PostingView cancel(@PathParam("id") UUID id, @NotNull @Valid PostingCancellation body) {
        return views.view(postings.cancel(id, body.reason(), body.version()));
    }

    @GET
    @Path("/{id}/check-ins")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR, Roles.CADRE})
    @Operation(summary = "谈心走访记录 / Care check-ins, newest first")
    public List<CheckInView> checkIns(@PathParam("id") UUID id) {
        return views.checkIns(id);
    }

    @POST
    @Idempotent
    @Path("/{id}/check-ins")
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Operation(summary = "记录谈心走访 / Record a care check-in (人文关怀)")
    @APIResponse(responseCode = "201", description = "已记录 / Recorded",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CheckInView.class)))
    public Response checkIn(@PathParam("id") UUID id, @NotNull @Valid CheckInRequest request) {
        CheckIn c = postings.checkIn(id, request);
        return Response.status(201).entity(PostingQueries.view(c)).build();
    }

    @GET
    @Path("/{id}/audit")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR})
    @Operation(summary = "变更记录 / Who changed the posting, when, before and after")
    public List<AuditEntry> audit(@PathParam("id") UUID id) {
        return audit.history(Posting.class, access.readable(id).id);
    }
}
