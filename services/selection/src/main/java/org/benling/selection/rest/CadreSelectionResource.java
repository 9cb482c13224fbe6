package org.benling.selection.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.benling.platform.security.Roles;
import org.benling.selection.rest.api.CadreSelectionRecord;
import org.benling.selection.service.CadreSelectionQueries;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A cadre's place in selection, for the portfolio (组织人事部门 and supervisors; not the cadre: 后备名单 are not shown to them). */
@Path("/api/selection/cadres")
@Tag(name = "后备人选 Succession")
public class CadreSelectionResource {

    @Inject CadreSelectionQueries queries;

    @GET
    @Path("/{id}/record")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.INSPECTOR, Roles.HR})
    @Operation(summary = "干部的选拔任用记录 / A cadre's pools, successions and candidacies",
            description = "后备干部库、关键岗位后备人选、考察对象经历，限调用者可见单位；本人不可查看 / as far as the caller reaches each"
                    + " unit; not for the cadre themself")
    public CadreSelectionRecord record(@PathParam("id") UUID id) {
        return queries.record(id);
    }
}
