import { Table, Tag, Typography, type TableColumnsType, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CapabilityGap, GapPage } from '../../api/types';
import { GapStatusTag } from '../../components/assessment/AssessmentTags';
import { serverPagination, serverSorter, withTableChange } from '../../components/serverPagination';
import { formatGapSort, GAP_SORTS, type GapSearch } from '../../domain/assessmentSearch';
import { enumLabel } from '../../domain/enums';
import { formatInstant } from '../../domain/format';
import { parseSortParam } from '../../domain/queryParams';
import { GapProposals } from './GapProposals';

interface Props {
  search: GapSearch;
  page?: GapPage;
  loading: boolean;
  onChange: (search: GapSearch) => void;
  empty: ReactNode;
}

/** One server page of gaps: whose, which capability, how far below, why; a row opens what training has proposed. */
export function GapTable({ search, page, loading, onChange, empty }: Props) {
  const { t, i18n } = useTranslation();
  const sort = parseSortParam(GAP_SORTS, search.sort);
  const field = (key: string) => t(`fields.gap.${key}`);

  const columns: TableColumnsType<CapabilityGap> = [
    { title: t('fields.cadre.employeeNumber'), dataIndex: 'employeeNumber', key: 'employeeNumber', width: 130 },
    {
      title: t('fields.cadre.name'),
      dataIndex: 'name',
      key: 'name',
      width: 110,
      ...serverSorter(sort, 'name'),
      render: (name: string, gap) => (
        <Link to={`/assessment/profiles/${gap.cadreId}`} onClick={(event) => event.stopPropagation()}>
          {name}
        </Link>
      ),
    },
    { title: t('fields.cadre.unitName'), dataIndex: 'unitName', key: 'unitName', width: 170, ellipsis: true },
    {
      title: field('capability'),
      dataIndex: 'capability',
      key: 'capability',
      width: 150,
      ...serverSorter(sort, 'capability'),
      render: (capability) => <Tag color="geekblue">{enumLabel(t, 'capability', capability)}</Tag>,
    },
    {
      title: field('score'),
      dataIndex: 'score',
      key: 'score',
      width: 110,
      align: 'right',
      ...serverSorter(sort, 'score'),
      render: (score: number, gap) => t('assessment.gaps.scoreOf', { score, threshold: gap.threshold }),
    },
    { title: field('reason'), dataIndex: 'reason', key: 'reason', width: 130, render: (reason) => enumLabel(t, 'gapReason', reason) },
    { title: field('explanation'), dataIndex: 'explanation', key: 'explanation', ellipsis: true },
    { title: field('cycleYear'), dataIndex: 'cycleYear', key: 'cycleYear', width: 90 },
    {
      title: field('status'),
      dataIndex: 'status',
      key: 'status',
      width: 150,
      render: (status, gap) =>
        status === 'CLOSED' && gap.closedScore != null ? (
          <>
            <GapStatusTag status={status} />
            <Typography.Text type="secondary">{t('assessment.gaps.closedScore', { score: gap.closedScore })}</Typography.Text>
          </>
        ) : (
          <GapStatusTag status={status} />
        ),
    },
    {
      title: field('openedAt'),
      dataIndex: 'openedAt',
      key: 'openedAt',
      width: 170,
      ...serverSorter(sort, 'openedAt'),
      render: (at: string) => formatInstant(at, i18n.language),
    },
  ];

  const handleChange: TableProps<CapabilityGap>['onChange'] = (pagination, _filters, sorter, extra) =>
    onChange(withTableChange(search, pagination, sorter, extra.action, formatGapSort));

  return (
    <Table<CapabilityGap>
      rowKey="id"
      columns={columns}
      dataSource={page?.items ?? []}
      loading={loading}
      onChange={handleChange}
      expandable={{ expandedRowRender: (gap) => <GapProposals cadreId={gap.cadreId!} capability={gap.capability} />, expandRowByClick: true }}
      locale={{ emptyText: empty }}
      scroll={{ x: 1400 }}
      pagination={serverPagination(search, page?.total ?? 0, (total) => t('assessment.gaps.total', { count: total }))}
    />
  );
}
