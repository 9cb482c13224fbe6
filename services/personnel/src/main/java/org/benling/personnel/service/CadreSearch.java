package org.benling.personnel.service;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
        Matching matching = matching(filters, scope);
        PanacheQuery<Cadre> query = matching.sorted(paging.toSort(TIE_BREAKER));
        long total = query.count();
        if (sortMatchesFirst(filters, paging, total)) {
            query = matching.sorted(sortedAfterMatching(paging));
        }
        List<Cadre> items = query.page(Page.of(paging.page(), paging.size())).list();
        return PageResult.of(items, paging, total);
    }

    private static final String TIE_BREAKER = "employeeNumber";

    /**
     * Below this many matches, a text search sorted by name sorts its matches rather than walking the name index.
     * Names and the searched text go together: the cadres called 王… all sort late (W), so walking the index in name
     * order to find the first 20 of them reads the 60,000 names before (49 ms at 100,000 cadres) where sorting the
     * 7,000 matches takes a few. A text that matches most cadres (a digit of the employee numbers) still walks.
     */
    static final long SORT_MATCHES_BELOW = 20_000;

    private static boolean sortMatchesFirst(CadreQuery filters, PageQuery paging, long total) {
        return filters.text() != null && !filters.text().isBlank() && "name".equals(paging.sortField())
                && total < SORT_MATCHES_BELOW;
    }

    /** The same order by an expression no index has, so PostgreSQL sorts the matches (still by pinyin). */
    private static Sort sortedAfterMatching(PageQuery paging) {
        Sort.Direction direction = paging.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending;
        return Sort.by("concat(name, '')", direction).and(TIE_BREAKER).disableEscaping();
    }

    /** Every match, for the export (bounded by {@code limit}). */
    public List<Cadre> all(CadreQuery filters, ReadScope scope, PageQuery sort, int limit) {
        if (scope instanceof ReadScope.Nothing) {
            return List.of();
        }
        PanacheQuery<Cadre> query = matching(filters, scope).sorted(sort.toSort(TIE_BREAKER));
        if (query.count() > limit) {
            throw ProblemException.invalid("the search matches more than " + limit
                    + " cadres; narrow it down before exporting", List.of());
        }
        return query.list();
    }

    /**
     * The units of a subtree, by the prefix of their paths: read first and given to the search as a list, so that
     * PostgreSQL plans the search knowing how many units (and so cadres) it covers. As a sub-select, the pattern
     * was a parameter it could not estimate: it planned a loop over "two" units that ran the name index once per
     * unit (1.1 s for the bureau's HR at 100,000 cadres).
     */
    private static List<UUID> subtree(String pathPrefix) {
        return Unit.getEntityManager().createQuery("select u.id from Unit u where u.path like :prefix", UUID.class)
                .setParameter("prefix", pathPrefix + "%").getResultList();
    }

    /** The text's character pairs, or its one character: what every match's {@code search_grams} includes. */
    static String[] grams(String text) {
        int[] chars = text.codePoints().toArray();
        if (chars.length == 1) {
            return new String[] {text};
        }
        java.util.Set<String> pairs = new java.util.LinkedHashSet<>();
        for (int i = 0; i + 1 < chars.length; i++) {
            pairs.add(new String(chars, i, 2));
        }
        return pairs.toArray(String[]::new);
    }

    /** The search's condition and its values, built once (the units it reads included) and sorted as asked. */
    private record Matching(String where, Parameters params) {
        PanacheQuery<Cadre> sorted(Sort sort) {
            return Cadre.find(where, sort, params);
        }
    }

    private Matching matching(CadreQuery f, ReadScope scope) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (f.text() != null && !f.text().isBlank()) {
            String text = f.text().strip().toLowerCase(java.util.Locale.ROOT);
            // the index finds the cadres whose name or number holds the text's characters (V2), LIKE checks the order
            where.append(" and array_includes(searchGrams, :grams)"
                    + " and (name like :text or lower(employeeNumber) like :text)");
            params.and("grams", grams(text));
            params.and("text", Like.contains(text));
        }
        if (f.unitId() != null) {
            Unit unit = Unit.<Unit>findByIdOptional(f.unitId())
                    .orElseThrow(() -> ProblemException.invalidField("unitId", "no such unit"));
            where.append(" and unitId in :units");
            params.and("units", subtree(unit.path));
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
            where.append(" and unitId in :scope");
            params.and("scope", subtree(subtree.pathPrefix()));
        } else if (scope instanceof ReadScope.Self self) {
            where.append(" and id = :self");
            params.and("self", self.cadreId());
        }
        return new Matching(where.toString(), params);
    }

}
