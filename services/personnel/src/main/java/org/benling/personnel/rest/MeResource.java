package org.benling.personnel.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.benling.personnel.rest.api.MeView;
import org.benling.personnel.service.CadreViews;
import org.benling.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/me")
@Tag(name = "我的信息 Me")
public class MeResource {

    @Inject CadreViews views;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR, Roles.CADRE})
    @Operation(summary = "当前用户信息 / Who am I", description = "干部用户同时返回本人档案。/ Cadres also get their own record.")
    public MeView me() {
        return views.me();
    }
}
