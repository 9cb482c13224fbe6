package org.benling.inspection.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.inspection.domain.Measure;
import org.benling.inspection.service.MeasureService;
import org.benling.platform.audit.AuditEntry;
import org.benling.platform.audit.AuditTrail;
import org.benling.platform.security.Roles;
import org.benling.platform.web.PageQuery;
import org.benling.platform.web.PageResult;
import org.benling.platform.web.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Restricted: no {@code hr} role on any endpoint; HR sees only the effect through the other services. */
@Path("/api/inspection/measures")
@Tag(name = "监督执纪 Measures")
@SecurityRequirement(name = "SecurityScheme")
public class MeasureResource {

    @Schema(name = "Revocation")
    public record Revocation(String reason) {
    }

    private static final Map<String, String> SORTABLE = Map.of("appliedOn", "m.applied_on", "form", "m.form",
            "name", "c.name", "influenceUntil", "m.influence_until");

    @Inject
    MeasureService measures;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.INSPECTOR, Roles.CADRE})
    @Operation(summary = "监督执纪措施（限定范围）/ Supervision measures (restricted)",
            description = "巡视巡察人员（本单位及下级）、领导、管理员；干部只见本人。unitId、form（1–4）、status、cadreId；"
                    + "sort=appliedOn|form|name|influenceUntil")
    public PageResult<MeasureService.MeasureView> list(@QueryParam("unitId") String unitId, @QueryParam("form") Integer form,
            @QueryParam("status") String status, @QueryParam("cadreId") String cadreId, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        if (form != null && (form < 1 || form > 4)) {
            throw org.benling.platform.problem.ProblemException.invalidField("form", "1–4");
        }
        return measures.list(new MeasureService.MeasureFilter(QueryParams.parse("unitId", unitId, UUID::fromString), form,
                QueryParams.parse("status", status, Measure.Status::valueOf),
                QueryParams.parse("cadreId", cadreId, UUID::fromString)),
                PageQuery.of(page, size, sort, SORTABLE, "appliedOn,desc"));
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.INSPECTOR})
    @Operation(summary = "运用\"四种形态\" / Apply a measure (MeasureApplied, with its influence period)")
    @APIResponse(responseCode = "201", description = "已记录 / Applied",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MeasureService.MeasureView.class)))
    public Response apply(@NotNull MeasureService.MeasureRequest request) {
        Measure m = measures.apply(request);
        return Response.created(URI.create("/api/inspection/measures/" + m.id)).entity(measures.view(m)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.INSPECTOR, Roles.CADRE})
    @Operation(summary = "措施详情 / A measure")
    public MeasureService.MeasureView get(@PathParam("id") UUID id) {
        return measures.view(measures.readable(id));
    }

    @POST
    @Path("/{id}/revoke")
    @RolesAllowed({Roles.ADMIN, Roles.INSPECTOR})
    @Operation(summary = "撤销 / Revoke a measure (MeasureLifted with reason REVOKED: it never counted)")
    public MeasureService.MeasureView revoke(@PathParam("id") UUID id, @NotNull Revocation body) {
        return measures.view(measures.revoke(id, body.reason()));
    }

    @GET
    @Path("/{id}/audit")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.INSPECTOR})
    @Operation(summary = "变更记录 / Who changed the measure, when, before and after")
    public List<AuditEntry> audit(@PathParam("id") UUID id) {
        return audit.history(Measure.class, measures.readable(id).id);
    }

    @GET
    @Path("/distribution")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.INSPECTOR})
    @Operation(summary = "\"四种形态\"分布 / The four-form distribution of a unit subtree in the term, and per unit below")
    public MeasureService.Distribution distribution(@QueryParam("unitId") String unitId, @QueryParam("date") String date) {
        LocalDate day = QueryParams.parse("date", date, LocalDate::parse);
        return measures.distribution(QueryParams.parse("unitId", unitId, UUID::fromString), day == null ? LocalDate.now(clock) : day);
    }
}
