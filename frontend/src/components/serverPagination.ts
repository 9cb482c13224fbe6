import type { TablePaginationConfig } from 'antd';
import type { ReactNode } from 'react';
import { PAGE_SIZES } from '../domain/cadreSearch';

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
