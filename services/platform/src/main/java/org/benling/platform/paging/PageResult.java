package org.benling.platform.paging;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list, with the total over all pages. */
@Schema(description = "分页结果 / One page of results with the total count")
public record PageResult<T>(List<T> items, int page, int size, long total, int totalPages) {

    public static <T> PageResult<T> of(List<T> items, PageQuery query, long total) {
        int pages = query.size() == 0 ? 0 : (int) ((total + query.size() - 1) / query.size());
        return new PageResult<>(items, query.page(), query.size(), total, pages);
    }

    public static <T> PageResult<T> empty(PageQuery query) {
        return new PageResult<>(List.of(), query.page(), query.size(), 0, 0);
    }

    public <R> PageResult<R> map(Function<T, R> mapper) {
        return new PageResult<>(items.stream().map(mapper).toList(), page, size, total, totalPages);
    }
}
