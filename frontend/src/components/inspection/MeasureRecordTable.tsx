import { Table, type TableColumnsType, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Measure } from '../../api/types';
import { enumLabel } from '../../domain/enums';
import { InfluencePeriod, MeasureFormTag, MeasureStatusTag } from './InspectionTags';

interface Props {
  measures: readonly Measure[];
  loading?: boolean;
  pagination?: TableProps<Measure>['pagination'];
  footer?: () => ReactNode;
  empty: ReactNode;
}

/** One cadre's supervision measures (监督执纪记录): the form and type, when, the influence period, the status and why. */
export function MeasureRecordTable({ measures, loading = false, pagination = false, footer, empty }: Props) {
  const { t } = useTranslation();
  const field = (key: string) => t(`fields.measure.${key}`);
  const columns: TableColumnsType<Measure> = [
    { title: field('form'), dataIndex: 'form', key: 'form', width: 120, render: (form: number) => <MeasureFormTag form={form} /> },
    { title: field('type'), key: 'type', width: 100, render: (_, measure) => measure.typeName ?? enumLabel(t, 'measureType', measure.type) },
    { title: field('appliedOn'), dataIndex: 'appliedOn', key: 'appliedOn', width: 120 },
    { title: field('influenceUntil'), key: 'influence', width: 150, render: (_, measure) => <InfluencePeriod measure={measure} /> },
    { title: field('status'), dataIndex: 'status', key: 'status', width: 100, render: (status) => <MeasureStatusTag status={status} /> },
    { title: field('reason'), dataIndex: 'reason', key: 'reason', ellipsis: true },
  ];
  return (
    <Table<Measure>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={[...measures]}
      loading={loading}
      pagination={pagination}
      footer={footer}
      locale={{ emptyText: empty }}
    />
  );
}
