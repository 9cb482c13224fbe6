import type { TablePaginationConfig } from 'antd';
import type { Key, ReactNode } from 'react';
import { PAGE_SIZES } from '../domain/cadreSearch';
import type { SortOrder } from '../domain/queryParams';

/** A search whose rows the server pages (page from 0). */
export interface PagedSearch {
  page: number;
  size: number;
}

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

/** The search after the pager moved: another page, or back to the first one when the page size changed. */
export function withPagination<S extends PagedSearch>(search: S, pagination: TablePaginationConfig): S {
  const size = pagination.pageSize ?? search.size;
  return { ...search, size, page: size !== search.size ? 0 : (pagination.current ?? 1) - 1 };
}

/** The props of a column the server sorts by, showing the order the search has. */
export function serverSorter(current: { field: string; order: SortOrder } | undefined, field: string) {
  return { sorter: true, sortOrder: current?.field === field ? current.order : null, sortDirections: ['ascend', 'descend'] as SortOrder[] };
}

/** What antd's table reports of its sort (one column at a time here). */
interface TableSorter {
  columnKey?: Key;
  order?: SortOrder | null;
}

/**
 * The search after a server-paged, server-sorted table changed: a new sort starts again on the first page,
 * anything else is the pager moving. `formatSort` turns the column's key and order into the API's `sort`.
 */
export function withTableChange<S extends PagedSearch & { sort?: string }>(
  search: S,
  pagination: TablePaginationConfig,
  sorter: TableSorter | TableSorter[],
  action: string,
  formatSort: (field: string, order: SortOrder | null | undefined) => string | undefined,
): S {
  if (action !== 'sort') return withPagination(search, pagination);
  const single = Array.isArray(sorter) ? sorter[0] : sorter;
  return { ...search, sort: formatSort(String(single?.columnKey ?? ''), single?.order), page: 0 };
}
