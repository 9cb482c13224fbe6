package org.benling.notification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.Map;
import java.util.UUID;
import org.benling.notification.rest.api.NotificationView;
import org.benling.notification.rest.api.UnreadCount;
import org.benling.notification.service.NotificationCommands;
import org.benling.notification.service.NotificationQueries;
import org.benling.platform.paging.PageQuery;
import org.benling.platform.paging.PageResult;
import org.benling.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/notifications")
@Tag(name = "通知 Notifications", description = "我的消息：未读数、标记已读、历史 / My notifications: unread count, mark read, history")
@SecurityRequirement(name = "SecurityScheme")
public class NotificationResource {

    private static final Map<String, String> SORTABLE = Map.of("createdAt", "n.created_at");

    @Inject NotificationQueries notifications;
    @Inject NotificationCommands commands;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR, Roles.CADRE})
    @Operation(summary = "我的消息 / My notifications, newest first", description = "unread=true 只看未读 / only the unread ones")
    public PageResult<NotificationView> mine(@QueryParam("unread") boolean unread, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size, @QueryParam("sort") String sort) {
        return notifications.mine(unread, PageQuery.of(page, size, sort, SORTABLE, "createdAt,desc"));
    }

    @GET
    @Path("/unread-count")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR, Roles.CADRE})
    @Operation(summary = "未读数 / How many of my notifications are unread")
    public UnreadCount unread() {
        return notifications.unread();
    }

    @POST
    @Path("/{id}/read")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR, Roles.CADRE})
    @Operation(summary = "标记已读 / Mark one of my notifications read", description = "答复新的未读数 / answers the new unread count")
    public UnreadCount read(@PathParam("id") UUID id) {
        return commands.markRead(id);
    }

    @POST
    @Path("/read-all")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR, Roles.CADRE})
    @Operation(summary = "全部标记已读 / Mark all my notifications read")
    public UnreadCount readAll() {
        return commands.markAllRead();
    }
}
