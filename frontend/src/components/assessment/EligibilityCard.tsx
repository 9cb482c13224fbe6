import { CheckCircleOutlined, CloseCircleOutlined } from '@ant-design/icons';
import { Card, Flex, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useEligibility } from '../../api/assessmentQueries';
import type { EligibilityReason } from '../../api/types';
import { eligibilityReasonText } from '../../domain/eligibility';
import { ProblemAlert } from '../ProblemAlert';

interface VerdictProps {
  /** An eligibility as a service answers it: 考察对象资格 (assessment) or 挂职资格 (rotation). */
  eligibility: { eligible: boolean; reasons?: readonly EligibilityReason[] };
  /** What 符合 allows (可以列为考察对象…). */
  eligibleHint: string;
  /** The words before the reasons (不得列为考察对象：…). */
  reasonsLabel: string;
}

/** 符合 with what it allows, or 不符合 with the service's structured reasons, worded in the reader's language. */
export function EligibilityVerdict({ eligibility, eligibleHint, reasonsLabel }: VerdictProps) {
  const { t } = useTranslation();
  if (eligibility.eligible) {
    return (
      <Flex gap={8} align="center" wrap>
        <Tag color="success" icon={<CheckCircleOutlined />}>
          {t('assessment.eligibility.eligible')}
        </Tag>
        <Typography.Text>{eligibleHint}</Typography.Text>
      </Flex>
    );
  }
  return (
    <Flex vertical gap={8}>
      <Flex gap={8} align="center" wrap>
        <Tag color="error" icon={<CloseCircleOutlined />}>
          {t('assessment.eligibility.notEligible')}
        </Tag>
        <Typography.Text>{reasonsLabel}</Typography.Text>
      </Flex>
      <ul style={{ margin: 0, paddingInlineStart: 20 }}>
        {(eligibility.reasons ?? []).map((reason, index) => (
          <li key={`${reason.code}-${index}`}>{eligibilityReasonText(t, reason)}</li>
        ))}
      </ul>
    </Flex>
  );
}

/** 考察对象资格 (选任条例第二十四条): 符合, or the reasons the service gives (last year's grade, a measure in its period…). */
export function EligibilityCard({ cadreId }: { cadreId: string }) {
  const { t } = useTranslation();
  const eligibility = useEligibility(cadreId);

  return (
    <Card title={t('assessment.eligibility.title')} size="small">
      {eligibility.isPending && <Skeleton active paragraph={{ rows: 2 }} />}
      {eligibility.isError && <ProblemAlert error={eligibility.error} onRetry={() => void eligibility.refetch()} />}
      {eligibility.data && (
        <EligibilityVerdict
          eligibility={eligibility.data}
          eligibleHint={t('assessment.eligibility.eligibleHint')}
          reasonsLabel={t('assessment.eligibility.reasons')}
        />
      )}
    </Card>
  );
}
