package org.benling.personnel.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.benling.personnel.domain.Unit;
import org.benling.personnel.rest.api.UnitNode;
import org.benling.personnel.rest.api.UnitRequest;
import org.benling.personnel.rest.api.UnitUpdate;
import org.benling.personnel.service.UnitService;
import org.benling.platform.audit.AuditEntry;
import org.benling.platform.audit.AuditTrail;
import org.benling.platform.idempotency.Idempotent;
import org.benling.platform.preconditions.IfMatch;
import org.benling.platform.security.Roles;
import org.benling.platform.web.Created;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/units")
@Tag(name = "单位 Units", description = "单位树：国家邮政局、司局、省局、市局 / The unit tree")
public class UnitResource {

    @Inject UnitService units;
    @Inject AuditTrail audit;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR, Roles.CADRE, Roles.INTEGRATION})
    @Operation(summary = "单位树 / The whole unit tree", description = "每个单位含下级单位和在职干部人数。"
            + " / Every unit with its children and its number of active cadres.")
    public List<UnitNode> tree() {
        return units.tree();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR, Roles.CADRE, Roles.INTEGRATION})
    @Operation(summary = "单位详情 / One unit")
    public UnitNode get(@PathParam("id") UUID id) {
        return node(units.get(id));
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "新建单位 / Create a unit", description = "仅系统管理员。/ Administrators only.")
    @APIResponse(responseCode = "201", description = "已创建 / Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = UnitNode.class)))
    public Response create(@NotNull @Valid UnitRequest request) {
        Unit unit = units.create(request);
        return Created.at("/api/units", unit.id, node(unit));
    }

    @PUT
    @IfMatch(Unit.class)
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "修改单位 / Rename, move or deactivate a unit")
    public UnitNode update(@PathParam("id") UUID id, @NotNull @Valid UnitUpdate request) {
        return node(units.update(id, request));
    }

    @GET
    @Path("/{id}/audit")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER})
    @Operation(summary = "单位变更记录 / Audit trail of a unit")
    public List<AuditEntry> audit(@PathParam("id") UUID id) {
        return audit.history(Unit.class, units.get(id).id);
    }

    private static UnitNode node(Unit u) {
        return new UnitNode(u.id, u.code, u.name, u.kind, u.parentId, u.active, null, u.version, List.of());
    }
}
