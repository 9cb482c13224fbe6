package org.benling.selection.rest;

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
import org.benling.platform.idempotency.Idempotent;
import org.benling.platform.paging.PageParams;
import org.benling.platform.paging.PageResult;
import org.benling.platform.preconditions.IfMatch;
import org.benling.platform.security.Roles;
import org.benling.platform.web.Created;
import org.benling.platform.web.QueryValue;
import org.benling.selection.domain.VotingSession;
import org.benling.selection.rest.api.IssuedCodes;
import org.benling.selection.rest.api.VotingSessionRequest;
import org.benling.selection.rest.api.VotingSessionView;
import org.benling.selection.service.VotingAccess;
import org.benling.selection.service.VotingCommands;
import org.benling.selection.service.VotingQueries;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 民主推荐、民主测评网上投票: the sessions, their one-time codes and their results, for the organisers. */
@Path("/api/selection/voting-sessions")
@Tag(name = "网上投票 Voting sessions")
public class VotingResource {

    @Inject VotingCommands commands;
    @Inject VotingQueries views;
    @Inject VotingAccess access;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.INSPECTOR, Roles.HR})
    @Operation(summary = "投票场次 / The voting sessions in reach",
            description = "人事部门、纪检监察人员：本单位及下级；领导、管理员：全部。unitId、kind（RECOMMENDATION|EVALUATION）、"
                    + "status（DRAFT|OPEN|CLOSED）、q（标题）；sort=createdAt|title|status / in the caller's reach")
    public PageResult<VotingSessionView> list(@QueryParam("unitId") String unitId, @QueryParam("kind") String kind,
            @QueryParam("status") String status, @QueryParam("q") String q, @BeanParam PageParams paging) {
        return views.list(new VotingQueries.Filter(QueryValue.parse("unitId", unitId, UUID::fromString),
                QueryValue.parse("kind", kind, VotingSession.Kind::valueOf),
                QueryValue.parse("status", status, VotingSession.Status::valueOf), q),
                paging.query(VotingQueries.SORTABLE, "createdAt,desc"));
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Operation(summary = "新建投票场次 / Prepare a voting session",
            description = "名单须为在职干部；民主推荐须填写每票推荐人数；投票人类别及权重、人数 / the list of active cadres, the"
                    + " places of a recommendation, the voter categories with their weights and numbers")
    @APIResponse(responseCode = "201", description = "已新建 / Prepared",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = VotingSessionView.class)))
    public Response create(@NotNull @Valid VotingSessionRequest body) {
        VotingSession s = commands.create(body);
        return Created.at("/api/selection/voting-sessions", s.id, views.view(s));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.INSPECTOR, Roles.HR})
    @Operation(summary = "一个投票场次：投票率，结束后分类统计结果 / A session: the turnout, and once closed the result per"
            + " category and weighted")
    public VotingSessionView get(@PathParam("id") UUID id) {
        return views.view(access.readable(id));
    }

    @POST
    @IfMatch(VotingSession.class)
    @Path("/{id}/codes")
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Operation(summary = "生成一次性投票码 / Issue the one-time voter codes",
            description = "每名投票人一个，仅此一次显示，供打印或发送；系统只保存其摘要 / one per voter, shown this once for"
                    + " printing or sending; only their digests are kept")
    public IssuedCodes issueCodes(@PathParam("id") UUID id) {
        return commands.issueCodes(id);
    }

    @POST
    @Idempotent
    @IfMatch(VotingSession.class)
    @Path("/{id}/opening")
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Operation(summary = "开始投票 / Open the voting")
    public VotingSessionView open(@PathParam("id") UUID id) {
        return views.view(commands.open(id));
    }

    @POST
    @Idempotent
    @IfMatch(VotingSession.class)
    @Path("/{id}/closing")
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Operation(summary = "结束投票并计票 / Close the voting and count",
            description = "票箱计入分类统计后清空；此后不再接受投票 / the box is counted per category and emptied; no ballot"
                    + " is taken afterwards")
    public VotingSessionView close(@PathParam("id") UUID id) {
        return views.view(commands.close(id));
    }
}
