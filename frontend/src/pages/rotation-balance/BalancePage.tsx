import { Card, Col, Empty, Flex, Row, Select, Statistic, Typography, theme } from 'antd';
import { useQueryStates } from 'nuqs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useRotationBalance } from '../../api/rotationQueries';
import type { RotationBalance } from '../../api/types';
import { RegionFlowChart } from '../../components/charts/RegionFlowChart';
import { StackedBarChart } from '../../components/charts/StackedBarChart';
import { PostingTypeChart } from '../../components/rotation/PostingTypeChart';
import { PageLoading } from '../../components/PageLoading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { cycleYears } from '../../domain/assessmentSearch';
import { yearInBeijing } from '../../domain/format';
import { flowMatrix, typeCounts } from '../../domain/rotation';
import { defined } from '../../domain/pagedSearch';
import { balanceFilters, toBalanceQuery, type BalanceSearch } from '../../domain/rotationSearch';
import { formatShare } from '../../domain/trainingPlan';

/**
 * 交流统计: whether exchanges stay balanced — the east/central/west flows as a heat map, postings by type,
 * cross-department and cross-region counts, and below them the rotation rate of each unit under the one chosen.
 */
export default function BalancePage() {
  const { t } = useTranslation();
  const thisYear = yearInBeijing();
  const [values, setValues] = useQueryStates(useMemo(() => balanceFilters(thisYear), [thisYear]), { history: 'push' });
  const search = defined(values) as BalanceSearch;
  const balance = useRotationBalance(toBalanceQuery(search));

  return (
    <Flex vertical gap={16}>
      <Card title={t('rotation.balance.title')} extra={<Typography.Text type="secondary">{balance.data?.unitName}</Typography.Text>}>
        <Flex wrap gap={12} align="center">
          <Select<number>
            aria-label={t('rotation.balance.filter.year')}
            placeholder={t('rotation.balance.filter.allYears')}
            allowClear
            value={search.year}
            onChange={(year) => void setValues({ year: year ?? null })}
            options={cycleYears(thisYear + 1, search.year).map((value) => ({ value, label: t('rotation.balance.yearOption', { year: value }) }))}
            style={{ width: 160 }}
          />
          <UnitTreeSelect
            aria-label={t('rotation.balance.filter.unit')}
            placeholder={t('rotation.balance.filter.unit')}
            allowClear
            value={search.unitId}
            onChange={(unitId?: string) => void setValues({ unitId: unitId || null })}
            style={{ width: 260 }}
            popupMatchSelectWidth={360}
          />
          <Typography.Text type="secondary">{t('rotation.balance.hint')}</Typography.Text>
        </Flex>
      </Card>
      {balance.isError && <ProblemAlert error={balance.error} onRetry={() => void balance.refetch()} />}
      {balance.isPending ? <PageLoading /> : balance.data && <BalanceView balance={balance.data} />}
    </Flex>
  );
}

function BalanceView({ balance }: { balance: RotationBalance }) {
  const { t, i18n } = useTranslation();
  const { token } = theme.useToken();
  const matrix = flowMatrix(balance.flows);
  const types = typeCounts(balance.byType);
  const total = types.reduce((sum, entry) => sum + entry.count, 0);
  const units = balance.units ?? [];

  return (
    <Flex vertical gap={16}>
      <Row gutter={[16, 16]}>
        <Col xs={24} sm={8}>
          <Card>
            <Statistic title={t('rotation.balance.total')} value={total} suffix={t('rotation.balance.unit')} />
          </Card>
        </Col>
        <Col xs={24} sm={8}>
          <Card>
            <Statistic title={t('rotation.balance.crossRegion')} value={balance.crossRegion ?? 0} suffix={t('rotation.balance.unit')} />
          </Card>
        </Col>
        <Col xs={24} sm={8}>
          <Card>
            <Statistic title={t('rotation.balance.crossDepartment')} value={balance.crossDepartment ?? 0} suffix={t('rotation.balance.unit')} />
          </Card>
        </Col>
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <Card title={t('rotation.balance.flowTitle')} style={{ height: '100%' }}>
            {matrix.total === 0 ? <Empty description={t('rotation.balance.noFlows')} /> : <RegionFlowChart matrix={matrix} />}
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card title={t('rotation.balance.byType')} style={{ height: '100%' }}>
            <PostingTypeChart byType={balance.byType} />
          </Card>
        </Col>
      </Row>
      <Card title={t('rotation.balance.rateTitle', { years: balance.rateYears ?? 0 })} extra={<Typography.Text type="secondary">{t('rotation.balance.rateHint')}</Typography.Text>}>
        {units.length === 0 ? (
          <Empty description={t('rotation.balance.noUnits')} />
        ) : (
          <StackedBarChart
            title={t('rotation.balance.rateSummary', { unit: balance.unitName, years: balance.rateYears ?? 0 })}
            series={[{ key: 'rate', label: t('rotation.balance.rate'), color: token.colorSuccess }]}
            rowTitle={t('chart.unit')}
            max={Math.max(0.05, ...units.map((unit) => unit.rate ?? 0))}
            segmentLabels={false}
            format={(rate) => formatShare(rate, i18n.language)}
            rows={units.map((unit) => ({
              key: unit.unitId ?? unit.name ?? '',
              label: unit.name ?? '',
              values: [unit.rate ?? 0],
              note: t('rotation.balance.rateNote', { rate: formatShare(unit.rate ?? 0, i18n.language), rotated: unit.rotated ?? 0, cadres: unit.activeCadres ?? 0 }),
            }))}
          />
        )}
      </Card>
    </Flex>
  );
}
