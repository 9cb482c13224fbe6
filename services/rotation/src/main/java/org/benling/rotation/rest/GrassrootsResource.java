package org.benling.rotation.rest;

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
import java.util.UUID;
import org.benling.contracts.Capability;
import org.benling.platform.idempotency.Idempotent;
import org.benling.platform.paging.PageParams;
import org.benling.platform.paging.PageResult;
import org.benling.platform.preconditions.IfMatch;
import org.benling.platform.security.Roles;
import org.benling.platform.web.Created;
import org.benling.platform.web.QueryValue;
import org.benling.rotation.domain.ContactPoint;
import org.benling.rotation.domain.ResearchReport;
import org.benling.rotation.rest.api.ContactPointEnd;
import org.benling.rotation.rest.api.ContactPointRequest;
import org.benling.rotation.rest.api.ContactPointView;
import org.benling.rotation.rest.api.ContactVisitRequest;
import org.benling.rotation.rest.api.ResearchFollowUp;
import org.benling.rotation.rest.api.ResearchReportRequest;
import org.benling.rotation.rest.api.ResearchReportView;
import org.benling.rotation.service.GrassrootsAccess;
import org.benling.rotation.service.GrassrootsCommands;
import org.benling.rotation.service.GrassrootsQueries;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 基层联系点 and 大调研: each leader's grassroots contact point with its visits, and the leaders' research reports. */
@Path("/api/rotation")
@Tag(name = "基层联系与调研 Grassroots and research")
public class GrassrootsResource {

    @Inject GrassrootsCommands commands;
    @Inject GrassrootsQueries views;
    @Inject GrassrootsAccess access;

    @GET
    @Path("/contact-points")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.INSPECTOR, Roles.HR, Roles.CADRE})
    @Operation(summary = "基层联系点 / The grassroots contact points",
            description = "人事部门、纪检监察人员：本单位及下级；领导、管理员：全部；干部：本人。unitId、cadreId、current（仍在联系）、"
                    + "q（姓名、编号、联系点）；sort=since|name|unitName|lastVisitedOn / in the caller's reach")
    public PageResult<ContactPointView> listContactPoints(@QueryParam("unitId") String unitId,
            @QueryParam("cadreId") String cadreId, @QueryParam("current") Boolean current, @QueryParam("q") String q,
            @BeanParam PageParams paging) {
        return views.points(new GrassrootsQueries.PointFilter(QueryValue.parse("unitId", unitId, UUID::fromString),
                QueryValue.parse("cadreId", cadreId, UUID::fromString), current, q),
                paging.query(GrassrootsQueries.POINT_SORTABLE, "since,desc"));
    }

    @POST
    @Idempotent
    @Path("/contact-points")
    @RolesAllowed({Roles.ADMIN, Roles.HR, Roles.CADRE})
    @Operation(summary = "建立基层联系点 / Take up a grassroots contact point",
            description = "领导干部本人（省略 cadreId）或其单位人事部门；同一时间只保持一个联系点 / by the leader or their HR office;"
                    + " one kept at a time")
    @APIResponse(responseCode = "201", description = "已建立 / Taken up",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ContactPointView.class)))
    public Response takeUpContactPoint(@NotNull @Valid ContactPointRequest body) {
        ContactPoint p = commands.takeUp(body);
        return Created.at("/api/rotation/contact-points", p.id, views.point(p));
    }

    @GET
    @Path("/contact-points/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.INSPECTOR, Roles.HR, Roles.CADRE})
    @Operation(summary = "一个联系点及其走访记录 / A contact point with its visits")
    public ContactPointView getContactPoint(@PathParam("id") UUID id) {
        return views.point(access.readablePoint(id));
    }

    @POST
    @Idempotent
    @Path("/contact-points/{id}/visits")
    @RolesAllowed({Roles.ADMIN, Roles.HR, Roles.CADRE})
    @Operation(summary = "记录走访 / Record a visit",
            description = "了解的情况、反映的问题、解决的问题数及解决情况；计入群众工作本领 / what was learned and solved: evidence"
                    + " of mass work")
    @APIResponse(responseCode = "201", description = "已记录 / Recorded",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ContactPointView.class)))
    public Response recordVisit(@PathParam("id") UUID id, @NotNull @Valid ContactVisitRequest body) {
        commands.visit(id, body);
        ContactPoint p = access.readablePoint(id);
        return Created.at("/api/rotation/contact-points", p.id, views.point(p));
    }

    @POST
    @Idempotent
    @IfMatch(ContactPoint.class)
    @Path("/contact-points/{id}/end")
    @RolesAllowed({Roles.ADMIN, Roles.HR, Roles.CADRE})
    @Operation(summary = "结束联系 / The point is no longer kept")
    public ContactPointView endContactPoint(@PathParam("id") UUID id, @NotNull @Valid ContactPointEnd body) {
        return views.point(commands.end(id, body));
    }

    @GET
    @Path("/research-reports")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.INSPECTOR, Roles.HR, Roles.CADRE})
    @Operation(summary = "调研报告（大调研）/ The research reports",
            description = "范围同联系点；unitId、cadreId、year、adopted、capability、q（姓名、编号、标题）；"
                    + "sort=submittedOn|title|name|unitName")
    public PageResult<ResearchReportView> listResearchReports(@QueryParam("unitId") String unitId,
            @QueryParam("cadreId") String cadreId, @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @QueryParam("adopted") Boolean adopted, @QueryParam("capability") String capability, @QueryParam("q") String q,
            @BeanParam PageParams paging) {
        return views.reports(new GrassrootsQueries.ReportFilter(QueryValue.parse("unitId", unitId, UUID::fromString),
                QueryValue.parse("cadreId", cadreId, UUID::fromString), year, adopted,
                QueryValue.parse("capability", capability, Capability::valueOf), q),
                paging.query(GrassrootsQueries.REPORT_SORTABLE, "submittedOn,desc"));
    }

    @POST
    @Idempotent
    @Path("/research-reports")
    @RolesAllowed({Roles.ADMIN, Roles.HR, Roles.CADRE})
    @Operation(summary = "报送调研报告 / File a research report",
            description = "领导干部本人（省略 cadreId）或其单位人事部门；计入所涉本领 / by the leader or their HR office; evidence of"
                    + " the capabilities it bears on")
    @APIResponse(responseCode = "201", description = "已报送 / Filed",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ResearchReportView.class)))
    public Response fileResearchReport(@NotNull @Valid ResearchReportRequest body) {
        ResearchReport r = commands.file(body);
        return Created.at("/api/rotation/research-reports", r.id, views.report(r));
    }

    @GET
    @Path("/research-reports/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.INSPECTOR, Roles.HR, Roles.CADRE})
    @Operation(summary = "一篇调研报告 / A research report")
    public ResearchReportView getResearchReport(@PathParam("id") UUID id) {
        return views.report(access.readableReport(id));
    }

    @POST
    @Idempotent
    @IfMatch(ResearchReport.class)
    @Path("/research-reports/{id}/follow-up")
    @RolesAllowed({Roles.ADMIN, Roles.HR, Roles.LEADER})
    @Operation(summary = "记录成果转化运用 / Record what was done with a report",
            description = "人事部门或领导记录，作者本人不能记录；转化运用的计入本领评价 / by HR or a leader, never the author")
    public ResearchReportView followUpResearchReport(@PathParam("id") UUID id, @NotNull @Valid ResearchFollowUp body) {
        return views.report(commands.followUp(id, body));
    }
}
