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
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.inspection.domain.Measure;
import org.benling.inspection.rest.api.CatalogRow;
import org.benling.inspection.rest.api.Distribution;
import org.benling.inspection.rest.api.MeasureConclusion;
import org.benling.inspection.rest.api.MeasureRequest;
import org.benling.inspection.rest.api.MeasureRevocation;
import org.benling.inspection.rest.api.MeasureView;
import org.benling.inspection.rest.api.ReadView;
import org.benling.inspection.service.MeasureAccess;
import org.benling.inspection.service.MeasureCommands;
import org.benling.inspection.service.MeasureQueries;
import org.benling.inspection.service.MeasureReads;
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

/** Restricted: no {@code hr} role on any endpoint; HR sees only the effect through the other services. */
@Path("/api/inspection/measures")
@Tag(name = "监督执纪 Measures")
public class MeasureResource {

    private static final Map<String, String> SORTABLE = Map.of("appliedOn", "m.applied_on", "form", "m.form",
            "name", "c.name", "influenceUntil", "m.influence_until");

    @Inject MeasureCommands measures;
    @Inject MeasureQueries views;
    @Inject MeasureAccess access;
    @Inject AuditTrail audit;
    @Inject MeasureReads reads;
    @Inject Clock clock;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.INSPECTOR, Roles.CADRE})
    @Operation(summary = "监督执纪措施（限定范围）/ Supervision measures (restricted)",
            description = "巡视巡察人员（本单位及下级）、领导、管理员；干部只见本人。unitId、form（1–4）、status、cadreId；"
                    + "sort=appliedOn|form|name|influenceUntil")
    public PageResult<MeasureView> list(@QueryParam("unitId") String unitId, @QueryParam("form") @Min(1) @Max(4) Integer form,
            @QueryParam("status") String status, @QueryParam("cadreId") String cadreId, @BeanParam PageParams paging) {
        PageResult<MeasureView> result = views.list(new MeasureQueries.MeasureFilter(
                QueryValue.parse("unitId", unitId, UUID::fromString), form,
                QueryValue.parse("status", status, Measure.Status::valueOf),
                QueryValue.parse("cadreId", cadreId, UUID::fromString)),
                paging.query(SORTABLE, "appliedOn,desc"));
        reads.record("list", result.items().stream().map(m -> new MeasureReads.Shown(m.id(), m.cadreId())).toList());
        return result;
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.ADMIN, Roles.INSPECTOR})
    @Operation(summary = "运用\"四种形态\" / Apply a measure (MeasureApplied, with its influence and annual effects)",
            description = "type 见目录（/catalogue）；form 仅在该类措施可为两种形态时填写（责令辞职、免职：2 或 3）/ type from "
                    + "the catalogue; form only where the type may take two forms")
    @APIResponse(responseCode = "201", description = "已记录 / Applied",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = MeasureView.class)))
    public Response apply(@NotNull @Valid MeasureRequest request) {
        Measure m = measures.apply(request);
        return Created.at("/api/inspection/measures", m.id, views.view(m));
    }

    @GET
    @Path("/catalogue")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.INSPECTOR})
    @Operation(summary = "处分和组织处理目录 / The catalogue of measures with what each does",
            description = "每种措施的类别、形态、影响期（月数、none、until-concluded、permanent）及对当年和以后年度考核的影响；"
                    + "未配置时为法规默认值 / each type's family, forms, promotion influence and effect on the annual assessment "
                    + "of the year imposed and the following ones; the regulations' values unless configured")
    public List<CatalogRow> catalogue() {
        return views.catalogue();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.INSPECTOR, Roles.CADRE})
    @Operation(summary = "措施详情 / A measure")
    public MeasureView get(@PathParam("id") UUID id) {
        Measure m = access.readable(id);
        reads.record("detail", List.of(new MeasureReads.Shown(m.id, m.cadreId)));
        return views.view(m);
    }

    @POST
    @Idempotent
    @IfMatch(Measure.class)
    @Path("/{id}/revoke")
    @RolesAllowed({Roles.ADMIN, Roles.INSPECTOR})
    @Operation(summary = "撤销 / Revoke a measure (MeasureLifted with reason REVOKED: it never counted)")
    public MeasureView revoke(@PathParam("id") UUID id, @NotNull @Valid MeasureRevocation body) {
        return views.view(measures.revoke(id, body.reason()));
    }

    @POST
    @Idempotent
    @IfMatch(Measure.class)
    @Path("/{id}/conclude")
    @RolesAllowed({Roles.ADMIN, Roles.INSPECTOR})
    @Operation(summary = "作出结论 / Conclude a case or a suspension for review, with its outcome",
            description = "立案审查调查、停职检查作出结论：outcome 为所给处分或处理（为空：不予处分）。MeasureLifted（CONCLUDED）；"
                    + "有处分时另记一条措施（MeasureApplied，caseId 指向本案）。审查期间的年度考核随结论补定等次 / the case ends "
                    + "(MeasureLifted CONCLUDED); a penalty imposed is a measure of its own (MeasureApplied with caseId); the "
                    + "years it was pending are graded afterwards by the outcome (补定等次)")
    @APIResponse(responseCode = "200", description = "本案及所给处分 / The case, and the penalty imposed if any")
    public List<MeasureView> conclude(@PathParam("id") UUID id,
            @NotNull @Valid MeasureConclusion body) {
        return measures.conclude(id, body).stream().map(views::view).toList();
    }

    @GET
    @Path("/{id}/audit")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.INSPECTOR})
    @Operation(summary = "变更记录 / Who changed the measure, when, before and after")
    public List<AuditEntry> audit(@PathParam("id") UUID id) {
        Measure m = access.readable(id);
        reads.record("audit", List.of(new MeasureReads.Shown(m.id, m.cadreId)));
        return audit.history(Measure.class, m.id);
    }

    @GET
    @Path("/reads")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "措施查阅记录 / Who read restricted supervision detail",
            description = "每次查看措施（列表、详情、变更记录）逐条记录：谁、何时、以何角色、哪名干部。cadreId、reader 过滤；"
                    + "sort=readAt|reader / every read of a measure (list, detail, audit): who, when, with which roles, "
                    + "which cadre; filter by cadreId or reader")
    public PageResult<ReadView> reads(@QueryParam("cadreId") String cadreId,
            @QueryParam("reader") @jakarta.validation.constraints.Size(max = 100) String reader,
            @BeanParam PageParams paging) {
        return reads.page(QueryValue.parse("cadreId", cadreId, UUID::fromString), reader,
                paging.query(MeasureReads.SORTABLE, "readAt,desc"));
    }

    @GET
    @Path("/distribution")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.INSPECTOR})
    @Operation(summary = "\"四种形态\"分布 / The four-form distribution of a unit subtree in the term, and per unit below")
    public Distribution distribution(@QueryParam("unitId") String unitId, @QueryParam("date") String date) {
        LocalDate day = QueryValue.parse("date", date, LocalDate::parse);
        return views.distribution(QueryValue.parse("unitId", unitId, UUID::fromString), day == null ? LocalDate.now(clock) : day);
    }
}
