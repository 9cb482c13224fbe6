import { Card, Col, Empty, Flex, Row, Statistic, Table, Typography, type TableColumnsType } from 'antd';
import { useQueryState } from 'nuqs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCoverage } from '../../api/inspectionQueries';
import type { TermCoverage, UnitCoverage } from '../../api/types';
import { StackedBarChart } from '../../components/charts/StackedBarChart';
import { CoverageSummaryChart } from '../../components/inspection/CoverageSummaryChart';
import { COVERAGE_COLORS, CoverageStatusTag } from '../../components/inspection/InspectionTags';
import { PageLoading } from '../../components/PageLoading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { COVERAGE_STATUSES, enumLabel } from '../../domain/enums';
import { coverageSummary } from '../../domain/inspection';
import { parseAsUuid } from '../../domain/queryParams';
import { formatShare } from '../../domain/trainingPlan';

/**
 * 巡视全覆盖 (巡视工作条例: every unit within one five-year term): for the bureau, each provincial administration
 * covered by a 巡视, planned or not yet, and how far its own 巡察 covered its municipal administrations; for a
 * province, its municipal ones.
 */
export default function CoveragePage() {
  const { t } = useTranslation();
  const [unitId, setUnitId] = useQueryState('unitId', parseAsUuid.withOptions({ history: 'push' }));
  const coverage = useCoverage(unitId ? { unitId } : {});

  return (
    <Flex vertical gap={16}>
      <Card title={t('inspection.coverage.title')} extra={coverage.data && <Typography.Text type="secondary">{t('inspection.coverage.term', { first: coverage.data.termFirst, last: coverage.data.termLast })}</Typography.Text>}>
        <Flex wrap gap={12} align="center">
          <UnitTreeSelect
            aria-label={t('inspection.coverage.filter.unit')}
            placeholder={t('inspection.coverage.filter.unit')}
            allowClear
            value={unitId ?? undefined}
            onChange={(next?: string) => void setUnitId(next || null)}
            style={{ width: 260 }}
            popupMatchSelectWidth={360}
          />
          <Typography.Text type="secondary">{t('inspection.coverage.hint')}</Typography.Text>
        </Flex>
      </Card>
      {coverage.isError && <ProblemAlert error={coverage.error} onRetry={() => void coverage.refetch()} />}
      {coverage.isPending ? <PageLoading /> : coverage.data && <CoverageView coverage={coverage.data} />}
    </Flex>
  );
}

function CoverageView({ coverage }: { coverage: TermCoverage }) {
  const { t, i18n } = useTranslation();
  const summary = coverageSummary(coverage);
  const rows = coverage.rows ?? [];
  const withCities = summary.subunits > 0;
  const statusLabel = (status: string) => enumLabel(t, 'coverageStatus', status);
  const series = COVERAGE_STATUSES.map((status) => ({ key: status, label: statusLabel(status), color: COVERAGE_COLORS[status] }));

  return (
    <Flex vertical gap={16}>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={6}>
          <Card>
            <Statistic
              title={t('inspection.coverage.rate', { unit: coverage.unitName })}
              value={formatShare(summary.units > 0 ? summary.covered / summary.units : 0, i18n.language)}
            />
          </Card>
        </Col>
        <Col xs={24} md={18}>
          <Card title={t('inspection.coverage.summaryTitle')}>
            <CoverageSummaryChart coverage={coverage} />
          </Card>
        </Col>
      </Row>
      {withCities && (
        <Card title={t('inspection.coverage.perUnit')} extra={<Typography.Text type="secondary">{t('inspection.coverage.perUnitHint')}</Typography.Text>}>
          <StackedBarChart
            title={t('inspection.coverage.perUnitSummary', { unit: coverage.unitName })}
            rowTitle={t('chart.unit')}
            series={series}
            legendExtra={COVERAGE_STATUSES.map((status) => ({ key: `own-${status}`, label: t('inspection.coverage.own', { status: statusLabel(status) }), color: COVERAGE_COLORS[status], shape: 'square' as const }))}
            rows={rows.map((row) => {
              const subunits = row.subunits ?? 0;
              const covered = row.subunitsCovered ?? 0;
              const planned = row.subunitsPlanned ?? 0;
              return {
                key: row.unitId ?? row.name ?? '',
                label: row.name ?? '',
                values: [covered, planned, Math.max(0, subunits - covered - planned)],
                note: t('inspection.coverage.coveredOf', { covered, units: subunits }),
                marker: { color: COVERAGE_COLORS[row.status ?? 'NOT_YET'], label: t('inspection.coverage.own', { status: statusLabel(row.status ?? 'NOT_YET') }) },
              };
            })}
          />
        </Card>
      )}
      <Card title={t('inspection.coverage.table')}>
        <CoverageTable rows={rows} withCities={withCities} />
      </Card>
    </Flex>
  );
}

function CoverageTable({ rows, withCities }: { rows: UnitCoverage[]; withCities: boolean }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<UnitCoverage> = [
    { title: t('inspection.coverage.unit'), dataIndex: 'name', key: 'name', width: 200 },
    { title: t('inspection.coverage.status'), dataIndex: 'status', key: 'status', width: 110, render: (status) => <CoverageStatusTag status={status} /> },
    {
      title: t('inspection.coverage.on'),
      key: 'on',
      width: 160,
      render: (_, row) => (row.roundId ? <Link to={`/inspection/rounds/${row.roundId}`}>{row.on}</Link> : '—'),
    },
    ...(withCities
      ? [
          {
            title: t('inspection.coverage.citiesColumn'),
            key: 'cities',
            render: (_: unknown, row: UnitCoverage) =>
              (row.subunits ?? 0) === 0
                ? '—'
                : t('inspection.coverage.citiesOf', { covered: row.subunitsCovered ?? 0, planned: row.subunitsPlanned ?? 0, units: row.subunits ?? 0 }),
          },
        ]
      : []),
  ];
  return (
    <Table<UnitCoverage>
      rowKey="unitId"
      size="small"
      columns={columns}
      dataSource={rows}
      pagination={false}
      locale={{ emptyText: <Empty description={t('inspection.coverage.empty')} /> }}
    />
  );
}
