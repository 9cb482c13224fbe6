import { theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RotationBalance } from '../../api/types';
import { enumLabel } from '../../domain/enums';
import { typeCounts } from '../../domain/rotation';
import { StackedBarChart } from '../charts/StackedBarChart';

/** Postings by type (挂职锻炼, 挂职扶贫 …) as bars, every type listed, each with its count (交流统计, 领导驾驶舱). */
export function PostingTypeChart({ byType }: { byType: RotationBalance['byType'] | undefined }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const types = typeCounts(byType);
  return (
    <StackedBarChart
      title={t('rotation.balance.byTypeSummary', {
        summary: types.map((entry) => t('rotation.balance.typeCount', { type: enumLabel(t, 'postingType', entry.type), count: entry.count })).join(t('rotation.balance.separator')),
      })}
      series={[{ key: 'postings', label: t('rotation.balance.postings'), color: token.colorPrimary }]}
      rowTitle={t('chart.type')}
      segmentLabels={false}
      rows={types.map((entry) => ({ key: entry.type, label: enumLabel(t, 'postingType', entry.type), values: [entry.count], note: String(entry.count) }))}
    />
  );
}
