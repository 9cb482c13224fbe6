import { Card, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMyReviews } from '../../api/assessmentQueries';
import type { Review } from '../../api/types';
import { useSignedIn } from '../../app/session';
import { ConsequenceTags, OutcomeTag, ReviewStatusTag } from '../../components/assessment/AssessmentTags';
import { CapabilityProfileView } from '../../components/assessment/CapabilityProfileView';
import { PageLoading } from '../../components/PageLoading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SelfReportCard } from './SelfReportCard';
import { supervisionNote } from '../../domain/eligibility';

/** My reviews, newest first: the year, whether I reported, the final grade (or 不定等次, and why) and what it brought. */
function MyReviewsCard({ reviews, open }: { reviews: readonly Review[]; open: boolean }) {
  const { t } = useTranslation();
  const field = (key: string) => t(`fields.review.${key}`);
  const columns: TableColumnsType<Review> = [
    { title: field('year'), dataIndex: 'year', key: 'year', width: 100 },
    { title: field('status'), dataIndex: 'status', key: 'status', width: 120, render: (status) => <ReviewStatusTag status={status} /> },
    {
      title: field('selfReport'),
      dataIndex: 'selfReport',
      key: 'selfReport',
      width: 120,
      render: (text?: string) =>
        text ? <Tag color="success">{t('assessment.review.submitted')}</Tag> : <Typography.Text type="secondary">{t('assessment.review.notSubmitted')}</Typography.Text>,
    },
    {
      title: field('finalGrade'),
      dataIndex: 'finalGrade',
      key: 'finalGrade',
      width: 200,
      render: (grade, review) => (
        <Flex vertical gap={2}>
          <span>
            <OutcomeTag outcome={review.outcome} grade={grade} />
          </span>
          {review.supervision?.note && review.outcome !== 'GRADED' && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {supervisionNote(t, review.supervision, review.year)}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    { title: field('consequences'), dataIndex: 'consequences', key: 'consequences', render: (kinds) => <ConsequenceTags consequences={kinds} /> },
  ];
  return (
    <Card title={t('assessment.me.reviews')} extra={!open && <Typography.Text type="secondary">{t('assessment.me.noOpenCycle')}</Typography.Text>}>
      <Table<Review> rowKey="id" size="middle" columns={columns} dataSource={[...reviews]} pagination={false} locale={{ emptyText: t('assessment.me.noReviews') }} />
    </Card>
  );
}

/** 我的考核: my reviews, the 述职述责述廉 of the open one, and my capability profile with eligibility. */
export default function MyAssessmentPage() {
  const { session } = useSignedIn();
  const reviews = useMyReviews();
  if (reviews.isPending) return <PageLoading />;
  if (reviews.isError) return <ProblemAlert error={reviews.error} onRetry={() => void reviews.refetch()} />;
  const open = reviews.data.find((review) => review.status === 'OPEN');

  return (
    <Flex vertical gap={16}>
      {open && <SelfReportCard key={open.version} review={open} onReload={() => void reviews.refetch()} />}
      <MyReviewsCard reviews={reviews.data} open={Boolean(open)} />
      {session.cadreId && <CapabilityProfileView cadreId={session.cadreId} />}
    </Flex>
  );
}
