package org.benling.personnel.rest;

import jakarta.validation.Valid;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.personnel.config.PersonnelConfig;
import org.benling.personnel.domain.Cadre;
import org.benling.personnel.domain.Unit;
import org.benling.personnel.roster.ImportReport;
import org.benling.personnel.roster.RosterImport;
import org.benling.personnel.roster.CadreRegisterWriter;
import org.benling.personnel.roster.RosterWorkbookWriter;
import org.benling.personnel.service.CadreSearch;
import org.benling.personnel.service.UnitService;
import org.benling.platform.files.XlsxTable;
import org.benling.platform.problem.Problem;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.Roles;
import org.benling.platform.security.ReadScope;
import org.benling.platform.security.UnitScope;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/api/cadres")
@Tag(name = "花名册 Roster", description = "花名册导入导出（xlsx）/ Roster import and export (xlsx)")
public class RosterResource {

    @Inject RosterImport rosterImport;
    @Inject CadreSearch search;
    @Inject UnitService unitService;
    @Inject UnitScope scope;
    @Inject PersonnelConfig config;
    @Inject Clock clock;

    @GET
    @Path("/import/template")
    @Produces(XlsxTable.MEDIA_TYPE)
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Operation(summary = "下载导入模板 / Download the import template (xlsx)")
    public Response template() {
        List<Unit> units = unitService.active();
        StreamingOutput body = out -> RosterWorkbookWriter.template(units, out);
        return attachment(body, "干部花名册导入模板.xlsx");
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Operation(summary = "导入花名册 / Import a roster (xlsx)", description = "逐行校验：必填项、日期、单位存在且在管理范围内、"
            + "工号在文件内和系统内不重复。默认导入合格行并返回逐行报告；mode=all-or-nothing 时任何一行有误则不导入（422）。"
            + " / Every row is checked; by default the good rows are imported and each row is reported;"
            + " with mode=all-or-nothing nothing is imported when any row is bad (422).")
    @APIResponse(responseCode = "200", description = "逐行报告 / The per-row report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "400", description = "文件不可读或缺少列 / Not a readable roster",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "文件超过 10 MB / The upload is larger than 10 MB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "全部或不导入模式下有错误行 / all-or-nothing with bad rows",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response importRoster(@RestForm("file") FileUpload file,
            @QueryParam("mode") @Parameter(description = "partial（默认）| all-or-nothing") String mode) {
        if (file == null || file.uploadedFile() == null) {
            throw ProblemException.invalidField("file", "attach the roster as multipart field 'file'");
        }
        ImportReport.Mode importMode = parseMode(mode);
        ImportReport report = rosterImport.importRoster(file.uploadedFile(), importMode);
        if (!report.committed()) {
            List<Problem.Violation> violations = report.rows().stream()
                    .flatMap(r -> r.violations().stream().map(v -> new Problem.Violation(
                            "rows[" + r.row() + "]." + v.field(), v.message())))
                    .toList();
            throw ProblemException.ruleViolated("import-rejected", report.rejected() + " of " + report.totalRows()
                    + " rows are invalid; nothing was imported", violations);
        }
        return Response.ok(report).build();
    }

    @GET
    @Path("/export")
    @Produces(XlsxTable.MEDIA_TYPE)
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR})
    @Operation(summary = "导出查询结果 / Export a search as xlsx", description = "参数同查询。layout=roster（默认）为花名册，可直接再导入；"
            + "layout=register 为干部名册（按单位分组、按职级排序，出生年月附年龄，供打印和报送）。"
            + " / Same parameters as the search. layout=roster (default): the roster, which can be imported again;"
            + " layout=register: the 干部名册 organisation departments print and exchange (by unit, by rank, ages as of today).")
    @APIResponse(responseCode = "200", description = "xlsx", content = @Content(mediaType = XlsxTable.MEDIA_TYPE))
    @APIResponse(responseCode = "400", description = "参数有误 / A bad parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response export(@Valid @BeanParam CadreSearchParams params,
            @QueryParam("layout") @Parameter(description = "roster（默认，可再导入）| register（干部名册）") String layout) {
        boolean register = parseLayout(layout);
        List<Cadre> cadres = search.all(params.query(), scope.readScope(), params.paging(), config.exportMaxRows());
        Map<UUID, Unit> units = unitService.byId();
        LocalDate today = LocalDate.now(clock);
        if (register) {
            String scopeName = scopeName(params, units);
            StreamingOutput body = out -> CadreRegisterWriter.write(cadres, units, scopeName, today, out);
            return attachment(body, "干部名册-" + today + ".xlsx");
        }
        StreamingOutput body = out -> RosterWorkbookWriter.export(cadres, units, out);
        return attachment(body, "干部花名册-" + today + ".xlsx");
    }

    /** What the register covers: the unit searched, else the caller's own unit for a subtree scope, else the root. */
    private String scopeName(CadreSearchParams params, Map<UUID, Unit> units) {
        UUID unitId = params.query().unitId();
        if (unitId != null && units.containsKey(unitId)) {
            return units.get(unitId).name;
        }
        String prefix = scope.readScope() instanceof ReadScope.Subtree subtree ? subtree.pathPrefix() : "";
        return units.values().stream().filter(u -> u.path.startsWith(prefix))
                .min(java.util.Comparator.comparingInt(u -> u.path.length())).map(u -> u.name).orElse("");
    }

    private static boolean parseLayout(String layout) {
        if (layout == null || layout.isBlank() || layout.equalsIgnoreCase("roster")) {
            return false;
        }
        if (layout.equalsIgnoreCase("register")) {
            return true;
        }
        throw ProblemException.invalidField("layout", "roster or register");
    }

    private static ImportReport.Mode parseMode(String mode) {
        if (mode == null || mode.isBlank() || mode.equalsIgnoreCase("partial")) {
            return ImportReport.Mode.PARTIAL;
        }
        if (mode.equalsIgnoreCase("all-or-nothing")) {
            return ImportReport.Mode.ALL_OR_NOTHING;
        }
        throw ProblemException.invalidField("mode", "partial or all-or-nothing");
    }

    private static Response attachment(StreamingOutput body, String filename) {
        String encoded = java.net.URLEncoder.encode(filename, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(body, XlsxTable.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"roster.xlsx\"; filename*=UTF-8''" + encoded)
                .build();
    }
}
