import { Card, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TrainingRecord } from '../../api/types';
import { CapabilityTags } from '../../components/training/CapabilityTags';
import { enumLabel } from '../../domain/enums';
import { formatHours } from '../../domain/requirementProgress';

/** 培训记录: what counts toward my 学时, newest first. */
export function RecordsCard({ records }: { records: readonly TrainingRecord[] }) {
  const { t, i18n } = useTranslation();
  const field = (key: string) => t(`myLearning.record.${key}`);
  const columns: TableColumnsType<TrainingRecord> = [
    { title: field('title'), dataIndex: 'title', key: 'title' },
    { title: field('completedOn'), dataIndex: 'completedOn', key: 'completedOn', width: 120 },
    { title: field('hours'), dataIndex: 'hours', key: 'hours', width: 80, align: 'right', render: (hours: number) => formatHours(hours, i18n.language) },
    { title: field('source'), dataIndex: 'source', key: 'source', width: 110, render: (source) => enumLabel(t, 'recordSource', source) },
    {
      title: t('fields.course.capabilities'),
      dataIndex: 'capabilities',
      key: 'capabilities',
      width: 260,
      render: (capabilities: TrainingRecord['capabilities']) => <CapabilityTags capabilities={capabilities} />,
    },
  ];
  return (
    <Card title={t('myLearning.records')}>
      <Table<TrainingRecord>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={[...records]}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        scroll={{ x: 800 }}
        locale={{ emptyText: t('myLearning.recordsEmpty') }}
      />
    </Card>
  );
}
