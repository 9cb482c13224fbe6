package org.benling.personnel.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.benling.personnel.domain.Cadre;
import org.benling.personnel.domain.Unit;
import org.benling.platform.paging.PageQuery;
import org.benling.platform.paging.PageResult;
import org.benling.platform.persistence.Like;
import org.benling.platform.problem.ProblemException;
import org.benling.platform.security.ReadScope;

/** Cadre search within what the caller may read; used by the list endpoint and by the export. */
@ApplicationScoped
public class CadreSearch {

    /** API sort names → entity attributes. Names sort by pinyin (the column's ICU collation). */
    public static final Map<String, String> SORTABLE = Map.of(
            "name", "name",
            "employeeNumber", "employeeNumber",
            "birthDate", "birthDate",
            "rankLevel", "rankLevel",
            "postSince", "postSince",
            "rankSince", "rankSince");

    public PageResult<Cadre> page(CadreQuery filters, ReadScope scope, PageQuery paging) {
        if (scope instanceof ReadScope.Nothing) {
            return PageResult.empty(paging);
        }
        PanacheQuery<Cadre> query = query(filters, scope, paging);
        long total = query.count();
        List<Cadre> items = query.page(Page.of(paging.page(), paging.size())).list();
        return PageResult.of(items, paging, total);
    }

    /** Every match, for the export (bounded by {@code limit}). */
    public List<Cadre> all(CadreQuery filters, ReadScope scope, PageQuery sort, int limit) {
        if (scope instanceof ReadScope.Nothing) {
            return List.of();
        }
        PanacheQuery<Cadre> query = query(filters, scope, sort);
        if (query.count() > limit) {
            throw ProblemException.invalid("the search matches more than " + limit
                    + " cadres; narrow it down before exporting", List.of());
        }
        return query.list();
    }

    private PanacheQuery<Cadre> query(CadreQuery f, ReadScope scope, PageQuery paging) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (f.text() != null && !f.text().isBlank()) {
            where.append(" and (name like :text or lower(employeeNumber) like :text)");
            params.and("text", Like.contains(f.text().toLowerCase()));
        }
        if (f.unitId() != null) {
            Unit unit = Unit.<Unit>findByIdOptional(f.unitId())
                    .orElseThrow(() -> ProblemException.invalidField("unitId", "no such unit"));
            where.append(" and unitId in (select u.id from Unit u where u.path like :unitPath)");
            params.and("unitPath", unit.path + "%");
        }
        if (f.rank() != null) {
            where.append(" and rankLevel = :rank");
            params.and("rank", f.rank());
        }
        if (f.category() != null) {
            where.append(" and array_contains(categories, :category)");
            params.and("category", f.category().name());
        }
        if (f.status() != null) {
            where.append(" and status = :status");
            params.and("status", f.status());
        }
        if (scope instanceof ReadScope.Subtree subtree) {
            where.append(" and unitId in (select s.id from Unit s where s.path like :scopePath)");
            params.and("scopePath", subtree.pathPrefix() + "%");
        } else if (scope instanceof ReadScope.Self self) {
            where.append(" and id = :self");
            params.and("self", self.cadreId());
        }
        return Cadre.find(where.toString(), paging.toSort("employeeNumber"), params);
    }

}
