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
import org.benling.platform.paging.PageQuery;
import org.benling.platform.paging.PageResult;
import org.benling.platform.preconditions.IfMatch;
import org.benling.platform.security.Roles;
import org.benling.platform.web.Created;
import org.benling.platform.web.QueryValue;
import org.benling.selection.domain.KeyPost;
import org.benling.selection.domain.Successor;
import org.benling.selection.rest.api.SuccessionRequests;
import org.benling.selection.rest.api.SuccessionViews;
import org.benling.selection.service.SuccessionCommands;
import org.benling.selection.service.SuccessionQueries;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 关键岗位与后备人选: key posts, their successors with readiness, and 依事择人's ranked candidates. */
@Path("/api/selection/key-posts")
@Tag(name = "后备人选 Succession")
public class KeyPostResource {

    @Inject SuccessionCommands commands;
    @Inject SuccessionQueries views;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.INSPECTOR, Roles.HR})
    @Operation(summary = "关键岗位 / The key posts in reach",
            description = "unitId、level、q（岗位名称）；sort=createdAt|title|level；各岗位后备人选按成熟度计数 / with the"
                    + " successors counted by readiness")
    public PageResult<SuccessionViews.KeyPost> list(@QueryParam("unitId") String unitId, @QueryParam("level") String level,
            @QueryParam("q") String q, @BeanParam PageParams paging) {
        return views.list(new SuccessionQueries.Filter(QueryValue.parse("unitId", unitId, UUID::fromString),
                QueryValue.parse("level", level, RankLevel::valueOf), q),
                paging.query(SuccessionQueries.SORTABLE, "createdAt,desc"));
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Operation(summary = "设立关键岗位 / Name a key post", description = "职务层次与各项本领最低得分 / its level and the"
            + " minimum score per capability")
    @APIResponse(responseCode = "201", description = "已设立 / Named",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SuccessionViews.KeyPost.class)))
    public Response create(@NotNull @Valid SuccessionRequests.KeyPost body) {
        KeyPost p = commands.create(body);
        return Created.at("/api/selection/key-posts", p.id, views.view(p));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.INSPECTOR, Roles.HR})
    @Operation(summary = "一个关键岗位 / A key post")
    public SuccessionViews.KeyPost get(@PathParam("id") UUID id) {
        return views.view(commands.readable(id));
    }

    @GET
    @Path("/{id}/successors")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.INSPECTOR, Roles.HR})
    @Operation(summary = "后备人选及成熟度 / The successors, how ready each is and what is missing",
            description = "成熟度：READY_NOW 已成熟、ONE_TO_TWO_YEARS 1–2 年、THREE_PLUS_YEARS 3 年以上；includeRemoved=true 含已调整"
                    + "出的；sort=addedAt|name / readiness from the capability scores, eligibility and years in the level")
    public PageResult<SuccessionViews.Successor> successors(@PathParam("id") UUID id,
            @QueryParam("includeRemoved") boolean includeRemoved, @BeanParam PageParams paging) {
        return views.successors(commands.readable(id), includeRemoved,
                paging.query(SuccessionQueries.SUCCESSOR_SORTABLE, "addedAt,asc"));
    }

    @POST
    @Idempotent
    @Path("/{id}/successors")
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Operation(summary = "列为后备人选 / Name a successor",
            description = "本单位及下级单位、该岗位职务层次或低一层次的在职干部；已在列的 409 already-successor / an active cadre of"
                    + " the unit's subtree at the post's level or the one below")
    @APIResponse(responseCode = "201", description = "已列入 / Named",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SuccessionViews.Successor.class)))
    public Response name(@PathParam("id") UUID id, @NotNull @Valid SuccessionRequests.Successor body) {
        Successor s = commands.name(id, body);
        return Created.at("/api/selection/key-posts/" + id + "/successors", s.id,
                views.successor(commands.readable(id), s));
    }

    @POST
    @Idempotent
    @IfMatch(value = Successor.class, param = "successorId")
    @Path("/{id}/successors/{successorId}/removal")
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Operation(summary = "调整出后备人选 / Take a successor off, saying why")
    public SuccessionViews.Successor remove(@PathParam("id") UUID id, @PathParam("successorId") UUID successorId,
            @NotNull @Valid SuccessionRequests.Removal body) {
        return views.successor(commands.readable(id), commands.remove(id, successorId, body));
    }

    @GET
    @Path("/{id}/candidates")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.INSPECTOR, Roles.HR})
    @Operation(summary = "依事择人：人选排序 / The ranked candidates for the post, each with the reasons of its rank",
            description = "本单位及下级单位中该岗位职务层次或低一层次的在职干部：先按成熟度，再按所缺项目数与本领差距，同等情况下后备干部库在库者"
                    + "在前，再按岗位所要求本领的平均得分 / by readiness, then by how little is missing, pool members first among"
                    + " equals, then by the mean score over what the post asks")
    public PageResult<SuccessionViews.Candidate> candidates(@PathParam("id") UUID id, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return views.candidates(commands.readable(id), PageQuery.of(page, size, null, java.util.Map.of("rank", "rank"),
                "rank,asc"));
    }
}
