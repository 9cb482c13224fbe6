package org.benling.inspection.rest;

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
import java.util.UUID;
import org.benling.inspection.domain.Passport;
import org.benling.inspection.domain.Trip;
import org.benling.inspection.domain.rules.TripWorkflow;
import org.benling.inspection.rest.api.Cancellation;
import org.benling.inspection.rest.api.PassportHandover;
import org.benling.inspection.rest.api.PassportRequest;
import org.benling.inspection.rest.api.PassportView;
import org.benling.inspection.rest.api.TripDecision;
import org.benling.inspection.rest.api.TripRequest;
import org.benling.inspection.rest.api.TripView;
import org.benling.inspection.service.TravelAccess;
import org.benling.inspection.service.TravelCommands;
import org.benling.inspection.service.TravelQueries;
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

/** 出国（境）管理: the passports the HR offices hold and the private trips abroad, approved before travel. */
@Path("/api/inspection")
@Tag(name = "出国（境）Travel abroad")
public class TravelResource {

    @Inject TravelCommands commands;
    @Inject TravelQueries views;
    @Inject TravelAccess access;

    @GET
    @Path("/passports")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.INSPECTOR, Roles.HR, Roles.CADRE})
    @Operation(summary = "集中保管的证照 / The passports held",
            description = "人事部门、纪检监察人员：本单位及下级；领导、管理员：全部；干部：本人。unitId、cadreId、status（HELD|ISSUED|"
                    + "CANCELLED）、q（姓名、编号、证照号）；sort=registeredAt|expiresOn|name|unitName / in the caller's reach")
    public PageResult<PassportView> listPassports(@QueryParam("unitId") String unitId, @QueryParam("cadreId") String cadreId,
            @QueryParam("status") String status, @QueryParam("q") String q, @BeanParam PageParams paging) {
        return views.passports(new TravelQueries.PassportFilter(QueryValue.parse("unitId", unitId, UUID::fromString),
                QueryValue.parse("cadreId", cadreId, UUID::fromString),
                QueryValue.parse("status", status, Passport.Status::valueOf), q),
                paging.query(TravelQueries.PASSPORT_SORTABLE, "registeredAt,desc"));
    }

    @POST
    @Idempotent
    @Path("/passports")
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Operation(summary = "登记保管证照 / Register a passport the HR office holds",
            description = "证照集中保管：由干部所在单位（或上级）人事部门登记；同一证照号仅登记一次 / registered once by the HR office"
                    + " of the cadre's unit or above")
    @APIResponse(responseCode = "201", description = "已登记 / Registered",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PassportView.class)))
    public Response registerPassport(@NotNull @Valid PassportRequest body) {
        Passport p = commands.register(body);
        return Created.at("/api/inspection/passports", p.id, views.view(p));
    }

    @GET
    @Path("/passports/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.INSPECTOR, Roles.HR, Roles.CADRE})
    @Operation(summary = "一本证照 / A passport")
    public PassportView getPassport(@PathParam("id") UUID id) {
        return views.view(access.readablePassport(id));
    }

    @POST
    @Idempotent
    @IfMatch(Passport.class)
    @Path("/passports/{id}/cancellation")
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Operation(summary = "注销证照 / Cancel a passport (expired, lost, handed in)",
            description = "仅保管中的证照可注销 / only a passport in the office's custody")
    public PassportView cancelPassport(@PathParam("id") UUID id, @NotNull @Valid Cancellation body) {
        return views.view(commands.cancelPassport(id, body));
    }

    @GET
    @Path("/trips")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.INSPECTOR, Roles.HR, Roles.CADRE})
    @Operation(summary = "因私出国（境）/ The private trips abroad",
            description = "范围同证照；unitId、cadreId、status（REQUESTED|APPROVED|REFUSED|CANCELLED|ISSUED|RETURNED）、"
                    + "overdue（证照逾期未交回）、q（姓名、编号、目的地）；sort=departOn|requestedAt|passportDue|name|unitName")
    public PageResult<TripView> listTrips(@QueryParam("unitId") String unitId, @QueryParam("cadreId") String cadreId,
            @QueryParam("status") String status, @QueryParam("overdue") Boolean overdue, @QueryParam("q") String q,
            @BeanParam PageParams paging) {
        return views.trips(new TravelQueries.TripFilter(QueryValue.parse("unitId", unitId, UUID::fromString),
                QueryValue.parse("cadreId", cadreId, UUID::fromString),
                QueryValue.parse("status", status, TripWorkflow.Status::valueOf), overdue, q),
                paging.query(TravelQueries.TRIP_SORTABLE, "departOn,desc"));
    }

    @POST
    @Idempotent
    @Path("/trips")
    @RolesAllowed({Roles.ADMIN, Roles.HR, Roles.CADRE})
    @Operation(summary = "申请因私出国（境）/ Ask for a private trip abroad",
            description = "出行前报批：干部本人（省略 cadreId）或其单位人事部门代为申请；证照须已登记且有效期覆盖行程；同一时段"
                    + "只能有一项 / before travel, by the cadre or their HR office; on a registered passport valid for the trip")
    @APIResponse(responseCode = "201", description = "已申请 / Asked",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TripView.class)))
    public Response requestTrip(@NotNull @Valid TripRequest body) {
        Trip t = commands.request(body);
        return Created.at("/api/inspection/trips", t.id, views.view(t));
    }

    @GET
    @Path("/trips/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.INSPECTOR, Roles.HR, Roles.CADRE})
    @Operation(summary = "一项出国（境）申请 / A trip")
    public TripView getTrip(@PathParam("id") UUID id) {
        return views.view(access.readableTrip(id));
    }

    @POST
    @Idempotent
    @IfMatch(Trip.class)
    @Path("/trips/{id}/decision")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER})
    @Operation(summary = "审批 / Approve or refuse a trip",
            description = "出行日期前审批，不得事后补批；不予批准须说明理由；不得审批本人的申请 / before the departure; a refusal "
                    + "with its reason; never one's own")
    public TripView decideTrip(@PathParam("id") UUID id, @NotNull @Valid TripDecision body) {
        return views.view(commands.decide(id, body));
    }

    @POST
    @Idempotent
    @IfMatch(Trip.class)
    @Path("/trips/{id}/cancellation")
    @RolesAllowed({Roles.ADMIN, Roles.HR, Roles.CADRE})
    @Operation(summary = "撤回申请 / Withdraw a trip (before the passport is out)")
    public TripView cancelTrip(@PathParam("id") UUID id, @NotNull @Valid Cancellation body) {
        return views.view(commands.cancel(id, body));
    }

    @POST
    @Idempotent
    @IfMatch(Trip.class)
    @Path("/trips/{id}/passport-issued")
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Operation(summary = "证照领用 / The HR office hands the passport out for the approved trip",
            description = "交回期限为回国（境）后 10 日（可配置）/ it is due back 10 days (configurable) after the return")
    public TripView issuePassport(@PathParam("id") UUID id, @NotNull @Valid PassportHandover body) {
        return views.view(commands.issuePassport(id, body));
    }

    @POST
    @Idempotent
    @IfMatch(Trip.class)
    @Path("/trips/{id}/passport-returned")
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Operation(summary = "证照交回 / The passport is back in the office's custody",
            description = "逾期交回的记为逾期 / one back after its last day is kept as late")
    public TripView returnPassport(@PathParam("id") UUID id, @NotNull @Valid PassportHandover body) {
        return views.view(commands.returnPassport(id, body));
    }
}
