import { Button, Card, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClaims } from '../../api/trainingQueries';
import type { HoursClaim } from '../../api/types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ClaimModal } from '../../components/training/ClaimForm';
import { ClaimStatusTag } from '../../components/training/ClaimStatusTag';
import { formatHours } from '../../domain/requirementProgress';

/** 学时申报: my self-reported hours and where they stand; they count once HR accepts their evidence. */
export function ClaimsCard({ cadreId }: { cadreId: string }) {
  const { t, i18n } = useTranslation();
  const [submitting, setSubmitting] = useState(false);
  const claims = useClaims({ cadreId, size: 50 });
  const field = (key: string) => t(`claims.field.${key}`);
  const columns: TableColumnsType<HoursClaim> = [
    { title: field('title'), dataIndex: 'title', key: 'title' },
    { title: field('completedOn'), dataIndex: 'completedOn', key: 'completedOn', width: 120 },
    { title: field('hours'), dataIndex: 'hours', key: 'hours', width: 80, align: 'right', render: (hours: number) => formatHours(hours, i18n.language) },
    { title: field('status'), dataIndex: 'status', key: 'status', width: 100, render: (status) => <ClaimStatusTag status={status} /> },
    {
      title: field('decisionNote'),
      dataIndex: 'decisionNote',
      key: 'decisionNote',
      render: (note: string | undefined, claim) => (note ? <Typography.Text type={claim.status === 'REJECTED' ? 'danger' : undefined}>{note}</Typography.Text> : null),
    },
  ];
  return (
    <Card
      title={t('claims.mine')}
      extra={
        <Button type="primary" onClick={() => setSubmitting(true)}>
          {t('claims.submit')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('claims.hint')}</Typography.Paragraph>
      {claims.isError && <ProblemAlert error={claims.error} onRetry={() => void claims.refetch()} />}
      <Table<HoursClaim>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={claims.data?.items ?? []}
        loading={claims.isFetching}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: t('claims.emptyMine') }}
      />
      {submitting && <ClaimModal cadreId={cadreId} onClose={() => setSubmitting(false)} />}
    </Card>
  );
}
