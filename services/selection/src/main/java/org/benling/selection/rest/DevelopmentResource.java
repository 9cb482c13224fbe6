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
import org.benling.selection.domain.DevelopmentTask;
import org.benling.selection.rest.api.DevelopmentTaskView;
import org.benling.selection.rest.api.PoolRequests;
import org.benling.selection.service.DevelopmentCommands;
import org.benling.selection.service.PoolAccess;
import org.benling.selection.service.PoolQueries;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** 培养计划: the tasks of a reserve-pool member's development plan — training and postings with their due days. */
@Path("/api/selection/pools/{id}/members/{memberId}/development")
@Tag(name = "后备干部 Reserve pools")
public class DevelopmentResource {

    @Inject DevelopmentCommands commands;
    @Inject PoolQueries views;
    @Inject PoolAccess access;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.INSPECTOR, Roles.HR})
    @Operation(summary = "培养计划 / A member's development plan",
            description = "sort=dueOn|assignedAt；overdue：已安排且已过期限 / the tasks with their due days, overdue marked")
    public PageResult<DevelopmentTaskView> list(@PathParam("id") UUID id, @PathParam("memberId") UUID memberId,
            @BeanParam PageParams paging) {
        return views.development(access.readableMember(id, memberId),
                paging.query(PoolQueries.TASK_SORTABLE, "dueOn,asc"));
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Operation(summary = "安排培养任务 / Set a member training or a posting",
            description = "仅在库人员（409 invalid-transition）；培训由培训服务据本领推荐课程，实践锻炼由挂职服务提出挂职建议，均附完成期限"
                    + " / for an admitted member: training proposes courses that build the capability, rotation proposes"
                    + " a posting, each with the due day")
    @APIResponse(responseCode = "201", description = "已安排 / Set",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = DevelopmentTaskView.class)))
    public Response assign(@PathParam("id") UUID id, @PathParam("memberId") UUID memberId,
            @NotNull @Valid PoolRequests.Development body) {
        DevelopmentTask t = commands.assign(id, memberId, body);
        return Created.at("/api/selection/pools/" + id + "/members/" + memberId + "/development", t.id, views.task(t));
    }

    @GET
    @Path("/{taskId}")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.INSPECTOR, Roles.HR})
    @Operation(summary = "一项培养任务 / A task of a member's development plan")
    public DevelopmentTaskView get(@PathParam("id") UUID id, @PathParam("memberId") UUID memberId,
            @PathParam("taskId") UUID taskId) {
        return views.task(access.task(id, memberId, taskId, false));
    }

    @POST
    @Idempotent
    @IfMatch(value = DevelopmentTask.class, param = "taskId")
    @Path("/{taskId}/withdrawal")
    @RolesAllowed({Roles.ADMIN, Roles.HR})
    @Operation(summary = "撤回培养任务 / Withdraw a task, saying why",
            description = "培训、挂职服务撤下尚未采纳的建议 / training and rotation drop what they proposed and is not yet taken up")
    public DevelopmentTaskView withdraw(@PathParam("id") UUID id, @PathParam("memberId") UUID memberId,
            @PathParam("taskId") UUID taskId, @NotNull @Valid PoolRequests.Reasoned body) {
        return views.task(commands.withdraw(id, memberId, taskId, body));
    }
}
