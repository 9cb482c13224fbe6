import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TrainingRecord } from '../../api/types';
import { RecordTable, type RecordColumn } from '../../components/training/RecordTable';

const COLUMNS: readonly RecordColumn[] = ['title', 'completedOn', 'hours', 'source', 'capabilities'];

/** 培训记录: what counts toward my 学时, newest first. */
export function RecordsCard({ records }: { records: readonly TrainingRecord[] }) {
  const { t } = useTranslation();
  return (
    <Card title={t('myLearning.records')}>
      <RecordTable records={records} columns={COLUMNS} pagination={{ pageSize: 10, hideOnSinglePage: true }} />
    </Card>
  );
}
