import { useTranslation } from 'react-i18next';
import type { TermCoverage } from '../../api/types';
import { COVERAGE_STATUSES, enumLabel } from '../../domain/enums';
import { coverageSummary } from '../../domain/inspection';
import { StackedBarChart } from '../charts/StackedBarChart';
import { COVERAGE_COLORS } from './InspectionTags';

/**
 * 本届覆盖情况: the units below covered by a 巡视, planned or not yet, and, where they have cities, how far their own
 * 巡察 covered them (巡视全覆盖, 领导驾驶舱).
 */
export function CoverageSummaryChart({ coverage }: { coverage: TermCoverage }) {
  const { t } = useTranslation();
  const summary = coverageSummary(coverage);
  const series = COVERAGE_STATUSES.map((status) => ({ key: status, label: enumLabel(t, 'coverageStatus', status), color: COVERAGE_COLORS[status] }));
  return (
    <StackedBarChart
      title={t('inspection.coverage.summary', { unit: coverage.unitName, units: summary.units, covered: summary.covered, planned: summary.planned, notYet: summary.notYet })}
      series={series}
      rows={[
        {
          key: 'units',
          label: t('inspection.coverage.units', { count: summary.units }),
          values: [summary.covered, summary.planned, summary.notYet],
          note: t('inspection.coverage.coveredOf', { covered: summary.covered, units: summary.units }),
        },
        ...(summary.subunits > 0
          ? [
              {
                key: 'cities',
                label: t('inspection.coverage.cities', { count: summary.subunits }),
                values: [summary.subunitsCovered, summary.subunitsPlanned, summary.subunits - summary.subunitsCovered - summary.subunitsPlanned],
                note: t('inspection.coverage.coveredOf', { covered: summary.subunitsCovered, units: summary.subunits }),
              },
            ]
          : []),
      ]}
    />
  );
}
