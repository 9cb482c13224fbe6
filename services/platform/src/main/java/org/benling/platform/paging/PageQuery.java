package org.benling.platform.paging;

import io.quarkus.panache.common.Sort;
import java.util.Map;
import org.benling.platform.problem.ProblemException;

/**
 * {@code page} (from 0), {@code size} (1–200) and {@code sort} ({@code field} or {@code field,desc}) of a list
 * request, checked against the fields the list allows sorting by (API name → entity attribute).
 */
public record PageQuery(int page, int size, String sortField, boolean descending) {

    public static final int MAX_SIZE = 200;

    public static PageQuery of(Integer page, Integer size, String sort, Map<String, String> sortable, String defaultSort) {
        int p = page == null ? 0 : page;
        int s = size == null ? 20 : size;
        if (p < 0) {
            throw ProblemException.invalidField("page", "must be 0 or more");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw ProblemException.invalidField("size", "must be between 1 and " + MAX_SIZE);
        }
        if ((long) p * s > Integer.MAX_VALUE - s) {
            throw ProblemException.invalidField("page", "beyond the last possible page / 页码过大");
        }
        String spec = sort == null || sort.isBlank() ? defaultSort : sort.trim();
        String[] parts = spec.split(",");
        String field = parts[0].trim();
        if (!sortable.containsKey(field)) {
            throw ProblemException.invalidField("sort", "cannot sort by '" + field + "'; allowed: "
                    + String.join(", ", sortable.keySet().stream().sorted().toList()));
        }
        boolean desc = parts.length > 1 && parts[1].trim().equalsIgnoreCase("desc");
        if (parts.length > 1 && !desc && !parts[1].trim().equalsIgnoreCase("asc")) {
            throw ProblemException.invalidField("sort", "direction must be asc or desc");
        }
        return new PageQuery(p, s, sortable.get(field), desc);
    }

    /** The sort for Panache, with a unique tie-breaker so that pages never overlap. */
    public Sort toSort(String tieBreaker) {
        Sort sort = descending ? Sort.descending(sortField) : Sort.ascending(sortField);
        return sortField.equals(tieBreaker) ? sort : sort.and(tieBreaker);
    }
}
