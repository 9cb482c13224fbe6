import { theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Grade } from '../../api/types';
import type { GradeCounts } from '../../domain/assessment';
import { enumLabel, GRADES } from '../../domain/enums';

interface Props {
  counts: GradeCounts;
  /** The most cadres that may be 优秀: marked as a line on the 优秀 bar. */
  quota: number;
  /** Cadres assessed: the scale's top, so bars read as shares of the unit. */
  assessed: number;
}

const GRADE_COLORS: Record<Grade, string> = {
  EXCELLENT: '#389e0d',
  COMPETENT: '#0958d9',
  BASICALLY_COMPETENT: '#d48806',
  INCOMPETENT: '#8c8c8c',
};

const WIDTH = 480;
const HEIGHT = 240;
const PLOT = { left: 36, right: 16, top: 28, bottom: 44 };
const SLOT = (WIDTH - PLOT.left - PLOT.right) / GRADES.length;
const BAR = SLOT * 0.46;
const BOTTOM = HEIGHT - PLOT.bottom;

/**
 * 等次分布: one bar per grade, and the 优秀 quota as a line across the 优秀 bar. Beyond the quota the bar and the
 * line turn red and say by how many; SVG only, no chart library.
 */
export function GradeDistributionChart({ counts, quota, assessed }: Props) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const top = Math.max(assessed, quota, ...GRADES.map((grade) => counts[grade]), 1);
  const y = (value: number) => BOTTOM - ((BOTTOM - PLOT.top) * value) / top;
  const over = Math.max(0, counts.EXCELLENT - quota);
  const danger = token.colorError;
  const excellentCenter = PLOT.left + SLOT / 2;
  const summary = [
    GRADES.map((grade) => t('assessment.chart.count', { grade: enumLabel(t, 'grade', grade), count: counts[grade] })).join(t('assessment.chart.separator')),
    over > 0 ? t('assessment.chart.quotaExceeded', { quota, over }) : t('assessment.chart.quotaMet', { quota }),
  ].join(t('assessment.chart.sentence'));

  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" style={{ maxWidth: WIDTH }} role="img" aria-label={summary}>
      <title>{summary}</title>
      <line x1={PLOT.left} y1={BOTTOM} x2={WIDTH - PLOT.right} y2={BOTTOM} stroke={token.colorBorder} />
      {[0, top].map((tick) => (
        <text key={tick} x={PLOT.left - 6} y={y(tick)} textAnchor="end" dominantBaseline="middle" fontSize={10} fill={token.colorTextTertiary}>
          {tick}
        </text>
      ))}
      {GRADES.map((grade, index) => {
        const center = PLOT.left + SLOT * index + SLOT / 2;
        const count = counts[grade];
        const fill = grade === 'EXCELLENT' && over > 0 ? danger : GRADE_COLORS[grade];
        return (
          <g key={grade} data-grade={grade}>
            <rect x={center - BAR / 2} y={y(count)} width={BAR} height={BOTTOM - y(count)} fill={fill} rx={2} />
            <text x={center} y={BOTTOM + 16} textAnchor="middle" fontSize={12} fill={token.colorText}>
              {enumLabel(t, 'grade', grade)}
            </text>
            <text x={center} y={BOTTOM + 34} textAnchor="middle" fontSize={12} fill={grade === 'EXCELLENT' && over > 0 ? danger : token.colorTextSecondary}>
              {t('assessment.chart.people', { count })}
            </text>
          </g>
        );
      })}
      <g data-testid="quota-line" data-exceeded={over > 0}>
        <line
          x1={excellentCenter - SLOT / 2 + 6}
          x2={excellentCenter + SLOT / 2 - 6}
          y1={y(quota)}
          y2={y(quota)}
          stroke={over > 0 ? danger : token.colorText}
          strokeWidth={2}
          strokeDasharray="5 3"
        />
        <text
          x={excellentCenter}
          y={y(quota) - 5}
          textAnchor="middle"
          fontSize={11}
          fill={over > 0 ? danger : token.colorTextSecondary}
          stroke={token.colorBgContainer}
          strokeWidth={3}
          paintOrder="stroke"
        >
          {over > 0 ? t('assessment.chart.quotaOver', { quota, over }) : t('assessment.chart.quota', { quota })}
        </text>
      </g>
    </svg>
  );
}
