import { Button, Flex, Table, Tag, Typography, type TableColumnsType, type TablePaginationConfig } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Finding } from '../../api/types';
import { enumLabel } from '../../domain/enums';
import { FindingStatusTag, OverdueTag, SeverityTag } from './InspectionTags';

interface ColumnOptions {
  onOpen: (finding: Finding) => void;
  /** The board lists findings of every round; a round's page leaves the round out. */
  showRound?: boolean;
  /** Whether the server sorts the list (the board's `ServerTable`): unit, severity and deadline then sort. */
  sortable?: boolean;
  /** An extra column at the end (a round's 复查). */
  action?: { title: string; render: (finding: Finding) => ReactNode };
}

/** 问题清单's columns: each finding's unit, category, severity, capability, deadline (red with the days once overdue) and status. */
export function useFindingColumns({ onOpen, showRound = false, sortable = false, action }: ColumnOptions): TableColumnsType<Finding> {
  const { t } = useTranslation();
  const field = (key: string) => t(`fields.finding.${key}`);
  const sorter = sortable ? { sorter: true } : {};

  const columns: TableColumnsType<Finding> = [
    ...(showRound
      ? [
          {
            title: field('round'),
            dataIndex: 'roundTitle',
            key: 'round',
            width: 220,
            ellipsis: true,
            render: (title: string, finding: Finding) => (
              <Link to={`/inspection/rounds/${finding.roundId}`} onClick={(event) => event.stopPropagation()}>
                {title}
              </Link>
            ),
          },
        ]
      : []),
    { title: field('unitId'), dataIndex: 'unitName', key: 'unit', width: 160, ellipsis: true, ...sorter },
    {
      title: field('category'),
      dataIndex: 'category',
      key: 'category',
      width: 130,
      render: (category: string, finding) => (
        <Button
          type="link"
          size="small"
          style={{ padding: 0 }}
          onClick={(event) => {
            event.stopPropagation();
            onOpen(finding);
          }}
        >
          {category}
        </Button>
      ),
    },
    { title: field('severity'), dataIndex: 'severity', key: 'severity', width: 100, ...sorter, render: (severity) => <SeverityTag severity={severity} /> },
    {
      title: field('dueOn'),
      key: 'dueOn',
      width: 190,
      ...sorter,
      render: (_, finding) => (
        <Flex gap={4} align="center" wrap data-overdue={Boolean(finding.overdue)}>
          <Typography.Text type={finding.overdue ? 'danger' : undefined}>{finding.dueOn}</Typography.Text>
          <OverdueTag finding={finding} />
        </Flex>
      ),
    },
    { title: field('status'), dataIndex: 'status', key: 'status', width: 100, render: (status) => <FindingStatusTag status={status} /> },
    {
      title: field('capability'),
      dataIndex: 'capability',
      key: 'capability',
      width: 130,
      render: (capability) => (capability ? <Tag color="geekblue">{enumLabel(t, 'capability', capability)}</Tag> : null),
    },
    { title: field('rectificationOwner'), dataIndex: 'rectificationOwner', key: 'owner', width: 130, ellipsis: true },
    { title: field('description'), dataIndex: 'description', key: 'description', width: 280, ellipsis: true },
    ...(action ? [{ title: action.title, key: 'action', width: 110, fixed: 'right' as const, render: (_: unknown, finding: Finding) => action.render(finding) }] : []),
  ];

  return columns;
}

/** A row opens its finding. */
export const openOnClick = (onOpen: (finding: Finding) => void) => (finding: Finding) => ({ onClick: () => onOpen(finding), style: { cursor: 'pointer' } });

interface Props extends Omit<ColumnOptions, 'sortable'> {
  findings: readonly Finding[];
  loading: boolean;
  pagination: TablePaginationConfig | false;
  empty: ReactNode;
}

/** 问题清单 of rows at hand (a round's, a cadre's): the board pages its own on the server. */
export function FindingTable({ findings, loading, pagination, empty, ...options }: Props) {
  const columns = useFindingColumns(options);
  return (
    <Table<Finding>
      rowKey="id"
      columns={columns}
      dataSource={[...findings]}
      loading={loading}
      onRow={openOnClick(options.onOpen)}
      locale={{ emptyText: empty }}
      scroll={{ x: options.showRound ? 1500 : 1250 }}
      pagination={pagination}
    />
  );
}
