import { Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMeasures } from '../../api/inspectionQueries';
import { MeasureRecordTable } from '../../components/inspection/MeasureRecordTable';
import { ProblemAlert } from '../../components/ProblemAlert';

const OWN = { size: 100 };

/** 我的监督执纪记录: the cadre's own measures (the API answers the own only), with their influence periods. */
export function OwnMeasures() {
  const { t } = useTranslation();
  const measures = useMeasures(OWN);
  if (measures.isError) return <ProblemAlert error={measures.error} onRetry={() => void measures.refetch()} />;
  return (
    <MeasureRecordTable
      measures={measures.data?.items ?? []}
      loading={measures.isPending}
      empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('inspection.measures.noneOwn')} />}
    />
  );
}
