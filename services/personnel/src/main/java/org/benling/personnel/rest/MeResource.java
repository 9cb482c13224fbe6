package org.benling.personnel.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.UUID;
import org.benling.personnel.domain.Cadre;
import org.benling.personnel.domain.Unit;
import org.benling.personnel.rest.api.CadreView;
import org.benling.personnel.rest.api.MeView;
import org.benling.platform.security.Caller;
import org.benling.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/me")
@Tag(name = "我的信息 Me")
@SecurityRequirement(name = "SecurityScheme")
public class MeResource {

    @Inject Caller caller;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR, Roles.CADRE})
    @Operation(summary = "当前用户信息 / Who am I", description = "干部用户同时返回本人档案。/ Cadres also get their own record.")
    public MeView me() {
        UUID unitId = caller.unitId().orElse(null);
        Unit unit = unitId == null ? null : Unit.findById(unitId);
        CadreView cadre = caller.cadreId().map(id -> Cadre.<Cadre>findById(id))
                .map(c -> CadreView.of(c, Unit.findById(c.unitId))).orElse(null);
        return new MeView(caller.name(), caller.roles(), unitId, unit == null ? null : unit.name, cadre);
    }
}
