import { Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CapabilityGap, GapPage } from '../../api/types';
import { GapStatusTag } from '../../components/assessment/AssessmentTags';
import { ServerTable } from '../../components/ServerTable';
import type { TableSearch } from '../../components/useTableSearch';
import type { GapSearch } from '../../domain/assessmentSearch';
import { enumLabel } from '../../domain/enums';
import { formatInstant } from '../../domain/format';
import { GapProposals } from './GapProposals';

interface Props {
  table: TableSearch<GapSearch>;
  page?: GapPage;
  loading: boolean;
  empty: string;
}

/** One server page of gaps: whose, which capability, how far below, why; a row opens what training has proposed. */
export function GapTable({ table, page, loading, empty }: Props) {
  const { t, i18n } = useTranslation();
  const field = (key: string) => t(`fields.gap.${key}`);

  const columns: TableColumnsType<CapabilityGap> = [
    { title: t('fields.cadre.employeeNumber'), dataIndex: 'employeeNumber', key: 'employeeNumber', width: 130 },
    {
      title: t('fields.cadre.name'),
      dataIndex: 'name',
      key: 'name',
      width: 110,
      sorter: true,
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
      sorter: true,
      render: (capability) => <Tag color="geekblue">{enumLabel(t, 'capability', capability)}</Tag>,
    },
    {
      title: field('score'),
      dataIndex: 'score',
      key: 'score',
      width: 110,
      align: 'right',
      sorter: true,
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
      sorter: true,
      render: (at: string) => formatInstant(at, i18n.language),
    },
  ];

  return (
    <ServerTable<CapabilityGap, GapSearch>
      columns={columns}
      table={table}
      page={page}
      loading={loading}
      expandable={{ expandedRowRender: (gap) => <GapProposals cadreId={gap.cadreId!} capability={gap.capability} />, expandRowByClick: true }}
      showTotal={(total) => t('assessment.gaps.total', { count: total })}
      empty={empty}
      scroll={{ x: 1400 }}
    />
  );
}
