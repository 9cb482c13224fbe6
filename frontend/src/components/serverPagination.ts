import type { TablePaginationConfig } from 'antd';
import type { Key, ReactNode } from 'react';
import { PAGE_SIZES, type PagedSearch } from '../domain/pagedSearch';
import { formatSortParam, type SortOrder } from '../domain/queryParams';

/** The table's pager for one server page of `total` matching rows, with a page-size changer. */
export function serverPagination(search: PagedSearch, total: number, showTotal: (total: number) => ReactNode): TablePaginationConfig {
  return {
    current: search.page + 1,
    pageSize: search.size,
    total,
    showSizeChanger: true,
    pageSizeOptions: PAGE_SIZES.map(String),
    showTotal,
  };
}

/** What antd's table reports of its sort (one column at a time here). */
export interface TableSorter {
  columnKey?: Key;
  order?: SortOrder | null;
}

/**
 * What changes in the search when a server-paged, server-sorted table changed: a new sort (on one of `sorts`)
 * starts again on the first page; otherwise the pager moved, to another page or, with another page size, back to
 * the first one.
 */
export function tableChange(
  search: PagedSearch,
  pagination: TablePaginationConfig,
  sorter: TableSorter | TableSorter[],
  action: string,
  sorts: readonly string[],
): Partial<PagedSearch> {
  if (action === 'sort') {
    const single = Array.isArray(sorter) ? sorter[0] : sorter;
    return { sort: formatSortParam(sorts, String(single?.columnKey ?? ''), single?.order), page: 0 };
  }
  const size = pagination.pageSize ?? search.size;
  return { size, page: size !== search.size ? 0 : (pagination.current ?? 1) - 1 };
}
