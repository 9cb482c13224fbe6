import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMeasureDistribution, useMeasures } from '../../api/inspectionQueries';
import { useAccess } from '../../app/session';
import { PageLoading } from '../../components/PageLoading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { FilterBar, FilterSelect, UnitFilter } from '../../components/FilterBar';
import { enumLabel, enumOptions, MEASURE_FORMS, MEASURE_STATUSES } from '../../domain/enums';
import { measureSearchParams, parseMeasureSearch, toMeasureQuery, type MeasureSearch } from '../../domain/inspectionSearch';
import { withSearchFilters } from '../../domain/pagedSearch';
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
  const [params, setParams] = useSearchParams();
  const search = parseMeasureSearch(params);
  const measures = useMeasures(toMeasureQuery(search));
  const distribution = useMeasureDistribution({ unitId: search.unitId });
  const [applying, setApplying] = useState(false);
  const setSearch = (next: MeasureSearch) => setParams(measureSearchParams(next));
  const update = (changes: Partial<MeasureSearch>) => setSearch(withSearchFilters(search, changes));
  const filtered = Boolean(search.form || search.status || search.unitId);

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
          <FilterBar onReset={() => setSearch({ page: 0, size: search.size })}>
            <UnitFilter label={t('inspection.measures.filter.unit')} value={search.unitId} onChange={(unitId) => update({ unitId })} />
            <FilterSelect
              label={t('inspection.measures.filter.form')}
              options={MEASURE_FORMS.map((form) => ({ value: form, label: enumLabel(t, 'measureForm', String(form)) }))}
              value={search.form}
              onChange={(form) => update({ form })}
              width={150}
            />
            <FilterSelect
              label={t('inspection.measures.filter.status')}
              options={enumOptions(t, 'measureStatus', MEASURE_STATUSES)}
              value={search.status}
              onChange={(status) => update({ status })}
              width={140}
            />
          </FilterBar>
          {measures.isError && <ProblemAlert error={measures.error} onRetry={() => void measures.refetch()} />}
          <MeasureTable
            search={search}
            page={measures.data}
            loading={measures.isFetching}
            onChange={setSearch}
            empty={<Empty description={filtered ? t('inspection.measures.emptyFiltered') : t('inspection.measures.empty')} />}
          />
        </Flex>
      </Card>
      {applying && <ApplyMeasureModal onClose={() => setApplying(false)} />}
    </Flex>
  );
}
