package org.benling.inspection.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.benling.inspection.domain.MeasureRead;
import org.benling.inspection.rest.api.ReadView;
import org.benling.platform.paging.PageQuery;
import org.benling.platform.paging.PageResult;
import org.benling.platform.security.Caller;
import org.benling.platform.security.Roles;
import org.benling.platform.web.RequestIds;

/**
 * The log of reads of restricted supervision detail (DOMAIN.md: a measure's type, form, dates and reason are
 * for inspectors, leaders, admins and the cadre): every answer that shows a measure writes one row per measure
 * shown, in its own transaction so a read that fails later is still logged. Admins read the log.
 */
@ApplicationScoped
public class MeasureReads {

    public static final Map<String, String> SORTABLE = Map.of("readAt", "readAt", "reader", "reader");

    private static final java.util.Set<String> BENLING_ROLES = java.util.Set.of(Roles.CADRE, Roles.HR, Roles.INSPECTOR,
            Roles.LEADER, Roles.ADMIN);

    public record Shown(UUID measureId, UUID cadreId) {
    }

    @Inject Caller caller;
    @Inject Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String what, Collection<Shown> shown) {
        if (shown.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        String roles = String.join(",", new TreeSet<>(caller.roles().stream().filter(BENLING_ROLES::contains).toList()));
        for (Shown s : shown) {
            MeasureRead r = new MeasureRead();
            r.readAt = now;
            r.reader = caller.name();
            r.roles = roles;
            r.cadreId = s.cadreId();
            r.measureId = s.measureId();
            r.what = what;
            r.requestId = RequestIds.current();
            r.persist();
        }
    }

    public PageResult<ReadView> page(UUID cadreId, String reader, PageQuery page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new java.util.HashMap<>();
        if (cadreId != null) {
            where.append(" and cadreId = :cadre");
            params.put("cadre", cadreId);
        }
        if (reader != null && !reader.isBlank()) {
            where.append(" and reader = :reader");
            params.put("reader", reader.strip());
        }
        var query = MeasureRead.<MeasureRead>find(where.toString(), page.toSort("id"), params);
        return PageResult.of(query.page(page.page(), page.size()).list().stream()
                .map(r -> new ReadView(r.readAt, r.reader, r.roles, r.cadreId, r.measureId, r.what, r.requestId))
                .toList(), page, query.count());
    }
}
