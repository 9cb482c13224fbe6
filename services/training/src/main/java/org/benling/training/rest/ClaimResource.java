package org.benling.training.rest;

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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.platform.audit.AuditEntry;
import org.benling.platform.audit.AuditTrail;
import org.benling.platform.idempotency.Idempotent;
import org.benling.platform.paging.PageParams;
import org.benling.platform.paging.PageResult;
import org.benling.platform.preconditions.IfMatch;
import org.benling.platform.security.Roles;
import org.benling.platform.web.Created;
import org.benling.platform.web.QueryValue;
import org.benling.training.domain.HoursClaim;
import org.benling.training.rest.api.ClaimDecision;
import org.benling.training.rest.api.ClaimRejection;
import org.benling.training.rest.api.ClaimRequest;
import org.benling.training.rest.api.ClaimView;
import org.benling.training.service.ClaimService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 本人申报学时: pending until HR of the cadre's unit accepts the evidence (then counted) or rejects it. */
@Path("/api/training/claims")
@Tag(name = "学时申报 Claims")
public class ClaimResource {

    private static final Map<String, String> SORTABLE = Map.of("submittedAt", "h.submitted_at", "completedOn",
            "h.completed_on", "name", "c.name", "hours", "h.hours");

    @Inject ClaimService claims;
    @Inject AuditTrail audit;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.CADRE})
    @Operation(summary = "学时申报 / Self-reported hours in scope (a cadre's own)",
            description = "status（PENDING|ACCEPTED|REJECTED）、unitId（含下级）、cadreId；sort=submittedAt|completedOn|name|hours")
    public PageResult<ClaimView> list(@QueryParam("status") String status, @QueryParam("unitId") String unitId,
            @QueryParam("cadreId") String cadreId, @BeanParam PageParams paging) {
        return claims.list(new ClaimService.ClaimFilter(QueryValue.parse("status", status, HoursClaim.Status::valueOf),
                QueryValue.parse("unitId", unitId, UUID::fromString), QueryValue.parse("cadreId", cadreId, UUID::fromString)),
                paging.query(SORTABLE, "submittedAt,desc"));
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.ADMIN, Roles.HR, Roles.CADRE})
    @Operation(summary = "申报学时 / Report hours with evidence (counted once HR accepts)",
            description = "干部为本人申报；人事部门可代为录入，仍待认定 / a cadre for self; HR may enter one for a cadre, still pending")
    @APIResponse(responseCode = "201", description = "待认定 / Pending",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ClaimView.class)))
    public Response submit(@Valid @NotNull ClaimRequest request) {
        HoursClaim c = claims.submit(request);
        return Created.at("/api/training/claims", c.id, claims.view(c));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.CADRE})
    @Operation(summary = "申报详情 / A claim")
    public ClaimView get(@PathParam("id") UUID id) {
        return claims.view(claims.readable(id));
    }

    @POST
    @Idempotent
    @IfMatch(HoursClaim.class)
    @Path("/{id}/accept")
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Operation(summary = "认定 / Accept the evidence: the hours count (a training record, TrainingCompleted)")
    public ClaimView accept(@PathParam("id") UUID id, @Valid ClaimDecision body) {
        return claims.view(claims.accept(id, body == null ? null : body.note()));
    }

    @POST
    @Idempotent
    @IfMatch(HoursClaim.class)
    @Path("/{id}/reject")
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Operation(summary = "不予认定 / Reject the claim with the reason; nothing counts")
    public ClaimView reject(@PathParam("id") UUID id, @Valid @NotNull ClaimRejection body) {
        return claims.view(claims.reject(id, body.reason()));
    }

    @GET
    @Path("/{id}/audit")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR})
    @Operation(summary = "变更记录 / Who reported, accepted or rejected the claim, when")
    public List<AuditEntry> audit(@PathParam("id") UUID id) {
        return audit.history(HoursClaim.class, claims.readable(id).id);
    }
}
