package org.benling.platform.paging;

import jakarta.ws.rs.QueryParam;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code page}, {@code size} and {@code sort} query parameters of a sortable list ({@code @BeanParam}), described
 * once for the OpenAPI document; the list names what it sorts by in its operation's description and passes its
 * sortable fields to {@link #query}, which checks the three ({@link PageQuery#of}).
 */
public class PageParams {

    @QueryParam("page")
    @Parameter(description = "页码，从 0 开始 / the page, from 0")
    public Integer page;

    @QueryParam("size")
    @Parameter(description = "每页条数，1–200，默认 20 / rows a page, 1–200, 20 by default")
    public Integer size;

    @QueryParam("sort")
    @Parameter(description = "排序字段，可加 ,asc 或 ,desc / the field to sort by, with ,asc or ,desc")
    public String sort;

    public PageQuery query(Map<String, String> sortable, String defaultSort) {
        return PageQuery.of(page, size, sort, sortable, defaultSort);
    }
}
