import { Flex, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Posting } from '../../api/types';
import { formatInstant } from '../../domain/format';
import { postingSteps, type PostingStep } from '../../domain/rotation';

const STEP_COLORS: Record<PostingStep['key'], string> = { proposed: 'blue', approved: 'blue', started: 'green', completed: 'green', cancelled: 'red' };

/** 流程: 提名 → 批准 → 到岗 → 期满鉴定 (or 取消), who took each step and when; the steps ahead in grey. */
export function PostingTimeline({ posting }: { posting: Posting }) {
  const { t, i18n } = useTranslation();
  const items = postingSteps(posting).map((step) => {
    const when = step.at ? formatInstant(step.at, i18n.language) : step.day;
    return {
      key: step.key,
      color: step.done ? STEP_COLORS[step.key] : 'gray',
      content: (
        <Flex vertical data-step={step.key} data-done={step.done}>
          <Typography.Text strong={step.done} type={step.done ? undefined : 'secondary'}>
            {t(`rotation.steps.${step.key}`)}
          </Typography.Text>
          {step.done ? (
            <Typography.Text type="secondary">{[step.by, when].filter(Boolean).join(' · ')}</Typography.Text>
          ) : (
            <Typography.Text type="secondary">{t('rotation.steps.pending')}</Typography.Text>
          )}
        </Flex>
      ),
    };
  });
  return <Timeline items={items} aria-label={t('rotation.detail.timeline')} />;
}
