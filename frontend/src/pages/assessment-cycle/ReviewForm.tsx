import { Alert, App, Button, Col, Form, Input, InputNumber, Radio, Row, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRateReview } from '../../api/assessmentQueries';
import type { Grade, Review } from '../../api/types';
import { applyProblemToForm } from '../../components/formErrors';
import { ProblemAlert } from '../../components/ProblemAlert';
import { allowedGrades, REVIEW_FORM_FIELDS, reviewFormValues, toReviewRating, type ReviewFormValues } from '../../domain/assessment';
import { CAPABILITIES, enumLabel, GRADES } from '../../domain/enums';
import { supervisionNote } from '../../domain/eligibility';

interface GradeChoiceProps {
  id?: string;
  value?: Grade | null;
  onChange?: (grade: Grade) => void;
  ariaLabel: string;
  /** The grades a supervision measure leaves open (all by default); the others are greyed, the tooltip says why. */
  allowed?: readonly Grade[];
  /** Why the others are closed, in HR's words (the effect, never the measure). */
  note?: string | null;
  disabled?: boolean;
}

/** The four grades as buttons (Form.Item passes value and onChange). */
function GradeChoice({ id, value, onChange, ariaLabel, allowed = GRADES, note, disabled }: GradeChoiceProps) {
  const { t } = useTranslation();
  return (
    <Radio.Group id={id} value={value} onChange={(event) => onChange?.(event.target.value)} optionType="button" buttonStyle="solid" disabled={disabled} aria-label={ariaLabel}>
      {GRADES.map((grade) =>
        !allowed.includes(grade) ? (
          <Tooltip key={grade} title={note}>
            <Radio.Button value={grade} disabled>
              {enumLabel(t, 'grade', grade)}
            </Radio.Button>
          </Tooltip>
        ) : (
          <Radio.Button key={grade} value={grade}>
            {enumLabel(t, 'grade', grade)}
          </Radio.Button>
        ),
      )}
    </Radio.Group>
  );
}

const score = <InputNumber min={0} max={100} precision={0} style={{ width: '100%' }} />;

interface Props {
  cycleId: string;
  review: Review;
  /** HR, leaders and administrators while the review is open; a read-only form otherwise. */
  editable: boolean;
  /** Reads the review again (after someone else changed it). */
  onReload: () => void;
}

/**
 * 评鉴与拟定等次: the superior's grade and comment, 实绩/作风/行为 and the eight capability scores (0–100), and the
 * proposed grade. Saved with the version read (If-Match and the body): someone else's save in between is refused (412 or 409) and the form
 * offers to reload; 优秀 is not offered for a cadre under a supervision measure of the year.
 */
export function ReviewForm({ cycleId, review, editable, onReload }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReviewFormValues>();
  const rate = useRateReview(cycleId, review.id!);
  const field = (key: string) => t(`fields.review.${key}`);

  const submit = (values: ReviewFormValues) =>
    // Awaited rather than a callback: the saved review is read again with its new version, which remounts this
    // form (its key) before the mutation settles, and a callback of an unmounted form never runs.
    rate.mutateAsync(toReviewRating(values, review.version)).then(
      () => void message.success(t('assessment.review.saved', { name: review.name })),
      (error) => void applyProblemToForm(form, error, REVIEW_FORM_FIELDS),
    );

  return (
    <Form<ReviewFormValues>
      form={form}
      name="rating"
      layout="vertical"
      initialValues={reviewFormValues(review)}
      onFinish={submit}
      disabled={!editable}
      aria-label={t('assessment.review.ratingForm')}
    >
      {rate.isError && (
        <div style={{ marginBottom: 16 }}>
          <ProblemAlert
            error={rate.error}
            retryText={t('assessment.review.reload')}
            onRetry={() => {
              rate.reset();
              onReload();
            }}
          />
        </div>
      )}
      {review.supervision?.note && (
        <Alert
          type={review.supervision.effect === 'NO_EXCELLENT' ? 'warning' : 'error'}
          showIcon
          style={{ marginBottom: 16 }}
          title={supervisionNote(t, review.supervision, review.year)}
        />
      )}
      <Form.Item name="superiorGrade" label={field('superiorGrade')}>
        <GradeChoice ariaLabel={field('superiorGrade')} disabled={!editable} />
      </Form.Item>
      <Form.Item name="superiorComment" label={field('superiorComment')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Row gutter={16}>
        {(['performanceScore', 'styleScore', 'conductScore'] as const).map((name) => (
          <Col span={8} key={name}>
            <Form.Item name={name} label={field(name)}>
              {score}
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Typography.Text strong>{field('capabilityScores')}</Typography.Text>
      <Row gutter={16} style={{ marginTop: 8 }}>
        {CAPABILITIES.map((capability) => (
          <Col span={6} key={capability}>
            <Form.Item name={['capabilityScores', capability]} label={enumLabel(t, 'capability', capability)}>
              {score}
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Form.Item name="proposedGrade" label={field('proposedGrade')} extra={t('assessment.review.proposedHint')}>
        <GradeChoice ariaLabel={field('proposedGrade')} allowed={allowedGrades(review.supervision?.effect)} note={supervisionNote(t, review.supervision, review.year)} disabled={!editable} />
      </Form.Item>
      {editable && (
        <Button type="primary" htmlType="submit" loading={rate.isPending}>
          {t('assessment.review.save')}
        </Button>
      )}
    </Form>
  );
}
