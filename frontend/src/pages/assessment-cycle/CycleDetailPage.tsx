import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useCycle } from '../../api/assessmentQueries';
import { CycleStatusTag } from '../../components/assessment/AssessmentTags';
import { PageLoading } from '../../components/PageLoading';
import { ProblemResult } from '../../components/ProblemResult';
import { CycleOverview } from './CycleOverview';
import { ReviewDrawer } from './ReviewDrawer';
import { ReviewTable } from './ReviewTable';

/**
 * One unit's annual cycle: the grade distribution against the 优秀 quota with 确定等次, and its reviews (searched
 * and paged in the URL), each opening beside the list to be rated.
 */
export default function CycleDetailPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const cycle = useCycle(id);
  const [reviewId, setReviewId] = useState<string>();

  if (cycle.isPending) return <PageLoading />;
  if (cycle.isError) return <ProblemResult error={cycle.error} onRetry={() => void cycle.refetch()} />;

  return (
    <Flex vertical gap={16}>
      <Space wrap>
        <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate('/assessment/cycles')} aria-label={t('common.back')} />
        <Typography.Title level={3} style={{ margin: 0 }}>
          {cycle.data.title}
        </Typography.Title>
        <CycleStatusTag status={cycle.data.status} />
        <Typography.Text type="secondary">{[cycle.data.unitName, t('assessment.yearOption', { year: cycle.data.year })].join(' · ')}</Typography.Text>
      </Space>
      <CycleOverview cycle={cycle.data} />
      <Card title={t('assessment.cycle.reviews')}>
        <ReviewTable cycleId={id} year={cycle.data.year} onOpen={(row) => setReviewId(row.id)} />
      </Card>
      <ReviewDrawer cycleId={id} reviewId={reviewId} onClose={() => setReviewId(undefined)} />
    </Flex>
  );
}
