package org.benling.selection.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.benling.contracts.personnel.RankLevel;
import org.benling.platform.idempotency.Idempotent;
import org.benling.platform.paging.PageParams;
import org.benling.platform.paging.PageResult;
import org.benling.platform.preconditions.IfMatch;
import org.benling.platform.security.Roles;
import org.benling.platform.web.Created;
import org.benling.platform.web.QueryValue;
import org.benling.selection.domain.Appointment;
import org.benling.selection.domain.rules.AppointmentWorkflow;
import org.benling.selection.domain.rules.JointReview;
import org.benling.selection.rest.api.AppointmentRequests;
import org.benling.selection.rest.api.AppointmentView;
import org.benling.selection.service.AppointmentAccess;
import org.benling.selection.service.AppointmentCommands;
import org.benling.selection.service.AppointmentQueries;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 选拔任用全程纪实: an appointment trail from the motion to the appointment, each step a command on the trail with
 * the version read (If-Match), the checks of the joint review answered one by one.
 */
@Path("/api/selection/appointments")
@Tag(name = "选拔任用 Appointments")
public class AppointmentResource {

    @Inject AppointmentCommands commands;
    @Inject AppointmentQueries views;
    @Inject AppointmentAccess access;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.INSPECTOR, Roles.HR})
    @Operation(summary = "选拔任用纪实 / The appointment trails in reach",
            description = "unitId（含下级）、stage、rankLevel、q（职位）；sort=createdAt|postTitle|stage / in the caller's reach")
    public PageResult<AppointmentView> list(@QueryParam("unitId") String unitId, @QueryParam("stage") String stage,
            @QueryParam("rankLevel") String rankLevel, @QueryParam("q") String q, @BeanParam PageParams paging) {
        return views.list(new AppointmentQueries.Filter(QueryValue.parse("unitId", unitId, UUID::fromString),
                QueryValue.parse("stage", stage, AppointmentWorkflow.Stage::valueOf),
                QueryValue.parse("rankLevel", rankLevel, RankLevel::valueOf), q),
                paging.query(AppointmentQueries.SORTABLE, "createdAt,desc"));
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Operation(summary = "动议 / Open an appointment trail for a post", description = "职位、职级、理由、选拔方式 / the post,"
            + " its rank, why and how")
    @APIResponse(responseCode = "201", description = "已动议 / Opened",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AppointmentView.class)))
    public Response motion(@NotNull @Valid AppointmentRequests.Motion body) {
        Appointment a = commands.motion(body);
        return Created.at("/api/selection/appointments", a.id, views.view(a));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.INSPECTOR, Roles.HR})
    @Operation(summary = "一项选拔任用的全程纪实 / A trail with its whole record")
    public AppointmentView get(@PathParam("id") UUID id) {
        return views.view(access.readable(id));
    }

    @POST
    @Idempotent
    @IfMatch(Appointment.class)
    @Path("/{id}/recommendation")
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Operation(summary = "民主推荐 / Record the recommendation (an online session of the unit, closed, or a note)")
    public AppointmentView recommend(@PathParam("id") UUID id, @NotNull @Valid AppointmentRequests.Recommendation body) {
        return views.view(commands.recommend(id, body));
    }

    @POST
    @Idempotent
    @IfMatch(Appointment.class)
    @Path("/{id}/candidates")
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Operation(summary = "确定考察对象 / Name the candidates", description = "每名须符合提名条件（422 not-eligible，不列措施）/"
            + " each must be eligible (422 not-eligible, naming no measure)")
    public AppointmentView setCandidates(@PathParam("id") UUID id, @NotNull @Valid AppointmentRequests.Candidates body) {
        return views.view(commands.setCandidates(id, body));
    }

    @POST
    @Idempotent
    @IfMatch(Appointment.class)
    @Path("/{id}/investigation")
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Operation(summary = "考察 / Record the investigation, a report per candidate")
    public AppointmentView investigate(@PathParam("id") UUID id, @NotNull @Valid AppointmentRequests.Investigation body) {
        return views.view(commands.investigate(id, body));
    }

    @POST
    @Idempotent
    @IfMatch(Appointment.class)
    @Path("/{id}/joint-review")
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Operation(summary = "凡提四必 / Request the four checks of every candidate")
    public AppointmentView openJointReview(@PathParam("id") UUID id) {
        return views.view(commands.openJointReview(id));
    }

    @PUT
    @IfMatch(Appointment.class)
    @Path("/{id}/candidates/{cadreId}/checks/{check}")
    @RolesAllowed({Roles.ADMIN, Roles.HR, Roles.INSPECTOR})
    @Operation(summary = "答复一项核查 / Answer one check of a candidate",
            description = "档案专审由人事部门，纪检监察机关意见、信访举报核查由纪检监察人员，个人有关事项核查由二者之一答复；有问题的须说明 /"
                    + " the file by HR, the opinion and the petitions by inspectors, the personal matters by either")
    public AppointmentView answer(@PathParam("id") UUID id, @PathParam("cadreId") UUID cadreId,
            @PathParam("check") JointReview.Check check, @NotNull @Valid AppointmentRequests.Answer body) {
        return views.view(commands.answer(id, cadreId, check, body));
    }

    @POST
    @Idempotent
    @IfMatch(Appointment.class)
    @Path("/{id}/decision")
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Operation(summary = "讨论决定 / Record the decision meeting's vote on a candidate",
            description = "凡提四必均无问题、仍符合提名条件；三分之二以上成员到会、超过应到会成员半数同意 / all four checks clear,"
                    + " still eligible, two thirds present and more than half of all members in favour")
    public AppointmentView decide(@PathParam("id") UUID id, @NotNull @Valid AppointmentRequests.Decision body) {
        return views.view(commands.decide(id, body));
    }

    @POST
    @Idempotent
    @IfMatch(Appointment.class)
    @Path("/{id}/publicity")
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Operation(summary = "任前公示 / Publish the decided candidate", description = "公示期不少于 5 个工作日（可配置）/ at"
            + " least 5 working days (configurable)")
    public AppointmentView publish(@PathParam("id") UUID id, @NotNull @Valid AppointmentRequests.Publicity body) {
        return views.view(commands.publish(id, body));
    }

    @POST
    @Idempotent
    @IfMatch(Appointment.class)
    @Path("/{id}/objections")
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Operation(summary = "公示期间反映 / Record an objection raised, or one looked into")
    public AppointmentView objection(@PathParam("id") UUID id, @NotNull @Valid AppointmentRequests.Objection body) {
        return views.view(commands.objection(id, body));
    }

    @POST
    @Idempotent
    @IfMatch(Appointment.class)
    @Path("/{id}/appointment")
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Operation(summary = "任职 / Appoint, after the publicity with no objection open")
    public AppointmentView appoint(@PathParam("id") UUID id, @NotNull @Valid AppointmentRequests.Appoint body) {
        return views.view(commands.appoint(id, body));
    }

    @POST
    @Idempotent
    @IfMatch(Appointment.class)
    @Path("/{id}/withdrawal")
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Operation(summary = "终止 / Withdraw the trail, with the reason")
    public AppointmentView withdraw(@PathParam("id") UUID id, @NotNull @Valid AppointmentRequests.Withdrawal body) {
        return views.view(commands.withdraw(id, body));
    }
}
