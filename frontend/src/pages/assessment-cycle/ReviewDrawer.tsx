import { RadarChartOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Divider, Drawer, Flex, Form, Input, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useGradeAfterConclusion, useReview } from '../../api/assessmentQueries';
import type { Grade, Review } from '../../api/types';
import { useAccess } from '../../app/session';
import { ConsequenceTags, OutcomeTag, ReviewStatusTag } from '../../components/assessment/AssessmentTags';
import { PageLoading } from '../../components/PageLoading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFormProblem } from '../../components/useFormProblem';
import { CAPABILITIES, enumLabel, enumOptions, GRADES } from '../../domain/enums';
import { formatInstant } from '../../domain/format';
import { BallotsForm, DemocraticSummary } from './Ballots';
import { ReviewForm } from './ReviewForm';
import { supervisionNote } from '../../domain/eligibility';

interface Props {
  cycleId: string;
  reviewId?: string;
  onClose: () => void;
}

/** 考核表 of one cadre, beside the list: self-report, rating, democratic evaluation and, once final, the outcome. */
export function ReviewDrawer({ cycleId, reviewId, onClose }: Props) {
  return (
    <Drawer open={Boolean(reviewId)} onClose={onClose} size={760} destroyOnHidden title={reviewId && <ReviewTitle cycleId={cycleId} reviewId={reviewId} />}>
      {reviewId && <ReviewContent cycleId={cycleId} reviewId={reviewId} />}
    </Drawer>
  );
}

function ReviewTitle({ cycleId, reviewId }: { cycleId: string; reviewId: string }) {
  const { t } = useTranslation();
  const review = useReview(cycleId, reviewId);
  if (!review.data) return t('assessment.review.title');
  return (
    <Flex gap={8} align="center" wrap>
      <span>{t('assessment.review.titleOf', { name: review.data.name, employeeNumber: review.data.employeeNumber })}</span>
      <ReviewStatusTag status={review.data.status} />
    </Flex>
  );
}

function ReviewContent({ cycleId, reviewId }: { cycleId: string; reviewId: string }) {
  const { t, i18n } = useTranslation();
  const access = useAccess();
  const review = useReview(cycleId, reviewId);
  if (review.isPending) return <PageLoading />;
  if (review.isError) return <ProblemAlert error={review.error} onRetry={() => void review.refetch()} />;
  const data = review.data;
  const open = data.status === 'OPEN';

  return (
    <Flex vertical gap={8}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Text type="secondary">
          {[t('assessment.yearOption', { year: data.year }), enumLabel(t, 'rankLevel', data.rankLevel)].filter(Boolean).join(' · ')}
        </Typography.Text>
        <Link to={`/assessment/profiles/${data.cadreId}`}>
          <RadarChartOutlined /> {t('assessment.profile.open')}
        </Link>
      </Flex>

      {data.status === 'FINALIZED' && <Outcome review={data} />}
      {data.supervision?.gradableAfterwards && access.canRunAssessment && <GradeAfterwardsForm cycleId={cycleId} review={data} />}

      <Divider titlePlacement="start">{t('fields.review.selfReport')}</Divider>
      {data.selfReport ? (
        <>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{data.selfReport}</Typography.Paragraph>
          {data.selfReportedAt && (
            <Typography.Text type="secondary">{t('assessment.selfReport.submittedAt', { at: formatInstant(data.selfReportedAt, i18n.language) })}</Typography.Text>
          )}
        </>
      ) : (
        <Typography.Text type="secondary">{t('assessment.review.notSubmitted')}</Typography.Text>
      )}

      <Divider titlePlacement="start">{t('assessment.review.rating')}</Divider>
      {data.ratedBy && <Typography.Text type="secondary">{t('assessment.review.ratedBy', { by: data.ratedBy })}</Typography.Text>}
      <ReviewForm
        key={data.version}
        cycleId={cycleId}
        review={data}
        editable={open && access.canRateReviews}
        onReload={() => void review.refetch()}
      />

      <Divider titlePlacement="start">{t('assessment.ballots.title')}</Divider>
      <DemocraticSummary democratic={data.democratic} />
      {open && access.canRunAssessment && <BallotsForm cycleId={cycleId} reviewId={reviewId} version={data.version} />}
    </Flex>
  );
}

/**
 * 补定等次: the case that kept the year without a grade is concluded; HR fixes the grade the conclusion allows (none
 * to choose where it decides: 不定等次, 不称职), with the reason, which is kept.
 */
function GradeAfterwardsForm({ cycleId, review }: { cycleId: string; review: Review }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ grade?: Grade; reason: string }>();
  const grade = useGradeAfterConclusion(cycleId, review.id!);
  const showProblem = useFormProblem(form, ['grade', 'reason']);
  const submit = (values: { grade?: Grade; reason: string }) =>
    grade.mutate(
      { grade: values.grade, reason: values.reason.trim(), version: review.version },
      {
        onSuccess: () => void message.success(t('assessment.review.gradedAfterwardsDone')),
        onError: showProblem,
      },
    );
  return (
    <Card size="small" title={t('assessment.review.gradeAfterwards')}>
      <Typography.Paragraph type="secondary">{t('assessment.review.gradeAfterwardsHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" name="gradeAfterwards" onFinish={submit}>
        <Form.Item name="grade" label={t('fields.review.finalGrade')}>
          <Radio.Group optionType="button" buttonStyle="solid" options={enumOptions(t, 'grade', GRADES)} aria-label={t('fields.review.finalGrade')} />
        </Form.Item>
        <Form.Item name="reason" label={t('assessment.review.gradeAfterwardsReason')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
          <Input.TextArea rows={2} maxLength={2000} showCount />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={grade.isPending}>
          {t('assessment.review.gradeAfterwards')}
        </Button>
      </Form>
    </Card>
  );
}

/** 确定等次 and what it brought, with the capability scores kept (the rating blended with the ballots). */
function Outcome({ review }: { review: Review }) {
  const { t, i18n } = useTranslation();
  const finalScores = CAPABILITIES.filter((capability) => review.finalCapabilityScores?.[capability] != null);
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      items={[
        {
          key: 'finalGrade',
          label: t('fields.review.finalGrade'),
          children: (
            <Flex vertical gap={4}>
              <span>
                <OutcomeTag outcome={review.outcome} grade={review.finalGrade} />
              </span>
              {review.supervision?.note && <Typography.Text type="secondary">{supervisionNote(t, review.supervision, review.year)}</Typography.Text>}
              {review.gradedAfterwardsAt && (
                <Typography.Text type="secondary">
                  {t('assessment.review.gradedAfterwards', {
                    by: review.gradedAfterwardsBy,
                    at: formatInstant(review.gradedAfterwardsAt, i18n.language),
                    reason: review.gradedAfterwardsReason,
                  })}
                </Typography.Text>
              )}
            </Flex>
          ),
        },
        {
          key: 'consequences',
          label: t('fields.review.consequences'),
          children: review.consequences?.length ? <ConsequenceTags consequences={review.consequences} /> : t('assessment.review.noConsequences'),
        },
        ...(finalScores.length > 0
          ? [
              {
                key: 'finalScores',
                label: t('fields.review.finalCapabilityScores'),
                children: finalScores.map((capability) => `${enumLabel(t, 'capability', capability)} ${review.finalCapabilityScores![capability]}`).join(' · '),
              },
            ]
          : []),
      ]}
    />
  );
}
