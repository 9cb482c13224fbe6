import { Empty, Table, type TableColumnsType, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import type { PagedSearch } from '../domain/pagedSearch';
import type { SortOrder } from '../domain/queryParams';
import { serverPagination, tableChange } from './serverPagination';
import type { TableSearch } from './useTableSearch';

type Props<T, S> = Omit<TableProps<T>, 'dataSource' | 'pagination' | 'onChange' | 'locale'> & {
  /** The list's search in the URL (`useTableSearch`): the pager and the sorted columns move it. */
  table: TableSearch<S>;
  /** The server's page of rows (undefined while the first one loads). */
  page?: { items?: T[]; total?: number };
  /** The rows matching when the page does not say (学时达标 counts them by status). */
  total?: number;
  /** The pager's "共 N 条" text. */
  showTotal: (total: number) => ReactNode;
  /** What the table shows without rows: a text is shown as antd's empty picture with that description. */
  empty: ReactNode;
};

const DIRECTIONS: SortOrder[] = ['ascend', 'descend'];

/** Columns marked `sorter: true` whose key the API sorts by show the search's sort, and move it when clicked. */
function withServerSort<T>(columns: TableColumnsType<T> | undefined, { sort, sorts }: TableSearch<unknown>): TableColumnsType<T> | undefined {
  return columns?.map((column) =>
    'sorter' in column && column.sorter === true && sorts.includes(String(column.key))
      ? { ...column, sortOrder: sort && sort.field === column.key ? sort.order : null, sortDirections: DIRECTIONS }
      : column,
  );
}

/**
 * A list the server pages and sorts: the pager and the column sorts move the search, which lands in the URL; the
 * pager says how many rows match ("共 N 条").
 */
export function ServerTable<T extends object, S extends PagedSearch>({ table, page, total, showTotal, empty, columns, rowKey = 'id', ...props }: Props<T, S>) {
  return (
    <Table<T>
      rowKey={rowKey}
      columns={withServerSort(columns, table as TableSearch<unknown>)}
      dataSource={page?.items ?? []}
      onChange={(pagination, _filters, sorter, extra) => table.update(tableChange(table.search, pagination, sorter, extra.action, table.sorts) as Partial<S>)}
      locale={{ emptyText: typeof empty === 'string' ? <Empty description={empty} /> : empty }}
      pagination={serverPagination(table.search, total ?? page?.total ?? 0, showTotal)}
      {...props}
    />
  );
}
