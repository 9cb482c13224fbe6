import { Flex, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Requirement } from '../../api/types';
import { enumLabel } from '../../domain/enums';
import { formatHours, requirementProgress } from '../../domain/requirementProgress';
import { ComplianceStatusTag } from './StatusTags';

/**
 * One training-hour requirement (五年累计 / 年度 / 网络学习): achieved against required 学时 as a bar, the
 * service's status, what is still missing (尚缺) and by when. `compact` is the one-line form for tables.
 */
export function RequirementProgress({ requirement, compact = false }: { requirement: Requirement; compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const progress = requirementProgress(requirement);
  const hours = (value: number) => formatHours(value, i18n.language);
  const label = enumLabel(t, 'requirementKind', requirement.kind);
  const ofRequired = t('training.hoursOf', { achieved: hours(progress.achieved), required: hours(progress.required) });

  if (compact) {
    return (
      <Flex gap={8} align="center" wrap>
        <Typography.Text>{label}</Typography.Text>
        <Typography.Text strong>{ofRequired}</Typography.Text>
        <ComplianceStatusTag status={requirement.status} />
      </Flex>
    );
  }

  return (
    <Flex vertical gap={4} role="group" aria-label={label}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text strong>{label}</Typography.Text>
        <ComplianceStatusTag status={requirement.status} />
      </Flex>
      <Progress percent={progress.percent} status={progress.bar} format={() => ofRequired} />
      <Flex gap={16} wrap>
        <Typography.Text type={progress.missing > 0 ? 'danger' : 'success'}>
          {progress.missing > 0 ? t('training.missing', { hours: hours(progress.missing) }) : t('training.met')}
        </Typography.Text>
        {requirement.requiredOffJobDays != null && (
          <Typography.Text type="secondary">
            {t('training.offJobDays', { achieved: requirement.achievedOffJobDays ?? 0, required: requirement.requiredOffJobDays })}
          </Typography.Text>
        )}
        {requirement.dueBy && <Typography.Text type="secondary">{t('training.dueBy', { date: requirement.dueBy })}</Typography.Text>}
        {requirement.windowStart && requirement.windowEnd && (
          <Typography.Text type="secondary">
            {t('training.window', { start: requirement.windowStart, end: requirement.windowEnd })}
          </Typography.Text>
        )}
      </Flex>
    </Flex>
  );
}
