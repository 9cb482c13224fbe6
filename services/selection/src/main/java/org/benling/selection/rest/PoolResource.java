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
import org.benling.contracts.personnel.RankLevel;
import org.benling.platform.idempotency.Idempotent;
import org.benling.platform.paging.PageParams;
import org.benling.platform.paging.PageResult;
import org.benling.platform.preconditions.IfMatch;
import org.benling.platform.security.Roles;
import org.benling.platform.web.Created;
import org.benling.platform.web.QueryValue;
import org.benling.selection.domain.PoolMember;
import org.benling.selection.domain.ReservePool;
import org.benling.selection.rest.api.PoolMemberView;
import org.benling.selection.rest.api.PoolRequests;
import org.benling.selection.rest.api.PoolView;
import org.benling.selection.service.PoolAccess;
import org.benling.selection.service.PoolCommands;
import org.benling.selection.service.PoolQueries;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 后备干部库、优秀年轻干部库: the pools, their entry rules, nominations, review and exits. */
@Path("/api/selection/pools")
@Tag(name = "后备干部 Reserve pools")
public class PoolResource {

    @Inject PoolCommands commands;
    @Inject PoolQueries views;
    @Inject PoolAccess access;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.INSPECTOR, Roles.HR})
    @Operation(summary = "后备干部库 / The reserve pools in reach",
            description = "人事部门、纪检监察人员：本单位及下级；领导、管理员：全部。unitId、level、q（名称）；sort=createdAt|name|level"
                    + " / in the caller's reach, with how many are nominated and in each")
    public PageResult<PoolView> list(@QueryParam("unitId") String unitId, @QueryParam("level") String level,
            @QueryParam("q") String q, @BeanParam PageParams paging) {
        return views.list(new PoolQueries.Filter(QueryValue.parse("unitId", unitId, UUID::fromString),
                QueryValue.parse("level", level, RankLevel::valueOf), q),
                paging.query(PoolQueries.SORTABLE, "createdAt,desc"));
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Operation(summary = "新建后备干部库 / Set up a reserve pool",
            description = "拟任职务层次、年龄上限（可不限）、近几年考核须称职以上（默认 3 年）/ the post level, an age limit (or none),"
                    + " how many recent years' results must be competent or better (3 by default)")
    @APIResponse(responseCode = "201", description = "已新建 / Set up",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PoolView.class)))
    public Response create(@NotNull @Valid PoolRequests.Create body) {
        ReservePool p = commands.create(body);
        return Created.at("/api/selection/pools", p.id, views.view(p));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.INSPECTOR, Roles.HR})
    @Operation(summary = "一个后备干部库 / A reserve pool")
    public PoolView get(@PathParam("id") UUID id) {
        return views.view(access.readable(id));
    }

    @GET
    @Path("/{id}/members")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.INSPECTOR, Roles.HR})
    @Operation(summary = "库内人员 / The pool's members and nominees",
            description = "status（NOMINATED|ADMITTED|DECLINED|LEFT）、q（姓名或工号）；sort=nominatedAt|name|status。在库及待审人员"
                    + "附今日对照入库条件的结果（standing 为空即符合）/ each live membership with today's review against the entry"
                    + " rules (an empty standing: met)")
    public PageResult<PoolMemberView> members(@PathParam("id") UUID id, @QueryParam("status") String status,
            @QueryParam("q") String q, @BeanParam PageParams paging) {
        return views.members(access.readable(id), new PoolQueries.MemberFilter(QueryValue.parse("status", status,
                PoolMember.Status::valueOf), q), paging.query(PoolQueries.MEMBER_SORTABLE,
                "nominatedAt,desc"));
    }

    @POST
    @Idempotent
    @Path("/{id}/members")
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Operation(summary = "提名入库 / Nominate a cadre",
            description = "本单位及下级单位的在职干部，须符合入库条件（422 pool-entry-refused，逐条说明）；已在库或待审的 409"
                    + " already-in-pool / an active cadre of the unit's subtree who meets the entry rules")
    @APIResponse(responseCode = "201", description = "已提名 / Nominated",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = PoolMemberView.class)))
    public Response nominate(@PathParam("id") UUID id, @NotNull @Valid PoolRequests.Nomination body) {
        PoolMember m = commands.nominate(id, body);
        return Created.at("/api/selection/pools/" + id + "/members", m.id, views.member(access.readable(id), m));
    }

    @POST
    @Idempotent
    @IfMatch(value = PoolMember.class, param = "memberId")
    @Path("/{id}/members/{memberId}/admission")
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Operation(summary = "审核通过 / Admit a nominee", description = "再次对照入库条件 / the entry rules checked again")
    public PoolMemberView admit(@PathParam("id") UUID id, @PathParam("memberId") UUID memberId,
            @NotNull @Valid PoolRequests.Admission body) {
        return views.member(access.readable(id), commands.admit(id, memberId, body));
    }

    @POST
    @Idempotent
    @IfMatch(value = PoolMember.class, param = "memberId")
    @Path("/{id}/members/{memberId}/declining")
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Operation(summary = "审核不通过 / Decline a nominee, saying why")
    public PoolMemberView decline(@PathParam("id") UUID id, @PathParam("memberId") UUID memberId,
            @NotNull @Valid PoolRequests.Reasoned body) {
        return views.member(access.readable(id), commands.decline(id, memberId, body));
    }

    @POST
    @Idempotent
    @IfMatch(value = PoolMember.class, param = "memberId")
    @Path("/{id}/members/{memberId}/exit")
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Operation(summary = "出库 / Take a member out of the pool, saying why")
    public PoolMemberView leave(@PathParam("id") UUID id, @PathParam("memberId") UUID memberId,
            @NotNull @Valid PoolRequests.Reasoned body) {
        return views.member(access.readable(id), commands.leave(id, memberId, body));
    }
}
