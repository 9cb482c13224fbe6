import { Flex, Table, Typography, type TableColumnsType, type TablePaginationConfig } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Trip } from '../../api/types';
import { ServerTable } from '../../components/ServerTable';
import type { TableSearch } from '../../components/useTableSearch';
import { formatInstant } from '../../domain/format';
import type { PagedSearch } from '../../domain/pagedSearch';
import { PassportDueTag, passportLabel, TripStatusTag } from './TravelTags';
import { TripActions } from './TripActions';

interface Shown {
  /** The employee number, name and unit columns: left out where every row is the same cadre's (my trips, the portfolio). */
  showCadre?: boolean;
  /** The buttons of the commands each trip allows the caller (`actions`): left out where nothing is decided (the portfolio). */
  showActions?: boolean;
  /** What the table shows without rows. */
  empty: ReactNode;
}

/** A server-paged list (出国（境）管理, 我的出国（境）): the pager and the sortable columns move the search in the URL. */
interface ServerProps<S extends PagedSearch> extends Shown {
  table: TableSearch<S>;
  page?: { items?: Trip[]; total?: number };
  loading: boolean;
  showTotal: (total: number) => ReactNode;
}

/** The rows a service sent, paged here (the portfolio). */
interface LocalProps extends Shown {
  trips: readonly Trip[];
  pagination: TablePaginationConfig | false;
}

/**
 * 因私出国（境）: whose trip (where it matters), where to and why, when, its status, the passport it goes on, the passport's
 * last day back with 逾期未交回 (red) or 逾期交回 (orange), the decision's note, and the commands the caller may give.
 */
export function TripTable<S extends PagedSearch>(props: ServerProps<S> | LocalProps) {
  const columns = useTripColumns(props, 'table' in props);
  if ('table' in props) {
    return (
      <ServerTable<Trip, S>
        table={props.table}
        page={props.page}
        loading={props.loading}
        columns={columns}
        showTotal={props.showTotal}
        empty={props.empty}
        scroll={{ x: props.showCadre ? 1500 : 1200 }}
      />
    );
  }
  return (
    <Table<Trip>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={[...props.trips]}
      pagination={props.pagination}
      locale={{ emptyText: props.empty }}
      scroll={{ x: 1000 }}
    />
  );
}

/** The columns; those the API sorts by (name, unit, departure, passport due) are sortable on a server-paged list. */
function useTripColumns({ showCadre = false, showActions = false }: Shown, sortable: boolean): TableColumnsType<Trip> {
  const { t, i18n } = useTranslation();
  const field = (key: string) => t(`fields.trip.${key}`);
  const secondary = (text: ReactNode) => (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {text}
    </Typography.Text>
  );
  const cadreColumns: TableColumnsType<Trip> = [
    {
      title: field('cadre'),
      dataIndex: 'name',
      key: 'name',
      width: 130,
      sorter: sortable,
      render: (name: string | null, trip) => (
        <Flex vertical>
          <span>{name}</span>
          {secondary(trip.employeeNumber)}
        </Flex>
      ),
    },
    { title: field('unitName'), dataIndex: 'unitName', key: 'unitName', width: 170, ellipsis: true, sorter: sortable },
  ];
  return [
    ...(showCadre ? cadreColumns : []),
    { title: field('destination'), dataIndex: 'destination', key: 'destination', width: 130 },
    { title: field('purpose'), dataIndex: 'purpose', key: 'purpose', width: 150, ellipsis: true },
    {
      title: field('period'),
      key: 'departOn',
      width: 210,
      sorter: sortable,
      render: (_, trip) => (
        <Flex vertical>
          <span>{t('travel.trips.period', { start: trip.departOn, end: trip.returnOn })}</span>
          {secondary(t('travel.trips.requestedAt', { at: formatInstant(trip.requestedAt, i18n.language) }))}
        </Flex>
      ),
    },
    { title: field('status'), dataIndex: 'status', key: 'status', width: 110, render: (_, trip) => <TripStatusTag status={trip.status} /> },
    {
      title: field('passport'),
      key: 'passport',
      width: 190,
      render: (_, trip) => passportLabel(t, trip.passportKind, trip.passportNumber),
    },
    {
      title: field('passportDue'),
      key: 'passportDue',
      width: 160,
      sorter: sortable,
      render: (_, trip) => (
        <Flex vertical gap={2} align="start">
          {trip.passportDue && <span>{trip.passportDue}</span>}
          <PassportDueTag trip={trip} />
          {trip.returnedOn
            ? secondary(t('travel.trips.returnedOn', { day: trip.returnedOn }))
            : trip.issuedOn && secondary(t('travel.trips.issuedOn', { day: trip.issuedOn }))}
        </Flex>
      ),
    },
    { title: field('decisionNote'), dataIndex: 'decisionNote', key: 'decisionNote', ellipsis: true, render: (note: string | null) => note ?? '' },
    ...(showActions
      ? [{ title: t('travel.trips.actions'), key: 'actions', width: 210, fixed: 'right' as const, render: (_: unknown, trip: Trip) => <TripActions trip={trip} /> }]
      : []),
  ];
}
