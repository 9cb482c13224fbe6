import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, type TableColumnsType } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccess } from '../../app/session';
import type { PagedSearch } from '../../domain/pagedSearch';
import { FilterBar, UnitFilter } from '../FilterBar';
import { ProblemAlert } from '../ProblemAlert';
import { SearchBox } from '../SearchBox';
import { ServerTable } from '../ServerTable';
import type { TableSearch } from '../useTableSearch';

/** What the list shows of its query: the page of rows, or why it failed. */
interface ListQuery<T> {
  data?: { items?: T[]; total?: number };
  isError: boolean;
  error: unknown;
  isFetching: boolean;
  refetch: () => unknown;
}

/** A selection list's search: a text and a unit (with its subunits) besides its own filters. */
type UnitSearch = PagedSearch & { q?: string; unitId?: string };

interface Props<T extends object, S extends UnitSearch> {
  /**
   * Where the list's texts sit in the catalogue: `title`, `searchPlaceholder`, `total`, and the empty list's
   * `empty`, `emptyCreate` (to HR) and `emptyFiltered`.
   */
  texts: string;
  /** The create button's label, `<texts>.create` unless told. */
  createLabel?: string;
  /** The unit filter's label, `<texts>.filter.unit` unless told. */
  unitLabel?: string;
  table: TableSearch<S>;
  list: ListQuery<T>;
  columns: TableColumnsType<T>;
  /** The list's own filters, after the search box and the unit. */
  children?: ReactNode;
  /** The table's width, beyond which it scrolls. */
  scrollX: number;
  /** The dialog that creates a row, shown once the create button is clicked; `close` hides it. */
  createModal: (close: () => void) => ReactNode;
}

/**
 * The shell of a selection list page (纪实, 民主推荐, 后备干部库, 关键岗位): a card with the create button for HR,
 * the search box, the unit and the list's own filters, and the server-paged table; on the first visit, the empty
 * list says what the page is for and offers the create button.
 */
export function SelectionListPage<T extends object, S extends UnitSearch>({
  texts,
  createLabel: createText,
  unitLabel: unitText,
  table,
  list,
  columns,
  children,
  scrollX,
  createModal,
}: Props<T, S>) {
  const { t } = useTranslation();
  const access = useAccess();
  const [creating, setCreating] = useState(false);
  const { search } = table;
  const createLabel = createText ?? t(`${texts}.create`);
  const unitLabel = unitText ?? t(`${texts}.filter.unit`);
  const filter = (changes: Pick<UnitSearch, 'q' | 'unitId'>) => table.filter(changes as Parameters<typeof table.filter>[0]);

  const create = access.canRunSelection && (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
      {createLabel}
    </Button>
  );
  const empty = table.filtered() ? (
    t(`${texts}.emptyFiltered`)
  ) : (
    <Empty description={access.canRunSelection ? t(`${texts}.emptyCreate`) : t(`${texts}.empty`)}>{create}</Empty>
  );

  return (
    <Card title={t(`${texts}.title`)} extra={create}>
      <Flex vertical gap={16}>
        <FilterBar onReset={() => table.reset()}>
          <SearchBox value={search.q} placeholder={t(`${texts}.searchPlaceholder`)} onSearch={(q) => filter({ q })} />
          <UnitFilter label={unitLabel} value={search.unitId} onChange={(unitId) => filter({ unitId })} width={240} />
          {children}
        </FilterBar>
        {list.isError && <ProblemAlert error={list.error} onRetry={() => void list.refetch()} />}
        <ServerTable<T, S>
          columns={columns}
          table={table}
          page={list.data}
          loading={list.isFetching}
          showTotal={(total) => t(`${texts}.total`, { count: total })}
          empty={empty}
          scroll={{ x: scrollX }}
        />
      </Flex>
      {creating && createModal(() => setCreating(false))}
    </Card>
  );
}
