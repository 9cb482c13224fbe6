package org.benling.notification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.benling.notification.domain.Todo;
import org.benling.notification.domain.TodoKind;
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
        return filter.pageRows(em, "t.id, t.kind, t.params::text, t.link, t.due_on, t.status, t.cadre_id, c.name,"
                + " t.created_at, t.closed_at", "t.id", page, rows -> rows.stream().map(r -> {
                    TodoKind kind = TodoKind.valueOf((String) r[1]);
                    String cadreName = (String) r[7];
                    return new TodoView((UUID) r[0], kind, kind.wording().render(lang, Params.read((String) r[2], cadreName)),
                            (String) r[3], r[4] == null ? null : toDate(r[4]), Todo.Status.valueOf((String) r[5]),
                            (UUID) r[6], cadreName, toInstant(r[8]), r[9] == null ? null : toInstant(r[9]));
                }).toList());
    }

    static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    static Instant toInstant(Object value) {
        return value instanceof Timestamp t ? t.toInstant() : value instanceof java.time.OffsetDateTime o
                ? o.toInstant() : (Instant) value;
    }
}
