package org.benling.personnel.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.benling.personnel.domain.Cadre;
import org.benling.personnel.rest.api.CadreRequest;
import org.benling.personnel.rest.api.CadreView;
import org.benling.personnel.rest.api.RetireRequest;
import org.benling.personnel.rest.api.TransferRequest;
import org.benling.personnel.rest.api.TransferView;
import org.benling.personnel.service.CadreService;
import org.benling.personnel.service.CadreViews;
import org.benling.platform.audit.AuditEntry;
import org.benling.platform.audit.AuditTrail;
import org.benling.platform.idempotency.IdempotencyKeys;
import org.benling.platform.idempotency.Idempotent;
import org.benling.platform.paging.PageResult;
import org.benling.platform.preconditions.IfMatch;
import org.benling.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/cadres")
@Tag(name = "干部 Cadres", description = "干部名册：登记、修改、调动、退休、查询 / The cadre registry")
public class CadreResource {

    @Inject CadreService cadres;
    @Inject CadreViews views;
    @Inject AuditTrail audit;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR, Roles.CADRE, Roles.INTEGRATION})
    @Operation(summary = "查询干部 / Search cadres", description = "按部分姓名或工号、单位（含下级）、职级、类别、状态查询，"
            + "分页排序（sort=name|employeeNumber|birthDate|rankLevel|postSince|rankSince）；结果限于本人可见范围。/ By part of"
            + " the name or employee number, unit subtree, rank, category and status, paged and sorted; limited to what the"
            + " caller may see.")
    public PageResult<CadreView> search(@Valid @BeanParam CadreSearchParams params) {
        return views.page(params.query(), params.paging());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR, Roles.CADRE, Roles.INTEGRATION})
    @Operation(summary = "干部详情 / One cadre", description = "范围外的干部返回 404。/ 404 outside the caller's scope.")
    public CadreView get(@PathParam("id") UUID id) {
        return views.get(id);
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Operation(summary = "登记干部 / Register a cadre", description = "同一 Idempotency-Key 的重试：24 小时内重放首次应答；"
            + "之后仍不会重复登记，以 200 返回该干部。 / A retry with the same Idempotency-Key gets the first answer"
            + " replayed within 24 h; later it still registers nobody twice and answers 200 with the cadre.")
    @APIResponse(responseCode = "201", description = "已登记 / Registered",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CadreView.class)))
    @APIResponse(responseCode = "200", description = "24 小时后以同一 Idempotency-Key 重试 / A retry with the same"
            + " Idempotency-Key after 24 h",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CadreView.class)))
    public Response register(@NotNull @Valid CadreRequest request,
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        IdempotencyKeys.Outcome outcome = cadres.register(request, idempotencyKey);
        CadreView view = views.get(UUID.fromString(outcome.resourceId()));
        return Response.status(outcome.created() ? 201 : 200)
                .location(URI.create("/api/cadres/" + view.id())).entity(view).build();
    }

    @PUT
    @IfMatch(Cadre.class)
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Operation(summary = "修改干部信息 / Update a cadre", description = "需提供读取时的 version；单位变更请用调动。"
            + " / Send the version you read; a change of unit is a transfer.")
    public CadreView update(@PathParam("id") UUID id, @NotNull @Valid CadreRequest request) {
        return views.of(cadres.update(id, request));
    }

    @POST
    @Idempotent
    @IfMatch(Cadre.class)
    @Path("/{id}/transfers")
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Operation(summary = "调动干部 / Transfer a cadre to another unit")
    public CadreView transfer(@PathParam("id") UUID id, @NotNull @Valid TransferRequest request) {
        return views.of(cadres.transfer(id, request));
    }

    @GET
    @Path("/{id}/transfers")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR, Roles.CADRE})
    @Operation(summary = "调动记录 / Transfer history of a cadre, newest first")
    public List<TransferView> transfers(@PathParam("id") UUID id) {
        return views.transfers(id);
    }

    @POST
    @Idempotent
    @IfMatch(Cadre.class)
    @Path("/{id}/retirement")
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Operation(summary = "干部退休 / Retire a cadre")
    public CadreView retire(@PathParam("id") UUID id, @NotNull @Valid RetireRequest request) {
        return views.of(cadres.retire(id, request));
    }

    @GET
    @Path("/{id}/audit")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR})
    @Operation(summary = "干部信息变更记录 / Audit trail of a cadre: who changed what, when")
    public List<AuditEntry> audit(@PathParam("id") UUID id) {
        return audit.history(Cadre.class, cadres.get(id).id);
    }
}
