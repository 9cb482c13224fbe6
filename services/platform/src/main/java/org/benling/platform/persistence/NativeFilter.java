package org.benling.platform.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceUnitUtil;
import jakarta.persistence.Query;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.benling.platform.paging.PageQuery;
import org.benling.platform.paging.PageResult;
import org.benling.platform.security.ReadScope;

/**
 * A native SQL list query built from optional filters, limited to the caller's read scope and paged: the one
 * place for "count, then one page of ids in a stable order". Clauses use named parameters; a filter whose value
 * is null is left out.
 */
public final class NativeFilter {

    private final String from;
    private final StringBuilder where = new StringBuilder(" WHERE TRUE");
    private final Map<String, Object> params = new HashMap<>();
    private boolean nothing;

    /** @param from the {@code FROM … JOIN …} part, with a leading space */
    public NativeFilter(String from) {
        this.from = from;
    }

    /** Adds {@code AND clause} binding {@code name} to {@code value}, unless the value is null. */
    public NativeFilter and(String clause, String name, Object value) {
        if (value != null) {
            where.append(" AND ").append(clause);
            params.put(name, value);
        }
        return this;
    }

    /** Adds a clause without a parameter when {@code condition} holds. */
    public NativeFilter andIf(boolean condition, String clause) {
        if (condition) {
            where.append(" AND ").append(clause);
        }
        return this;
    }

    /** Binds a parameter that an {@link #andIf} clause uses (nothing when the value is null: the clause is off). */
    public NativeFilter bind(String name, Object value) {
        if (value != null) {
            params.put(name, value);
        }
        return this;
    }

    /** Rows in the unit subtree given by {@code unitColumn}'s unit (path from {@code unit_view}). */
    public NativeFilter inSubtreeOf(String pathColumn, UUID unitId) {
        return and(pathColumn + " LIKE (SELECT path FROM unit_view WHERE id = :subtreeOf) || '%'", "subtreeOf", unitId);
    }

    /**
     * Limits the rows to what the caller may read: everything, a unit subtree (by {@code pathColumn}), or only the
     * caller's own rows (by {@code cadreColumn}; when null, a cadre reads nothing here).
     */
    public NativeFilter scope(ReadScope scope, String pathColumn, String cadreColumn) {
        if (scope instanceof ReadScope.Subtree s) {
            and(pathColumn + " LIKE :scopePath", "scopePath", s.pathPrefix() + "%");
        } else if (scope instanceof ReadScope.Self self && cadreColumn != null) {
            and(cadreColumn + " = :scopeSelf", "scopeSelf", self.cadreId());
        } else if (!(scope instanceof ReadScope.Everything)) {
            nothing = true;
        }
        return this;
    }

    /** One page of ids ({@code idColumn}), sorted by the page's field then the id, each turned into a view. */
    public <T> PageResult<T> page(EntityManager em, String idColumn, PageQuery page, Function<UUID, T> view) {
        return pageRows(em, idColumn, idColumn, page, rows -> rows.stream().map(r -> view.apply((UUID) r[0])).toList());
    }

    /**
     * One page of entities in two statements, whatever its size: the page's ids with {@code columns} (what the
     * views show from other tables, joined in the filter's FROM: a cadre's name, a unit's) in one, the page's
     * entities in the other; each entity is handed to {@code view} with its row ({@code row[0]} is the id, the
     * columns follow).
     */
    public <E, T> PageResult<T> pageOf(EntityManager em, Class<E> entity, String idColumn, String columns, PageQuery page,
            BiFunction<E, Object[], T> view) {
        return pageRows(em, idColumn + ", " + columns, idColumn, page, rows -> {
            List<Object> ids = rows.stream().map(r -> r[0]).toList();
            PersistenceUnitUtil util = em.getEntityManagerFactory().getPersistenceUnitUtil();
            Map<Object, E> byId = new HashMap<>();
            em.createQuery("SELECT e FROM " + entity.getSimpleName() + " e WHERE e.id IN :ids", entity)
                    .setParameter("ids", ids).getResultList().forEach(e -> byId.put(util.getIdentifier(e), e));
            return rows.stream().map(r -> view.apply(byId.get(r[0]), r)).toList();
        });
    }

    /**
     * The one row the filter finds (filtered by its id, say), as {@link #pageOf} makes its view: the view a list shows,
     * for a single record; empty when the filter finds none.
     */
    public <E, T> java.util.Optional<T> oneOf(EntityManager em, Class<E> entity, String idColumn, String columns,
            BiFunction<E, Object[], T> view) {
        return pageOf(em, entity, idColumn, columns, new PageQuery(0, 1, idColumn, false), view).items().stream()
                .findFirst();
    }

    /**
     * One page in one statement: {@code columns} (the first of them the id, for a stable order) selected with the
     * filter, sorted by the page's field then the id, the page's rows handed over together — so that a read side
     * can turn them into views with at most one more statement for the whole page, never one a row.
     */
    @SuppressWarnings("unchecked")
    public <T> PageResult<T> pageRows(EntityManager em, String columns, String idColumn, PageQuery page,
            Function<List<Object[]>, List<T>> views) {
        if (nothing) {
            return PageResult.empty(page);
        }
        long total = count(em);
        List<Object> result = bound(em.createNativeQuery("SELECT " + columns + from + where + " ORDER BY "
                + page.sortField() + (page.descending() ? " DESC" : " ASC") + ", " + idColumn
                + " LIMIT :pageLimit OFFSET :pageOffset"))
                .setParameter("pageLimit", page.size()).setParameter("pageOffset", page.page() * page.size())
                .getResultList();
        // (one selected column comes back as the value itself, several as an array)
        List<Object[]> rows = result.stream().map(r -> r instanceof Object[] a ? a : new Object[] {r}).toList();
        return PageResult.of(rows.isEmpty() ? List.of() : views.apply(rows), page, total);
    }

    /** How many rows match. */
    public long count(EntityManager em) {
        if (nothing) {
            return 0;
        }
        return ((Number) bound(em.createNativeQuery("SELECT count(*)" + from + where)).getSingleResult()).longValue();
    }

    /**
     * Every matching id ({@code idColumn}) in the given order, for a read side that must judge each row by a rule
     * the database cannot apply before it pages (keep the filter narrow: it is not paged).
     */
    @SuppressWarnings("unchecked")
    public List<UUID> ids(EntityManager em, String idColumn, String orderBy) {
        if (nothing) {
            return List.of();
        }
        return bound(em.createNativeQuery("SELECT " + idColumn + from + where + " ORDER BY " + orderBy)).getResultList();
    }

    /** Every matching row's {@code columns} in the given order, unpaged: for an export of what a list pages. */
    @SuppressWarnings("unchecked")
    public List<Object[]> rows(EntityManager em, String columns, String orderBy) {
        if (nothing) {
            return List.of();
        }
        List<Object> result = bound(em.createNativeQuery("SELECT " + columns + from + where + " ORDER BY " + orderBy))
                .getResultList();
        return result.stream().map(r -> r instanceof Object[] a ? a : new Object[] {r}).toList();
    }

    /** How many rows match, by the value of {@code column} (one statement, grouped): the counts behind a list's tabs. */
    @SuppressWarnings("unchecked")
    public Map<String, Long> countsBy(EntityManager em, String column) {
        Map<String, Long> counts = new HashMap<>();
        if (nothing) {
            return counts;
        }
        List<Object[]> rows = bound(em.createNativeQuery("SELECT " + column + ", count(*)" + from + where
                + " GROUP BY " + column)).getResultList();
        rows.forEach(r -> counts.put(String.valueOf(r[0]), ((Number) r[1]).longValue()));
        return counts;
    }

    private Query bound(Query query) {
        params.forEach(query::setParameter);
        return query;
    }
}
