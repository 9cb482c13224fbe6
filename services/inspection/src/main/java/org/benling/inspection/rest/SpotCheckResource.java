package org.benling.inspection.rest;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.benling.inspection.domain.SpotCheck;
import org.benling.inspection.domain.SpotCheckDraw;
import org.benling.inspection.rest.api.DrawRequest;
import org.benling.inspection.rest.api.DrawView;
import org.benling.inspection.rest.api.PromotionCheckRequest;
import org.benling.inspection.rest.api.SpotCheckConclusion;
import org.benling.inspection.rest.api.SpotCheckView;
import org.benling.inspection.service.MeasureReads;
import org.benling.inspection.service.SpotCheckCommands;
import org.benling.inspection.service.SpotCheckQueries;
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

/** The checks of 个人有关事项报告: the yearly random draw (published), 提拔必查, and the results (restricted). */
@Path("/api/inspection")
@Tag(name = "个人有关事项 Personal matters")
public class SpotCheckResource {

    @Inject SpotCheckCommands checks;
    @Inject SpotCheckQueries views;
    @Inject MeasureReads reads;

    @POST
    @Idempotent
    @Path("/spot-check-draws")
    @RolesAllowed({Roles.ADMIN, Roles.INSPECTOR})
    @Operation(summary = "随机抽查 / Draw the year's random spot-check",
            description = "从本单位及下级已填报年度报告的干部中按比例（默认 10%，向上取整）抽取；种子与名单随结果公开，任何人"
                    + "可复算；每名抽中者开启一项核实 / draws the rate (10%, rounded up) of the unit subtree's reporters; the "
                    + "seed and the ordered list are published with it so anyone can recompute it; a check opens for each")
    @APIResponse(responseCode = "201", description = "已抽取 / Drawn",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DrawView.class)))
    public Response drawSample(@NotNull @Valid DrawRequest body) {
        SpotCheckDraw d = checks.draw(body);
        return Created.at("/api/inspection/spot-check-draws", d.id, views.view(d));
    }

    @GET
    @Path("/spot-check-draws")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.INSPECTOR, Roles.HR})
    @Operation(summary = "抽查记录（公开）/ The draws, as published",
            description = "本单位及下级的抽查；year 过滤；sort=drawnAt|year|unitName / the draws of units in reach")
    public PageResult<DrawView> listDraws(@QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @BeanParam PageParams paging) {
        return views.draws(year, paging.query(SpotCheckQueries.DRAW_SORTABLE, "drawnAt,desc"));
    }

    @GET
    @Path("/spot-check-draws/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.INSPECTOR, Roles.HR})
    @Operation(summary = "一次抽查（种子、名单、抽中人选、复算方法）/ A draw with its seed, list, sample and recipe")
    public DrawView getDraw(@PathParam("id") UUID id) {
        return views.view(views.readableDraw(id));
    }

    @GET
    @Path("/spot-checks")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.INSPECTOR})
    @Operation(summary = "个人有关事项核实（限定范围）/ The checks and their results (restricted)",
            description = "year、status（OPEN|CONCLUDED）、reason（RANDOM|PROMOTION）、cadreId；sort=openedAt|name|unitName|year")
    public PageResult<SpotCheckView> list(@QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @QueryParam("status") String status, @QueryParam("reason") String reason,
            @QueryParam("cadreId") String cadreId, @BeanParam PageParams paging) {
        PageResult<SpotCheckView> result = views.checks(new SpotCheckQueries.CheckFilter(year,
                QueryValue.parse("status", status, SpotCheck.Status::valueOf),
                QueryValue.parse("reason", reason, SpotCheck.Reason::valueOf),
                QueryValue.parse("cadreId", cadreId, UUID::fromString)),
                paging.query(SpotCheckQueries.CHECK_SORTABLE, "openedAt,desc"));
        reads.record("spot-checks", result.items().stream()
                .map(k -> new MeasureReads.Shown(k.measureId(), k.cadreId())).toList());
        return result;
    }

    @POST
    @Idempotent
    @Path("/spot-checks")
    @RolesAllowed({Roles.ADMIN, Roles.INSPECTOR, Roles.HR})
    @Operation(summary = "提拔必查 / Open the mandatory check of a promotion candidate",
            description = "核实其最近一次年度报告（未填报的，核实即发现）；同一人选同时只有一项 / of the latest yearly report "
                    + "(none filed is what the check then finds); one open check a candidate")
    @APIResponse(responseCode = "201", description = "已开启 / Opened",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SpotCheckView.class)))
    public Response openForPromotion(@NotNull @Valid PromotionCheckRequest body) {
        SpotCheck k = checks.openForPromotion(body);
        return Created.at("/api/inspection/spot-checks", k.id, views.view(k));
    }

    @GET
    @Path("/spot-checks/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.INSPECTOR})
    @Operation(summary = "一项核实 / A check")
    public SpotCheckView get(@PathParam("id") UUID id) {
        SpotCheck k = views.readable(id);
        reads.record("spot-check", List.of(new MeasureReads.Shown(k.measureId, k.cadreId)));
        return views.view(k);
    }

    @POST
    @Idempotent
    @IfMatch(SpotCheck.class)
    @Path("/spot-checks/{id}/conclusion")
    @RolesAllowed({Roles.ADMIN, Roles.INSPECTOR})
    @Operation(summary = "核实结论 / Conclude a check: 如实, 漏报 or 瞒报",
            description = "漏报：批评教育或诫勉；瞒报：诫勉或更重的处理，且至少 12 个月（可配置）不得提拔；处理作为监督执纪措施"
                    + "记录并发布（MeasureApplied）/ 漏报 brings 批评教育 or 诫勉; 瞒报 诫勉 or heavier and no promotion for at "
                    + "least 12 months (configurable); the measure is applied and published as any other")
    public SpotCheckView conclude(@PathParam("id") UUID id, @NotNull @Valid SpotCheckConclusion body) {
        return views.view(checks.conclude(id, body));
    }
}
