package org.benling.training.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.benling.platform.personnel.CadreDirectory;
import org.benling.platform.security.Roles;
import org.benling.training.rest.api.EnrolmentView;
import org.benling.training.service.ClassAccess;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One enrolment by its id (a class's roster lists them all): the cadre's own, or one in the caller's scope. */
@Path("/api/training/enrolments")
@Tag(name = "培训班 Classes")
public class EnrolmentResource {

    @Inject ClassAccess access;
    @Inject CadreDirectory cadres;

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR, Roles.CADRE})
    @Operation(summary = "报名详情 / An enrolment")
    @Transactional
    public EnrolmentView get(@PathParam("id") UUID id) {
        var enrolment = access.enrolment(id);
        return EnrolmentView.of(enrolment, cadres.find(enrolment.cadreId));
    }
}
