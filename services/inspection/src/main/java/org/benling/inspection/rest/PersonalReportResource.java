package org.benling.inspection.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.benling.inspection.domain.PersonalReport;
import org.benling.inspection.rest.api.AnnualReportRequest;
import org.benling.inspection.rest.api.ChangeReportRequest;
import org.benling.inspection.rest.api.FilingRow;
import org.benling.inspection.rest.api.MyPersonalReports;
import org.benling.inspection.rest.api.PersonalReportView;
import org.benling.inspection.service.MeasureReads;
import org.benling.inspection.service.PersonalReportAccess;
import org.benling.inspection.service.PersonalReportCommands;
import org.benling.inspection.service.PersonalReportQueries;
import org.benling.platform.idempotency.Idempotent;
import org.benling.platform.paging.PageParams;
import org.benling.platform.paging.PageResult;
import org.benling.platform.security.Roles;
import org.benling.platform.web.Created;
import org.benling.platform.web.QueryValue;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 个人有关事项报告: the cadre files their own; HR sees who filed (never the content); inspectors in scope, leaders and
 * administrators read the content, each read logged as the measures' are.
 */
@Path("/api/inspection/personal-reports")
@Tag(name = "个人有关事项 Personal matters")
public class PersonalReportResource {

    @Inject PersonalReportCommands reports;
    @Inject PersonalReportQueries views;
    @Inject PersonalReportAccess access;
    @Inject MeasureReads reads;
    @Inject Clock clock;

    @GET
    @Path("/mine")
    @RolesAllowed({Roles.CADRE, Roles.HR, Roles.INSPECTOR, Roles.LEADER, Roles.ADMIN})
    @Operation(summary = "我的个人有关事项报告 / My reports",
            description = "本年度报告（截止日期、是否已填报）及以往各次报告；账号须关联干部 / this year's report and its due day, "
                    + "and every report before; the account must be linked to a cadre")
    public MyPersonalReports mine() {
        return views.mine();
    }

    @PUT
    @Path("/mine/{year}")
    @RolesAllowed({Roles.CADRE, Roles.HR, Roles.INSPECTOR, Roles.LEADER, Roles.ADMIN})
    @Operation(summary = "填报（或修改）本年度报告 / File or correct this year's report",
            description = "每年 1 月 31 日前填报（可配置），逾期仍可填报并标为逾期；被抽查核实后不能修改 / due by 31 January "
                    + "(configurable); later filings are kept, marked late; a report under check stays as filed")
    public PersonalReportView fileAnnual(@PathParam("year") @Min(2000) @Max(2100) int year,
            @NotNull @Valid AnnualReportRequest body) {
        return views.view(reports.fileAnnual(year, body));
    }

    @POST
    @Idempotent
    @Path("/mine/changes")
    @RolesAllowed({Roles.CADRE, Roles.HR, Roles.INSPECTOR, Roles.LEADER, Roles.ADMIN})
    @Operation(summary = "报告个人有关事项变化 / Report a change (marriage, family abroad)",
            description = "变化后 30 日内报告（可配置），逾期标为逾期 / within 30 days of it (configurable); later ones marked late")
    @APIResponse(responseCode = "201", description = "已报告 / Reported",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PersonalReportView.class)))
    public Response reportChange(@NotNull @Valid ChangeReportRequest body) {
        PersonalReport r = reports.reportChange(body);
        return Created.at("/api/inspection/personal-reports", r.id, views.view(r));
    }

    @GET
    @Path("/filings")
    @RolesAllowed({Roles.HR, Roles.INSPECTOR, Roles.LEADER, Roles.ADMIN})
    @Operation(summary = "填报情况（不含内容）/ Who filed the year's report",
            description = "本单位及下级在职干部的年度报告是否填报、是否逾期及变化报告次数，不含报告内容。year（默认本年）、"
                    + "unitId、status（FILED|LATE|MISSING）、q；sort=name|unitName|filedOn|employeeNumber / whether each "
                    + "active cadre in reach filed the year's report, late or not, and how many changes; never the content")
    public PageResult<FilingRow> filings(@QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @QueryParam("unitId") String unitId, @QueryParam("status") String status,
            @QueryParam("q") @Size(max = 100) String text, @BeanParam PageParams paging) {
        return views.filings(new PersonalReportQueries.FilingFilter(year == null ? LocalDate.now(clock).getYear() : year,
                QueryValue.parse("unitId", unitId, UUID::fromString),
                QueryValue.parse("status", status, FilingRow.Status::valueOf), text),
                paging.query(PersonalReportQueries.FILING_SORTABLE, "employeeNumber"));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.CADRE, Roles.INSPECTOR, Roles.LEADER, Roles.ADMIN})
    @Operation(summary = "报告内容（限定范围）/ A report with its content (restricted)",
            description = "本人、本单位及下级的巡视巡察人员、领导、管理员；人事部门不可见；每次查阅均有记录 / the cadre, "
                    + "inspectors in scope, leaders, administrators; never HR; every read is logged")
    public PersonalReportView get(@PathParam("id") UUID id) {
        PersonalReport r = access.readable(id);
        reads.record("personal-report", List.of(new MeasureReads.Shown(null, r.cadreId)));
        return views.view(r);
    }
}
