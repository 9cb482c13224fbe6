import { Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FourFormDistribution } from '../../api/types';
import { StackedBarChart } from '../../components/charts/StackedBarChart';
import { FORM_COLORS } from '../../components/inspection/InspectionTags';
import { enumLabel, MEASURE_FORMS } from '../../domain/enums';
import { formCounts, formTotal } from '../../domain/inspection';

/** "四种形态"分布: per unit below the one chosen, its measures of the term stacked by form, the total first. */
export function FourFormChart({ distribution }: { distribution: FourFormDistribution }) {
  const { t } = useTranslation();
  const units = (distribution.units ?? []).filter((unit) => formTotal(unit) > 0);
  const total = formCounts(distribution.total);
  const rows = [distribution.total, ...units].filter(Boolean).map((unit, index) => {
    const counts = formCounts(unit);
    return {
      key: index === 0 ? 'total' : (unit!.unitId ?? String(index)),
      label: index === 0 ? t('inspection.distribution.totalOf', { unit: distribution.unitName }) : (unit!.name ?? ''),
      values: MEASURE_FORMS.map((form) => counts[form]),
      note: String(formTotal(unit)),
    };
  });
  const summary = t('inspection.distribution.summary', {
    unit: distribution.unitName,
    first: distribution.termFirst,
    last: distribution.termLast,
    counts: MEASURE_FORMS.map((form) => t('inspection.distribution.formCount', { form: enumLabel(t, 'measureForm', String(form)), count: total[form] })).join(t('rotation.balance.separator')),
  });

  return (
    <Flex vertical gap={8}>
      <Typography.Text type="secondary">{t('inspection.distribution.term', { first: distribution.termFirst, last: distribution.termLast })}</Typography.Text>
      {formTotal(distribution.total) === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('inspection.distribution.empty')} />
      ) : (
        <StackedBarChart
          title={summary}
          rowTitle={t('chart.unit')}
          series={MEASURE_FORMS.map((form) => ({ key: `form${form}`, label: enumLabel(t, 'measureForm', String(form)), color: FORM_COLORS[form] }))}
          rows={rows}
        />
      )}
    </Flex>
  );
}
