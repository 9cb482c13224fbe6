import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AssessmentCycle } from '../../api/types';
import { gradeCounts, quotaStanding } from '../../domain/assessment';
import { enumLabel, GRADES } from '../../domain/enums';

/** 优秀 3 / 限额 2: the cycle's 优秀 against its quota, red beyond it, with a tag once the raised rate is approved. */
export function QuotaStatus({ cycle }: { cycle: AssessmentCycle }) {
  const { t } = useTranslation();
  const standing = quotaStanding(cycle);
  return (
    <Flex gap={4} align="center" wrap>
      <Typography.Text type={standing.over > 0 ? 'danger' : undefined} strong={standing.over > 0}>
        {t('assessment.quota.excellentOfQuota', { excellent: standing.excellent, quota: standing.quota })}
      </Typography.Text>
      {standing.over > 0 && <Typography.Text type="danger">{t('assessment.quota.over', { count: standing.over })}</Typography.Text>}
      {standing.raised && <Tag color="purple">{t('assessment.quota.raised')}</Tag>}
    </Flex>
  );
}

/** 优秀 1 · 称职 2 · 基本称职 1 · 不称职 0: a cycle's distribution in one line, for tables. */
export function GradeCountsText({ cycle }: { cycle: AssessmentCycle }) {
  const { t } = useTranslation();
  const counts = gradeCounts(cycle);
  return (
    <Typography.Text style={{ whiteSpace: 'nowrap' }}>
      {GRADES.map((grade) => t('assessment.gradeCount', { grade: enumLabel(t, 'grade', grade), count: counts[grade] })).join(' · ')}
    </Typography.Text>
  );
}
