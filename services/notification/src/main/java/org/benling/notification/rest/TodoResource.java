package org.benling.notification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.Map;
import org.benling.notification.domain.Todo;
import org.benling.notification.rest.api.TodoView;
import org.benling.notification.service.TodoQueries;
import org.benling.platform.paging.PageParams;
import org.benling.platform.paging.PageResult;
import org.benling.platform.security.Roles;
import org.benling.platform.web.QueryValue;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/todos")
@Tag(name = "待办 To-dos", description = "我的待办：由业务事件生成，办结后自动关闭 / My to-dos, opened and closed by the services' events")
public class TodoResource {

    private static final Map<String, String> SORTABLE = Map.of("dueOn", "t.due_on", "createdAt", "t.created_at");

    @Inject TodoQueries todos;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR, Roles.CADRE})
    @Operation(summary = "我的待办 / My to-dos", description = "status（OPEN 默认 | DONE | WITHDRAWN | ALL）；sort=dueOn|createdAt。"
            + "给本人的，以及给本人角色、在本人管理范围内的。 / Those for me, and those for a role I hold within my reach.")
    public PageResult<TodoView> mine(@QueryParam("status") String status, @BeanParam PageParams paging) {
        Todo.Status wanted = "ALL".equalsIgnoreCase(status) ? null
                : status == null || status.isBlank() ? Todo.Status.OPEN : QueryValue.parse("status", status, Todo.Status::valueOf);
        return todos.mine(wanted, paging.query(SORTABLE, "dueOn"));
    }
}
