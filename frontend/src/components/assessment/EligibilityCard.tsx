import { CheckCircleOutlined, CloseCircleOutlined } from '@ant-design/icons';
import { Card, Flex, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useEligibility } from '../../api/assessmentQueries';
import { eligibilityReasonText } from '../../domain/eligibility';
import { ProblemAlert } from '../ProblemAlert';

/** 考察对象资格 (选任条例第二十四条): 符合, or the reasons the service gives (last year's grade, a measure in its period…). */
export function EligibilityCard({ cadreId }: { cadreId: string }) {
  const { t } = useTranslation();
  const eligibility = useEligibility(cadreId);

  return (
    <Card title={t('assessment.eligibility.title')} size="small">
      {eligibility.isPending && <Skeleton active paragraph={{ rows: 2 }} />}
      {eligibility.isError && <ProblemAlert error={eligibility.error} onRetry={() => void eligibility.refetch()} />}
      {eligibility.data &&
        (eligibility.data.eligible ? (
          <Flex gap={8} align="center" wrap>
            <Tag color="success" icon={<CheckCircleOutlined />}>
              {t('assessment.eligibility.eligible')}
            </Tag>
            <Typography.Text>{t('assessment.eligibility.eligibleHint')}</Typography.Text>
          </Flex>
        ) : (
          <Flex vertical gap={8}>
            <Flex gap={8} align="center" wrap>
              <Tag color="error" icon={<CloseCircleOutlined />}>
                {t('assessment.eligibility.notEligible')}
              </Tag>
              <Typography.Text>{t('assessment.eligibility.reasons')}</Typography.Text>
            </Flex>
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {(eligibility.data.reasons ?? []).map((reason, index) => (
                <li key={`${reason.code}-${index}`}>{eligibilityReasonText(t, reason)}</li>
              ))}
            </ul>
          </Flex>
        ))}
    </Card>
  );
}
