import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AssessmentCycle, CyclePage } from '../../api/types';
import { CycleStatusTag } from '../../components/assessment/AssessmentTags';
import { GradeCountsText, QuotaStatus } from '../../components/assessment/QuotaStatus';
import { ServerTable } from '../../components/ServerTable';
import type { TableSearch } from '../../components/useTableSearch';
import type { CycleSearch } from '../../domain/assessmentSearch';

interface Props {
  table: TableSearch<CycleSearch>;
  page?: CyclePage;
  loading: boolean;
  empty: string;
}

/** One server page of cycles: unit and year, how far grading is, the distribution and the 优秀 quota. */
export function CycleTable({ table, page, loading, empty }: Props) {
  const { t } = useTranslation();
  const field = (key: string) => t(`fields.cycle.${key}`);

  const columns: TableColumnsType<AssessmentCycle> = [
    { title: field('year'), dataIndex: 'year', key: 'year', width: 90, sorter: true },
    {
      title: field('title'),
      dataIndex: 'title',
      key: 'title',
      width: 260,
      ellipsis: true,
      render: (title: string, cycle) => <Link to={`/assessment/cycles/${cycle.id}`}>{title}</Link>,
    },
    { title: field('unitName'), dataIndex: 'unitName', key: 'unit', width: 170, ellipsis: true, sorter: true },
    { title: field('status'), dataIndex: 'status', key: 'status', width: 120, sorter: true, render: (status) => <CycleStatusTag status={status} /> },
    {
      title: field('graded'),
      key: 'graded',
      width: 110,
      align: 'right',
      render: (_, cycle) => t('assessment.cycles.gradedOf', { graded: cycle.graded ?? 0, assessed: cycle.assessed ?? 0 }),
    },
    { title: field('distribution'), key: 'distribution', width: 290, render: (_, cycle) => <GradeCountsText cycle={cycle} /> },
    { title: field('quota'), key: 'quota', render: (_, cycle) => <QuotaStatus cycle={cycle} /> },
  ];

  return (
    <ServerTable<AssessmentCycle, CycleSearch>
      columns={columns}
      table={table}
      page={page}
      loading={loading}
      showTotal={(total) => t('assessment.cycles.total', { count: total })}
      empty={empty}
      scroll={{ x: 1260 }}
    />
  );
}
