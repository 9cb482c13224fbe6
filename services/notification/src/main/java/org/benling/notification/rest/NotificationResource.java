package org.benling.notification.rest;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.UUID;
import org.benling.notification.rest.api.NotificationView;
import org.benling.notification.rest.api.UnreadCount;
import org.benling.notification.service.NotificationCommands;
import org.benling.notification.service.NotificationQueries;
import org.benling.platform.paging.PageParams;
import org.benling.platform.paging.PageResult;
import org.benling.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

@Path("/api/notifications")
@Tag(name = "通知 Notifications", description = "我的消息：未读数、标记已读、历史 / My notifications: unread count, mark read, history")
public class NotificationResource {

    private static final Map<String, String> SORTABLE = Map.of("createdAt", "n.created_at");

    @Inject NotificationQueries notifications;
    @Inject NotificationCommands commands;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR, Roles.CADRE})
    @Operation(summary = "我的消息 / My notifications, newest first", description = "unread=true 只看未读 / only the unread ones")
    public PageResult<NotificationView> mine(@QueryParam("unread") boolean unread, @BeanParam PageParams paging) {
        return notifications.mine(unread, paging.query(SORTABLE, "createdAt,desc"));
    }

    @GET
    @Path("/unread-count")
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR, Roles.CADRE})
    @Operation(summary = "未读数 / How many of my notifications are unread")
    public UnreadCount unread() {
        return notifications.unread();
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.LEADER, Roles.HR, Roles.INSPECTOR, Roles.CADRE})
    // on a worker thread: the caller's reach may need the unit tree (a database look-up) before the stream starts
    @Blocking
    @Operation(summary = "未读数推送（SSE） / My unread count, pushed as it changes (server-sent events)",
            description = "连接时即推送一次，之后每有变化推送；无变化时每 15 秒重发 / sent at once, then on every change,"
                    + " and every 15 s besides")
    public Multi<UnreadCount> stream() {
        return notifications.unreadStream();
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
