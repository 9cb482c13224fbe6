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
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.benling.inspection.domain.Finding;
import org.benling.inspection.domain.InspectionRound;
import org.benling.inspection.domain.rules.FindingWorkflow;
import org.benling.inspection.domain.rules.RoundWorkflow.Command;
import org.benling.inspection.domain.rules.RoundWorkflow;
import org.benling.inspection.rest.api.CoverageView;
import org.benling.inspection.rest.api.DailyRunResult;
import org.benling.inspection.rest.api.FindingJudgement;
import org.benling.inspection.rest.api.FindingRequest;
import org.benling.inspection.rest.api.FindingView;
import org.benling.inspection.rest.api.RecheckRequest;
import org.benling.inspection.rest.api.ReportRequest;
import org.benling.inspection.rest.api.ReportReturn;
import org.benling.inspection.rest.api.RoundRequest;
import org.benling.inspection.rest.api.RoundTransition;
import org.benling.inspection.rest.api.RoundView;
import org.benling.inspection.service.DailyRun;
import org.benling.inspection.service.FindingCommands;
import org.benling.inspection.service.FindingQueries;
import org.benling.inspection.service.RoundAccess;
import org.benling.inspection.service.RoundCommands;
import org.benling.inspection.service.RoundQueries;
import org.benling.platform.audit.AuditEntry;
import org.benling.platform.audit.AuditTrail;
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

@Path("/api/inspection")
@Tag(name = "巡视巡察 Inspection")
public class RoundResource {

    private static final Map<String, String> ROUNDS_SORTABLE = Map.of("onSiteStart", "r.on_site_start",
            "title", "r.title", "status", "r.status");
    private static final Map<String, String> FINDING_SORTABLE = Map.of("dueOn", "f.due_on", "recordedAt", "f.recorded_at",
            "severity", "f.severity", "unit", "u.name");

    @Inject RoundCommands rounds;
    @Inject RoundQueries roundViews;
    @Inject RoundAccess roundAccess;
    @Inject Clock clock;
    @Inject FindingCommands findings;
    @Inject FindingQueries findingViews;
    @Inject DailyRun daily;
    @Inject AuditTrail audit;

    @GET
    @Path("/rounds")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.INSPECTOR, Roles.HR})
    @Operation(summary = "巡视巡察轮次 / Inspection rounds in scope, newest first",
            description = "kind（INSPECTION 巡视 | CIRCUIT 巡察）、status、year（进驻年份）；sort=onSiteStart|title|status")
    public PageResult<RoundView> rounds(@QueryParam("kind") String kind, @QueryParam("status") String status,
            @QueryParam("year") Integer year, @BeanParam PageParams paging) {
        return roundViews.list(QueryValue.parse("kind", kind, InspectionRound.Kind::valueOf),
                QueryValue.parse("status", status, RoundWorkflow.Status::valueOf), year,
                paging.query(ROUNDS_SORTABLE, "onSiteStart,desc"));
    }

    @POST
    @Idempotent
    @Path("/rounds")
    @RolesAllowed({Roles.ADMIN, Roles.INSPECTOR})
    @Operation(summary = "安排轮次 / Plan a round (巡视 of provincial, 巡察 of municipal administrations; 回头看 with followUpOf)")
    @APIResponse(responseCode = "201", description = "已安排 / Planned",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = RoundView.class)))
    public Response create(@NotNull @Valid RoundRequest request) {
        InspectionRound r = rounds.create(request);
        return Created.at("/api/inspection/rounds", r.id, roundViews.view(r));
    }

    @GET
    @Path("/rounds/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.INSPECTOR, Roles.HR})
    @Operation(summary = "轮次详情 / A round with its targets, findings count and the actions allowed to you")
    public RoundView round(@PathParam("id") UUID id) {
        return roundViews.get(id);
    }

    @POST
    @Idempotent
    @IfMatch(InspectionRound.class)
    @Path("/rounds/{id}/{command: start|feedback|rectify|close}")
    @RolesAllowed({Roles.ADMIN, Roles.INSPECTOR})
    @Operation(summary = "推进阶段 / Move the round on: start (进驻), feedback (反馈, feedbackOn), rectify (整改), close (结束)")
    public RoundView command(@PathParam("id") UUID id, @PathParam("command") String command, RoundTransition body) {
        return roundViews.view(rounds.command(id, Command.valueOf(command.toUpperCase()),
                body == null ? null : body.feedbackOn(), body == null ? null : body.version()));
    }

    @GET
    @Path("/rounds/{id}/audit")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.INSPECTOR})
    @Operation(summary = "变更记录 / Who changed the round, when, before and after")
    public List<AuditEntry> roundAudit(@PathParam("id") UUID id) {
        return audit.history(InspectionRound.class, roundAccess.readable(id).id);
    }

    @GET
    @Path("/rounds/{id}/findings")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.INSPECTOR, Roles.HR})
    @Operation(summary = "本轮问题清单 / The round's findings")
    public PageResult<FindingView> roundFindings(@PathParam("id") UUID id, @BeanParam PageParams paging) {
        roundAccess.readable(id);
        return findingViews.list(new FindingQueries.FindingFilter(id, null, null, null, null, null),
                paging.query(FINDING_SORTABLE, "dueOn"));
    }

    @POST
    @Idempotent
    @Path("/rounds/{id}/findings")
    @RolesAllowed({Roles.ADMIN, Roles.INSPECTOR})
    @Operation(summary = "录入问题 / Record a finding (FindingRecorded); the deadline defaults to 2 months after feedback")
    @APIResponse(responseCode = "201", description = "已录入 / Recorded",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = FindingView.class)))
    public Response record(@PathParam("id") UUID id, @NotNull @Valid FindingRequest request) {
        Finding f = findings.record(id, request);
        return Created.at("/api/inspection/findings", f.id, findingViews.view(f));
    }

    @GET
    @Path("/findings")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.INSPECTOR, Roles.HR})
    @Operation(summary = "问题整改看板 / Findings in scope with deadlines",
            description = "roundId、unitId（含下级）、status、overdue=true、capability、cadreId（点名或负责整改的干部 / naming the"
                    + " cadre or making them answer for it）；sort=dueOn|recordedAt|severity|unit")
    public PageResult<FindingView> findings(@QueryParam("roundId") String roundId,
            @QueryParam("unitId") String unitId, @QueryParam("status") String status, @QueryParam("overdue") Boolean overdue,
            @QueryParam("capability") String capability, @QueryParam("cadreId") String cadreId,
            @BeanParam PageParams paging) {
        return findingViews.list(new FindingQueries.FindingFilter(QueryValue.parse("roundId", roundId, UUID::fromString),
                QueryValue.parse("unitId", unitId, UUID::fromString),
                QueryValue.parse("status", status, FindingWorkflow.Status::valueOf), overdue,
                QueryValue.parse("capability", capability, org.benling.contracts.Capability::valueOf),
                QueryValue.parse("cadreId", cadreId, UUID::fromString)),
                paging.query(FINDING_SORTABLE, "dueOn"));
    }

    @GET
    @Path("/findings/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.INSPECTOR, Roles.HR})
    @Operation(summary = "问题详情 / A finding with its rectification reports")
    public FindingView finding(@PathParam("id") UUID id) {
        return findingViews.get(id);
    }

    @POST
    @Idempotent
    @IfMatch(Finding.class)
    @Path("/findings/{id}/rectification")
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Operation(summary = "报送整改报告 / File the rectification report (HR of the responsible unit)")
    public FindingView report(@PathParam("id") UUID id, @NotNull @Valid ReportRequest request) {
        return findingViews.view(findings.report(id, request));
    }

    @POST
    @Idempotent
    @IfMatch(Finding.class)
    @Path("/findings/{id}/close")
    @RolesAllowed({Roles.ADMIN, Roles.INSPECTOR})
    @Operation(summary = "审核通过并销号 / Accept the report and close the finding")
    public FindingView close(@PathParam("id") UUID id, @NotNull @Valid FindingJudgement body) {
        return findingViews.view(findings.judge(id, true, body.conclusion()));
    }

    @POST
    @Idempotent
    @IfMatch(Finding.class)
    @Path("/findings/{id}/return")
    @RolesAllowed({Roles.ADMIN, Roles.INSPECTOR})
    @Operation(summary = "退回整改报告 / Return the report (the finding is open again)")
    public FindingView returnReport(@PathParam("id") UUID id, @NotNull @Valid ReportReturn body) {
        return findingViews.view(findings.judge(id, false, body.note()));
    }

    @POST
    @Idempotent
    @IfMatch(Finding.class)
    @Path("/findings/{id}/recheck")
    @RolesAllowed({Roles.ADMIN, Roles.INSPECTOR})
    @Operation(summary = "回头看 / Re-check a closed finding in a follow-up round; not fixed reopens it with a new deadline")
    public FindingView recheck(@PathParam("id") UUID id, @NotNull @Valid RecheckRequest body) {
        return findingViews.view(findings.recheck(id, body.roundId(), body.fixed(), body.note()));
    }

    @GET
    @Path("/findings/{id}/audit")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.INSPECTOR, Roles.HR})
    @Operation(summary = "变更记录 / Who changed the finding and its rectification reports (verdicts), when, before and after",
            description = "subject：finding、report:<id>")
    public List<AuditEntry> findingAudit(@PathParam("id") UUID id) {
        return findingViews.audit(id);
    }

    @GET
    @Path("/coverage")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.INSPECTOR})
    @Operation(summary = "全覆盖 / Coverage of the units below one in the term (5 years)",
            description = "unitId（默认全局）、date（所在届期，默认今天）")
    public CoverageView coverage(@QueryParam("unitId") String unitId, @QueryParam("date") String date) {
        LocalDate day = QueryValue.parse("date", date, LocalDate::parse);
        return roundViews.coverage(QueryValue.parse("unitId", unitId, UUID::fromString), day == null ? LocalDate.now(clock) : day);
    }

    @POST
    @Path("/daily-run")
    @RolesAllowed({Roles.ADMIN})
    @Operation(summary = "立即运行每日任务 / Run the daily job now: overdue findings, expired measures")
    public DailyRunResult dailyRun() {
        return daily.run();
    }
}
