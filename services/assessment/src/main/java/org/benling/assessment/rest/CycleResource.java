package org.benling.assessment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.UUID;
import org.benling.assessment.domain.Cycle;
import org.benling.assessment.rest.api.CycleRequest;
import org.benling.assessment.rest.api.CycleSummary;
import org.benling.assessment.rest.api.FinalizeRequest;
import org.benling.assessment.rest.api.RaisedQuotaRequest;
import org.benling.assessment.service.CycleAccess;
import org.benling.assessment.service.CycleCommands;
import org.benling.assessment.service.CycleQueries;
import org.benling.platform.audit.AuditEntry;
import org.benling.platform.audit.AuditTrail;
import org.benling.platform.idempotency.Idempotent;
import org.benling.platform.paging.PageParams;
import org.benling.platform.paging.PageResult;
import org.benling.platform.preconditions.IfMatch;
import org.benling.platform.security.Roles;
import org.benling.platform.web.Created;
import org.benling.platform.web.QueryValue;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/assessment/cycles")
@Tag(name = "年度考核 Cycles")
public class CycleResource {

    private static final Map<String, String> SORTABLE = Map.of("year", "c.year", "unit", "u.name", "status", "c.status");

    @Inject CycleCommands cycles;
    @Inject CycleQueries views;
    @Inject CycleAccess access;
    @Inject AuditTrail audit;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR})
    @Operation(summary = "考核周期列表 / Assessment cycles in scope",
            description = "按年度、单位（含下级）、状态筛选；sort=year|unit|status[,asc|desc]")
    public PageResult<CycleSummary> list(@QueryParam("year") Integer year, @QueryParam("unitId") String unitId,
            @QueryParam("status") String status, @BeanParam PageParams paging) {
        return views.list(new CycleQueries.Filter(year, QueryValue.parse("unitId", unitId, UUID::fromString),
                QueryValue.parse("status", status, Cycle.Status::valueOf)),
                paging.query(SORTABLE, "year,desc"));
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Operation(summary = "开启年度考核 / Open a unit's annual cycle",
            description = "为本单位在职干部各建一份考核表，并请其在截止日期前述职 / creates one review per active cadre of the"
                    + " unit and asks each for the self-report by the due day")
    @APIResponse(responseCode = "201", description = "已创建 / Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CycleSummary.class)))
    public Response open(@Valid @NotNull CycleRequest request) {
        Cycle cycle = cycles.open(request.unitId(), request.year(), request.title(), request.selfReportDue());
        return Created.at("/api/assessment/cycles", cycle.id, views.summary(cycle));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR})
    @Operation(summary = "考核周期及等次分布 / A cycle with its grade distribution against the 优秀 quota")
    public CycleSummary get(@PathParam("id") UUID id) {
        return views.summary(access.readable(id));
    }

    @POST
    @Idempotent
    @IfMatch(Cycle.class)
    @Path("/{id}/raised-quota")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER})
    @Operation(summary = "批准提高优秀比例 / Approve the raised 优秀 rate (25%)",
            description = "记录批准人、时间与理由 / records who approved, when and why")
    public CycleSummary approveRaisedQuota(@PathParam("id") UUID id, @Valid @NotNull RaisedQuotaRequest request) {
        return views.summary(cycles.approveRaisedQuota(id, request.reason()));
    }

    @POST
    @Idempotent
    @IfMatch(Cycle.class)
    @Path("/{id}/finalize")
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Operation(summary = "确定等次 / Finalise the unit's grades",
            description = "校验优秀比例与处分影响期，记录法定后果并发布 ReviewFinalized / enforces the 优秀 quota and the "
                    + "measure block, records the statutory consequences and publishes ReviewFinalized")
    @APIResponse(responseCode = "200", description = "已确定等次 / Finalised",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CycleSummary.class)))
    @APIResponse(responseCode = "422", description = "超出优秀比例、影响期内评优或有未定等次 / quota exceeded, measure block or ungraded reviews")
    public CycleSummary finalizeGrades(@PathParam("id") UUID id, FinalizeRequest request) {
        return views.summary(cycles.finalizeGrades(id, request == null ? null : request.version()));
    }

    @GET
    @Path("/{id}/audit")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR})
    @Operation(summary = "变更记录 / Who changed the cycle, when, before and after")
    public java.util.List<AuditEntry> audit(@PathParam("id") UUID id) {
        return audit.history(Cycle.class, access.readable(id).id);
    }
}
