import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMeasureDistribution, useMeasures } from '../../api/inspectionQueries';
import { useAccess } from '../../app/session';
import { PageLoading } from '../../components/PageLoading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { EnumFilter, FilterBar, FilterSelect, UnitFilter } from '../../components/FilterBar';
import { useTableSearch } from '../../components/useTableSearch';
import { enumLabel, MEASURE_FORMS, MEASURE_STATUSES } from '../../domain/enums';
import { MEASURE_SORTS, measureFilters, toMeasureQuery } from '../../domain/inspectionSearch';
import { ApplyMeasureModal } from './ApplyMeasureModal';
import { FourFormChart } from './FourFormChart';
import { MeasureTable } from './MeasureTable';

/**
 * 监督执纪 (restricted: inspectors, leaders and administrators, never HR): the "四种形态" distribution of a unit's
 * subtree in the term, the measures with their influence periods, and for inspectors 运用"四种形态" and 撤销.
 */
export default function MeasuresPage() {
  const { t } = useTranslation();
  const access = useAccess();
  const table = useTableSearch(measureFilters, MEASURE_SORTS);
  const { search, filter: update } = table;
  const measures = useMeasures(toMeasureQuery(search));
  const distribution = useMeasureDistribution({ unitId: search.unitId });
  const [applying, setApplying] = useState(false);

  return (
    <Flex vertical gap={16}>
      <Card title={t('inspection.distribution.title')} extra={<Typography.Text type="secondary">{t('inspection.measures.restricted')}</Typography.Text>}>
        {distribution.isError && <ProblemAlert error={distribution.error} onRetry={() => void distribution.refetch()} />}
        {distribution.isPending ? <PageLoading /> : distribution.data && <FourFormChart distribution={distribution.data} />}
      </Card>
      <Card
        title={t('inspection.measures.title')}
        extra={
          access.canApplyMeasures && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setApplying(true)}>
              {t('inspection.measures.create')}
            </Button>
          )
        }
      >
        <Flex vertical gap={16}>
          <FilterBar onReset={() => table.reset()}>
            <UnitFilter label={t('inspection.measures.filter.unit')} value={search.unitId} onChange={(unitId) => update({ unitId })} />
            <FilterSelect
              label={t('inspection.measures.filter.form')}
              options={MEASURE_FORMS.map((form) => ({ value: form, label: enumLabel(t, 'measureForm', String(form)) }))}
              value={search.form}
              onChange={(form) => update({ form })}
              width={150}
            />
            <EnumFilter label={t('inspection.measures.filter.status')} kind="measureStatus" values={MEASURE_STATUSES} width={140}
              value={search.status} onChange={(status) => update({ status })} />
          </FilterBar>
          {measures.isError && <ProblemAlert error={measures.error} onRetry={() => void measures.refetch()} />}
          <MeasureTable
            table={table}
            page={measures.data}
            loading={measures.isFetching}
            empty={table.filtered() ? t('inspection.measures.emptyFiltered') : t('inspection.measures.empty')}
          />
        </Flex>
      </Card>
      {applying && <ApplyMeasureModal onClose={() => setApplying(false)} />}
    </Flex>
  );
}
