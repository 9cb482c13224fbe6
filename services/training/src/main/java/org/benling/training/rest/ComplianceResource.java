package org.benling.training.rest;

import org.benling.platform.files.XlsxTable;
import org.benling.platform.paging.PageQuery;
import org.benling.platform.web.QueryValue;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.Roles;
import org.benling.training.domain.rules.ComplianceStatus;
import org.benling.training.rest.api.UnitComplianceView;
import org.benling.training.service.ComplianceService;
import org.benling.training.service.ComplianceWorkbook;
import org.benling.training.service.EarlyWarning;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.benling.training.rest.api.CadreCompliance;

@Path("/api/training/compliance")
@Tag(name = "学时达标 Compliance")
public class ComplianceResource {

    @Inject ComplianceService compliance;
    @Inject EarlyWarning earlyWarning;
    @Inject Clock clock;

    @GET
    @Path("/figures")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR})
    @Operation(summary = "学时达标统计 / 学时 compliance by child unit and rank",
            description = "unitId（默认本单位，领导为全局）按下级单位与职级：各状态人数与达标率；asOf 默认今天"
                    + " / by child unit of unitId (default: the caller's, the bureau for leaders) and rank: cadres per"
                    + " status and the share compliant; asOf defaults to today")
    public org.benling.training.rest.api.ComplianceFiguresView figures(@QueryParam("unitId") String unitId,
            @QueryParam("asOf") String asOf) {
        return compliance.figures(QueryValue.parse("unitId", unitId, UUID::fromString),
                QueryValue.parse("asOf", asOf, LocalDate::parse));
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR})
    @Operation(summary = "单位学时达标情况 / Compliance of a unit subtree", description = "县处级以上五年累计 550 学时（或三个月），"
            + "乡科级及以下每年 90 学时（或 12 天），每年网络学习 50 学时，新提任一年内补足。可按状态筛选、分页。"
            + " / 550 学时 in five years (county level and above), 90 a year (section level), 50 online a year,"
            + " one year after promotion; filter by status, paged.")
    public UnitComplianceView ofUnit(@QueryParam("unitId") String unitId, @QueryParam("status") String status,
            @QueryParam("asOf") String asOf, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        UUID unit = required("unitId", QueryValue.parse("unitId", unitId, UUID::fromString));
        ComplianceStatus filter = QueryValue.parse("status", status, ComplianceStatus::valueOf);
        PageQuery paging = PageQuery.of(page, size, null, Map.of("employeeNumber", "employeeNumber"), "employeeNumber");
        var table = compliance.page(unit, QueryValue.parse("asOf", asOf, LocalDate::parse), filter, paging.page(), paging.size());
        return new UnitComplianceView(table.assessedOn(), table.windows().rollingStart(), table.windows().yearStart(),
                table.cadres(), table.byStatus(), paging.page(), paging.size(),
                (table.total() + paging.size() - 1) / paging.size(), table.total(), table.rows());
    }

    @GET
    @Path("/cadres/{cadreId}")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR, Roles.CADRE})
    @Operation(summary = "某干部的学时达标情况 / One cadre's compliance, requirement by requirement")
    public CadreCompliance ofCadre(@PathParam("cadreId") UUID cadreId) {
        return compliance.ofCadre(cadreId);
    }

    @GET
    @Path("/export")
    @Produces(XlsxTable.MEDIA_TYPE)
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR})
    @Operation(summary = "导出单位达标表 / Export a unit's compliance table (xlsx)")
    public Response export(@QueryParam("unitId") String unitId, @QueryParam("status") String status) {
        UUID unit = required("unitId", QueryValue.parse("unitId", unitId, UUID::fromString));
        ComplianceStatus filter = QueryValue.parse("status", status, ComplianceStatus::valueOf);
        var all = compliance.ofUnit(unit, null);
        var table = filter == null ? all : new ComplianceService.UnitCompliance(all.assessedOn(), all.windows(),
                all.cadres(), all.byStatus(), all.rows().stream().filter(r -> r.assessment().status() == filter).toList());
        StreamingOutput body = out -> ComplianceWorkbook.write(table, out);
        return Response.ok(body, XlsxTable.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"training-compliance.xlsx\"").build();
    }

    @POST
    @Path("/early-warning")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "立即运行学时预警 / Run the early warning now", description = "通常按计划每日运行。/ Normally scheduled daily.")
    public Map<String, Integer> runEarlyWarning() {
        return Map.of("warnings", earlyWarning.run(LocalDate.now(clock)));
    }

    private static <T> T required(String name, T value) {
        if (value == null) {
            throw ProblemException.invalidField(name, "required");
        }
        return value;
    }
}
