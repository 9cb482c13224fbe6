import { Table, type TableColumnsType, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrainingRecord } from '../../api/types';
import { enumLabel } from '../../domain/enums';
import { formatHours } from '../../domain/requirementProgress';
import { CapabilityTags } from './CapabilityTags';

export type RecordColumn = 'completedOn' | 'title' | 'source' | 'hours' | 'capabilities' | 'provider';

const ALL_COLUMNS: readonly RecordColumn[] = ['completedOn', 'title', 'source', 'hours', 'capabilities', 'provider'];

interface Props {
  records: readonly TrainingRecord[];
  /** Which columns, in which order: all of them by default. */
  columns?: readonly RecordColumn[];
  pagination: TableProps<TrainingRecord>['pagination'];
  footer?: () => ReactNode;
  empty?: ReactNode;
}

/** 培训记录: what counts toward a cadre's 学时 — when, what, from where, how many hours, the capabilities it builds. */
export function RecordTable({ records, columns = ALL_COLUMNS, pagination, footer, empty }: Props) {
  const { t, i18n } = useTranslation();
  const field = (key: string) => t(`myLearning.record.${key}`);
  const byKey: Record<RecordColumn, TableColumnsType<TrainingRecord>[number]> = {
    title: { title: field('title'), dataIndex: 'title', key: 'title' },
    completedOn: { title: field('completedOn'), dataIndex: 'completedOn', key: 'completedOn', width: 120 },
    hours: { title: field('hours'), dataIndex: 'hours', key: 'hours', width: 80, align: 'right', render: (hours: number) => formatHours(hours, i18n.language) },
    source: { title: field('source'), dataIndex: 'source', key: 'source', width: 110, render: (source) => enumLabel(t, 'recordSource', source) },
    capabilities: {
      title: t('fields.course.capabilities'),
      dataIndex: 'capabilities',
      key: 'capabilities',
      width: 260,
      render: (capabilities: TrainingRecord['capabilities']) => <CapabilityTags capabilities={capabilities} />,
    },
    provider: { title: t('fields.course.provider'), dataIndex: 'provider', key: 'provider', width: 160 },
  };
  return (
    <Table<TrainingRecord>
      rowKey="id"
      size="middle"
      columns={columns.map((key) => byKey[key])}
      dataSource={[...records]}
      pagination={pagination}
      footer={footer}
      scroll={{ x: 800 }}
      locale={{ emptyText: empty ?? t('myLearning.recordsEmpty') }}
    />
  );
}
