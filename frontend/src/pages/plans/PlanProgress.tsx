import { Flex, Progress, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TrainingPlan } from '../../api/types';
import { formatHours } from '../../domain/requirementProgress';
import { formatShare, planBars } from '../../domain/trainingPlan';

function MetTag({ met }: { met: boolean }) {
  const { t } = useTranslation();
  return <Tag color={met ? 'success' : 'warning'}>{met ? t('plans.met') : t('plans.notMet')}</Tag>;
}

/**
 * One measure of a plan against its target, as a bar filled towards the target: 培训覆盖率 (share of the
 * unit's cadres with training this year) or 人均学时 (average hours per cadre). Met or not is the service's word.
 */
export function PlanProgress({ plan, measure }: { plan: TrainingPlan; measure: 'coverage' | 'hours' }) {
  const { t, i18n } = useTranslation();
  const bars = planBars(plan);
  const bar = bars[measure];
  const text =
    measure === 'coverage'
      ? t('plans.coverageOf', { actual: formatShare(bar.actual, i18n.language), target: formatShare(bar.target, i18n.language) })
      : t('plans.hoursOf', { actual: formatHours(bar.actual, i18n.language), target: formatHours(bar.target, i18n.language) });

  return (
    <Flex vertical gap={2} role="group" aria-label={t(`plans.${measure}`)}>
      <Flex justify="space-between" align="center" gap={8}>
        <Typography.Text>{text}</Typography.Text>
        <MetTag met={bar.met} />
      </Flex>
      <Progress percent={bar.percent} status={bar.met ? 'success' : 'normal'} showInfo={false} size="small" />
      {measure === 'coverage' && (
        <Typography.Text type="secondary">{t('plans.trainedOf', { trained: bars.trained, cadres: bars.cadres })}</Typography.Text>
      )}
    </Flex>
  );
}

/** 指定参训: how many of the cadres the plan names have had training this year. */
export function DesignatedProgress({ plan }: { plan: TrainingPlan }) {
  const { t } = useTranslation();
  const { designated, designatedTrained } = planBars(plan);
  if (designated === 0) return <Typography.Text type="secondary">{t('plans.noneDesignated')}</Typography.Text>;
  return (
    <Typography.Text type={designatedTrained >= designated ? 'success' : undefined}>
      {t('plans.designatedOf', { trained: designatedTrained, designated })}
    </Typography.Text>
  );
}
