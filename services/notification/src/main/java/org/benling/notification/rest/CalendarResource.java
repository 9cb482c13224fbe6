package org.benling.notification.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.benling.notification.calendar.CalendarFeeds;
import org.benling.notification.rest.api.CalendarFeedLink;
import org.benling.notification.rest.api.CalendarFeedStatus;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/calendar")
@Tag(name = "日历订阅 Calendar feeds", description = "我的待办截止日与挂职，供日历应用订阅 / My deadlines and postings, for a"
        + " calendar app to subscribe to")
public class CalendarResource {

    @Inject CalendarFeeds feeds;

    @GET
    @Path("/feed")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR, Roles.CADRE})
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "我的日历订阅 / Whether I have a calendar feed")
    public CalendarFeedStatus mine() {
        return feeds.mine();
    }

    @POST
    @Path("/feed")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR, Roles.CADRE})
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "生成日历订阅链接 / Make my calendar feed's private address",
            description = "仅此一次显示；旧链接随即失效 / shown this once; the one before stops working")
    public CalendarFeedLink create() {
        return feeds.create();
    }

    @DELETE
    @Path("/feed")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR, Roles.CADRE})
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "撤销日历订阅链接 / Revoke my calendar feed")
    public void revoke() {
        feeds.revoke();
    }

    @GET
    @Path("/{token}.ics")
    @PermitAll
    @Produces("text/calendar")
    @Operation(summary = "日历订阅（iCalendar） / A calendar feed (iCalendar, RFC 5545)",
            description = "无需登录：链接中的令牌即凭据 / no login: the token in the address is the credential")
    public Response feed(@PathParam("token") String token) {
        String calendar = feeds.read(token)
                .orElseThrow(() -> ProblemException.notFound("Calendar feed", "(this address)"));
        return Response.ok(calendar, "text/calendar; charset=utf-8")
                .header("Content-Disposition", "inline; filename=\"benling.ics\"").build();
    }
}
