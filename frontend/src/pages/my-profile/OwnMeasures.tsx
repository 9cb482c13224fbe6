import { Empty, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMeasures } from '../../api/inspectionQueries';
import type { Measure } from '../../api/types';
import { InfluencePeriod, MeasureFormTag, MeasureStatusTag } from '../../components/inspection/InspectionTags';
import { ProblemAlert } from '../../components/ProblemAlert';
import { enumLabel } from '../../domain/enums';

const OWN = { size: 100 };

/** 我的监督执纪记录: the cadre's own measures (the API answers the own only), with their influence periods. */
export function OwnMeasures() {
  const { t } = useTranslation();
  const measures = useMeasures(OWN);
  const field = (key: string) => t(`fields.measure.${key}`);
  const columns: TableColumnsType<Measure> = [
    { title: field('form'), dataIndex: 'form', key: 'form', width: 120, render: (form: number) => <MeasureFormTag form={form} /> },
    { title: field('type'), key: 'type', width: 100, render: (_, measure) => measure.typeName ?? enumLabel(t, 'measureType', measure.type) },
    { title: field('appliedOn'), dataIndex: 'appliedOn', key: 'appliedOn', width: 120 },
    { title: field('influenceUntil'), key: 'influence', width: 150, render: (_, measure) => <InfluencePeriod measure={measure} /> },
    { title: field('status'), dataIndex: 'status', key: 'status', width: 100, render: (status) => <MeasureStatusTag status={status} /> },
    { title: field('reason'), dataIndex: 'reason', key: 'reason', ellipsis: true },
  ];
  if (measures.isError) return <ProblemAlert error={measures.error} onRetry={() => void measures.refetch()} />;
  return (
    <Table<Measure>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={measures.data?.items ?? []}
      loading={measures.isPending}
      pagination={false}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('inspection.measures.noneOwn')} /> }}
    />
  );
}
