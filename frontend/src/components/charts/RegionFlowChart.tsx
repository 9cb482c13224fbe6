import { theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { REGIONS, enumLabel } from '../../domain/enums';
import type { FlowMatrix } from '../../domain/rotation';
import { heatOpacity, matrixCell, type MatrixFrame } from './barGeometry';

const WIDTH = 420;
const HEIGHT = 270;
export const FLOW_FRAME: MatrixFrame = { left: 108, top: 56, cellWidth: 96, cellHeight: 64 };

/**
 * 东中西交流: a 3 × 3 heat map, the cadres' home region down the side and the host's across the top, each cell
 * as dark as its share of the largest flow and labelled with its count; SVG only, no chart library.
 */
export function RegionFlowChart({ matrix }: { matrix: FlowMatrix }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const region = (index: number) => enumLabel(t, 'region', REGIONS[index]);
  const flows = matrix.cells.flatMap((row, from) =>
    row.map((count, to) => ({ from, to, count })).filter((cell) => cell.count > 0),
  );
  const summary = [
    t('rotation.balance.flowTitle'),
    flows.length === 0
      ? t('rotation.balance.noFlows')
      : flows.map((cell) => t('rotation.balance.flow', { from: region(cell.from), to: region(cell.to), count: cell.count })).join(t('rotation.balance.separator')),
  ].join(t('rotation.balance.colon'));

  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" style={{ maxWidth: WIDTH }} role="img" aria-label={summary}>
      <title>{summary}</title>
      <text x={FLOW_FRAME.left + (FLOW_FRAME.cellWidth * 3) / 2} y={18} textAnchor="middle" fontSize={12} fill={token.colorTextSecondary}>
        {t('rotation.balance.hostAxis')}
      </text>
      <text x={8} y={FLOW_FRAME.top - 12} fontSize={12} fill={token.colorTextSecondary}>
        {t('rotation.balance.homeAxis')}
      </text>
      {REGIONS.map((code, index) => (
        <g key={code}>
          <text
            x={FLOW_FRAME.left + index * FLOW_FRAME.cellWidth + FLOW_FRAME.cellWidth / 2}
            y={FLOW_FRAME.top - 12}
            textAnchor="middle"
            fontSize={13}
            fill={token.colorText}
          >
            {region(index)}
          </text>
          <text x={FLOW_FRAME.left - 12} y={FLOW_FRAME.top + index * FLOW_FRAME.cellHeight + FLOW_FRAME.cellHeight / 2} textAnchor="end" dominantBaseline="middle" fontSize={13} fill={token.colorText}>
            {region(index)}
          </text>
        </g>
      ))}
      {matrix.cells.map((row, from) =>
        row.map((count, to) => {
          const { x, y } = matrixCell(from, to, FLOW_FRAME);
          const opacity = heatOpacity(count, matrix.max);
          return (
            <g key={`${from}-${to}`} data-from={REGIONS[from]} data-to={REGIONS[to]}>
              <rect x={x} y={y} width={FLOW_FRAME.cellWidth} height={FLOW_FRAME.cellHeight} fill={token.colorBgContainer} stroke={token.colorBorderSecondary} />
              <rect x={x + 2} y={y + 2} width={FLOW_FRAME.cellWidth - 4} height={FLOW_FRAME.cellHeight - 4} rx={3} fill={token.colorPrimary} fillOpacity={opacity} />
              <text
                x={x + FLOW_FRAME.cellWidth / 2}
                y={y + FLOW_FRAME.cellHeight / 2}
                textAnchor="middle"
                dominantBaseline="middle"
                fontSize={14}
                fontWeight={count > 0 ? 600 : undefined}
                fill={opacity > 0.55 ? '#fff' : count > 0 ? token.colorText : token.colorTextQuaternary}
              >
                {t('rotation.balance.cell', { count })}
              </text>
            </g>
          );
        }),
      )}
    </svg>
  );
}
