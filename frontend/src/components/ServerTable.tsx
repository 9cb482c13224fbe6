import { Table, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import type { SortOrder } from '../domain/queryParams';
import { serverPagination, withTableChange, type PagedSearch } from './serverPagination';

type Props<T, S> = Omit<TableProps<T>, 'dataSource' | 'pagination' | 'onChange' | 'rowKey' | 'locale'> & {
  search: S;
  /** The server's page of rows (undefined while the first one loads). */
  page?: { items?: T[]; total?: number };
  onChange: (search: S) => void;
  /** Turns a sorted column's key and order into the API's `sort`. */
  formatSort: (field: string, order: SortOrder | null | undefined) => string | undefined;
  /** The pager's "共 N 条" text. */
  showTotal: (total: number) => ReactNode;
  /** What the table shows without rows (filtered or not). */
  empty: ReactNode;
};

/** A list the server pages and sorts: the pager and the column sorts move the search, which lands in the URL. */
export function ServerTable<T extends { id?: string }, S extends PagedSearch & { sort?: string }>({
  search,
  page,
  onChange,
  formatSort,
  showTotal,
  empty,
  ...props
}: Props<T, S>) {
  return (
    <Table<T>
      rowKey="id"
      dataSource={page?.items ?? []}
      onChange={(pagination, _filters, sorter, extra) => onChange(withTableChange(search, pagination, sorter, extra.action, formatSort))}
      locale={{ emptyText: empty }}
      pagination={serverPagination(search, page?.total ?? 0, showTotal)}
      {...props}
    />
  );
}
