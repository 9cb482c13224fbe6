package org.benling.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.benling.notification.domain.Todo;
import org.benling.notification.rest.api.TodoView;
import org.benling.platform.paging.PageQuery;
import org.benling.platform.paging.PageResult;
import org.benling.platform.persistence.NativeFilter;
import org.benling.platform.web.CallerLanguage;

/** The caller's to-dos, a page in one statement (the cadre's name joined from the read model). */
@ApplicationScoped
public class TodoQueries {

    @Inject EntityManager em;
    @Inject Recipients recipients;
    @Inject CallerLanguage language;

    /** The caller's to-dos of {@code status} (null: all). */
    public PageResult<TodoView> mine(Todo.Status status, PageQuery page) {
        NativeFilter filter = new NativeFilter(" FROM todo t LEFT JOIN cadre_view c ON c.id = t.cadre_id");
        recipients.addressedToCaller(filter, "t").and("t.status = :status", "status", status == null ? null : status.name());
        String lang = language.get();
        return filter.pageOf(em, Todo.class, "t.id", "c.name", page, (t, row) -> {
            String cadreName = (String) row[1];
            return new TodoView(t.id, t.kind, t.kind.wording().render(lang, Params.withCadre(t.params, cadreName)),
                    t.link, t.dueOn, t.status, t.cadreId, cadreName, t.createdAt, t.closedAt);
        });
    }
}
