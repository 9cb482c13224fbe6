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
import org.benling.platform.idempotency.Idempotent;
import org.benling.platform.paging.PageParams;
import org.benling.platform.paging.PageResult;
import org.benling.platform.security.Roles;
import org.benling.platform.web.Created;
import org.benling.training.domain.TrainingPlan;
import org.benling.training.rest.api.PlanRequest;
import org.benling.training.rest.api.PlanView;
import org.benling.training.service.PlanService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/training/plans")
@Tag(name = "培训计划 Plans")
public class PlanResource {

    private static final Map<String, String> SORTABLE = Map.of("year", "p.year", "title", "p.title");

    @Inject PlanService plans;
    @Inject org.benling.platform.audit.AuditTrail audit;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR})
    @Operation(summary = "年度培训计划及进度 / Annual plans in scope, with progress", description = "year；sort=year|title")
    public PageResult<PlanView> list(@QueryParam("year") Integer year, @BeanParam PageParams paging) {
        return plans.list(year, paging.query(SORTABLE, "year,desc")).map(this::view);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR})
    @Operation(summary = "计划进度 / A plan and its progress: coverage, 学时 per cadre, designated cadres trained")
    public PlanView get(@PathParam("id") UUID id) {
        return view(plans.get(id));
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Operation(summary = "制定年度培训计划 / Create an annual plan")
    @APIResponse(responseCode = "201", description = "已创建 / Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PlanView.class)))
    public Response create(@NotNull @Valid PlanRequest request) {
        TrainingPlan p = plans.create(request);
        return Created.at("/api/training/plans", p.id, view(p));
    }

    private PlanView view(TrainingPlan p) {
        return new PlanView(p.id, p.unitId, p.year, p.title, p.targetCoverage, p.targetHoursPerCadre,
                List.of(p.designatedCadreIds), plans.progress(p), p.version);
    }

    @GET
    @Path("/{id}/audit")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR})
    @Operation(summary = "变更记录 / Who changed the plan, when, before and after")
    public List<org.benling.platform.audit.AuditEntry> audit(@PathParam("id") UUID id) {
        return audit.history(org.benling.training.domain.TrainingPlan.class, plans.get(id).id);
    }
}
