import { theme } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Grade } from '../../api/types';
import type { GradeCounts } from '../../domain/assessment';
import { enumLabel, GRADES } from '../../domain/enums';
import type { ChartToken } from './chartTheme';
import { EChart, type ChartTable } from './EChart';
import type { ChartOption } from './echartsRuntime';
import { firstParams } from './chartFormat';

interface Props {
  counts: GradeCounts;
  /** The most cadres that may be 优秀: marked as a line across the chart at that height. */
  quota: number;
  /** Cadres assessed: the scale's top, so bars read as shares of the unit. */
  assessed: number;
}

export const GRADE_COLORS: Record<Grade, string> = {
  EXCELLENT: '#389e0d',
  COMPETENT: '#0958d9',
  BASICALLY_COMPETENT: '#d48806',
  INCOMPETENT: '#8c8c8c',
};

/** How many 优秀 lie beyond the quota (0 within it). */
const overQuota = ({ counts, quota }: Props) => Math.max(0, counts.EXCELLENT - quota);

/** What the chart says to screen readers: each grade's count, then the quota and how far 优秀 exceeds it. */
export function gradeSummary(props: Props, t: TFunction): string {
  const over = overQuota(props);
  return [
    GRADES.map((grade) => t('assessment.chart.count', { grade: enumLabel(t, 'grade', grade), count: props.counts[grade] })).join(t('assessment.chart.separator')),
    over > 0 ? t('assessment.chart.quotaExceeded', { quota: props.quota, over }) : t('assessment.chart.quotaMet', { quota: props.quota }),
  ].join(t('assessment.chart.sentence'));
}

/**
 * One bar per grade on a scale up to the cadres assessed, each grade's name and count below it, and the 优秀 quota as
 * a dashed line. Beyond the quota the 优秀 bar, its count and the line turn red, and the line says by how many.
 */
export function gradeDistributionOption(props: Props, t: TFunction, token: ChartToken): ChartOption {
  const { counts, quota, assessed } = props;
  const top = Math.max(assessed, quota, ...GRADES.map((grade) => counts[grade]), 1);
  const over = overQuota(props);
  const danger = token.colorError;
  const exceeded = (grade: Grade) => grade === 'EXCELLENT' && over > 0;
  return {
    grid: { left: 36, right: 16, top: 28, bottom: 8 },
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const grade = GRADES[firstParams(params).dataIndex];
        return t('assessment.chart.count', { grade: enumLabel(t, 'grade', grade), count: counts[grade] });
      },
    },
    xAxis: {
      type: 'category',
      data: GRADES.map((grade) => enumLabel(t, 'grade', grade)),
      axisTick: { show: false },
      axisLabel: {
        interval: 0,
        formatter: (label: string, index: number) =>
          `{name|${label}}\n{${exceeded(GRADES[index]) ? 'over' : 'count'}|${t('assessment.chart.people', { count: counts[GRADES[index]] })}}`,
        rich: {
          name: { color: token.colorText, fontSize: 12, lineHeight: 20 },
          count: { color: token.colorTextSecondary, fontSize: 12, lineHeight: 18 },
          over: { color: danger, fontSize: 12, lineHeight: 18 },
        },
      },
    },
    yAxis: { type: 'value', min: 0, max: top, interval: top, splitLine: { show: false } },
    series: [
      {
        type: 'bar',
        name: t('assessment.chart.peopleColumn'),
        barWidth: '46%',
        data: GRADES.map((grade) => ({
          value: counts[grade],
          itemStyle: { color: exceeded(grade) ? danger : GRADE_COLORS[grade], borderRadius: [2, 2, 0, 0] },
        })),
        markLine: {
          silent: true,
          symbol: 'none',
          lineStyle: { color: over > 0 ? danger : token.colorText, type: [5, 3], width: 2 },
          label: {
            position: 'insideStartTop',
            formatter: over > 0 ? t('assessment.chart.quotaOver', { quota, over }) : t('assessment.chart.quota', { quota }),
            color: over > 0 ? danger : token.colorTextSecondary,
            textBorderColor: token.colorBgContainer,
            textBorderWidth: 3,
          },
          data: [{ yAxis: quota }],
        },
      },
    ],
  };
}

function gradeTable(props: Props, t: TFunction): ChartTable {
  const over = overQuota(props);
  return {
    columns: [{ title: t('assessment.chart.gradeColumn') }, { title: t('assessment.chart.peopleColumn'), numeric: true }],
    rows: [
      ...GRADES.map((grade) => ({ key: grade, cells: [enumLabel(t, 'grade', grade), props.counts[grade]] })),
      { key: 'quota', cells: [t('assessment.chart.quotaRow'), props.quota] },
      ...(over > 0 ? [{ key: 'over', cells: [t('assessment.chart.overRow'), over] }] : []),
    ],
  };
}

/** 等次分布: one bar per grade against the 优秀 quota (see `gradeDistributionOption`), with its numbers as a table. */
export function GradeDistributionChart(props: Props) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return <EChart option={gradeDistributionOption(props, t, token)} title={gradeSummary(props, t)} height={240} maxWidth={520} table={gradeTable(props, t)} />;
}
