import { Alert, Card, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRegradeReport } from '../../api/assessmentQueries';
import type { RegradeRow } from '../../api/types';
import { OutcomeTag } from '../../components/assessment/AssessmentTags';
import { ProblemAlert } from '../../components/ProblemAlert';
import { enumLabel } from '../../domain/enums';
import { supervisionNote } from '../../domain/eligibility';

/**
 * 需复核的已定考核: final reviews the supervision rules would grade differently today (finalised before the measure
 * catalogue, or before a measure of their year was recorded). Final grades are not rewritten; HR reviews these.
 * Shown only when there are any.
 */
export function RegradeReportCard({ year }: { year?: number }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(0);
  const report = useRegradeReport({ year, page, size: 10 });
  if (report.isError) return <ProblemAlert error={report.error} onRetry={() => void report.refetch()} />;
  if (!report.data?.total) return null;
  const columns: TableColumnsType<RegradeRow> = [
    {
      title: t('fields.cadre.name'),
      key: 'name',
      width: 150,
      render: (_, row) => (
        <span>
          {row.name} <Typography.Text type="secondary">{row.employeeNumber}</Typography.Text>
        </span>
      ),
    },
    { title: t('fields.cadre.unitName'), dataIndex: 'unitName', key: 'unitName', width: 180, ellipsis: true },
    {
      title: t('fields.review.year'),
      dataIndex: 'year',
      key: 'year',
      width: 90,
      render: (value: number, row) => <Link to={`/assessment/cycles/${row.cycleId}`}>{value}</Link>,
    },
    { title: t('fields.review.finalGrade'), key: 'finalGrade', width: 110, render: (_, row) => <OutcomeTag outcome={row.outcome} grade={row.finalGrade} /> },
    { title: t('assessment.regrade.wouldBe'), key: 'wouldBe', width: 170, render: (_, row) => enumLabel(t, 'annualEffect', row.wouldBe) },
    {
      title: t('assessment.regrade.note'),
      key: 'note',
      ellipsis: true,
      render: (_, row) => supervisionNote(t, { effect: row.wouldBe, note: row.note }, row.year),
    },
  ];
  return (
    <Card title={t('assessment.regrade.title')}>
      <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('assessment.regrade.hint')} />
      <Table<RegradeRow>
        rowKey="reviewId"
        size="middle"
        columns={columns}
        dataSource={report.data.items ?? []}
        loading={report.isFetching}
        scroll={{ x: 900 }}
        pagination={{ current: page + 1, pageSize: 10, total: report.data.total, showSizeChanger: false, onChange: (next) => setPage(next - 1) }}
      />
    </Card>
  );
}
