package org.benling.notification.rest.api;

import jakarta.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.benling.notification.domain.Todo;
import org.benling.notification.domain.TodoKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Todo", description = "待办事项 / A to-do: what to do, by when, and the page where it is done")
public record TodoView(
        UUID id,
        TodoKind kind,
        @Schema(description = "标题（按调用方语言）/ The title, in the caller's language") String title,
        @Schema(description = "办理页面（前端路由）/ The web app's page where it is done") String link,
        @Nullable LocalDate dueOn,
        Todo.Status status,
        @Nullable UUID cadreId,
        @Nullable String cadreName,
        Instant createdAt,
        @Nullable Instant closedAt) {
}
