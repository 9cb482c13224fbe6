import { App, Button, Card, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSubmitSelfReport } from '../../api/assessmentQueries';
import type { Review } from '../../api/types';
import { applyProblemToForm } from '../../components/formErrors';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatInstant } from '../../domain/format';

/**
 * 述职述责述廉 for the open cycle: the cadre writes (and may rewrite) the report until the grades are finalised.
 * Saved with the version read; if HR changed the review meanwhile, the card offers to reload.
 */
export function SelfReportCard({ review, onReload }: { review: Review; onReload: () => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ text: string }>();
  const submit = useSubmitSelfReport(review.cycleId!, review.id!);

  const save = ({ text }: { text: string }) =>
    submit.mutate(
      { text: text.trim(), version: review.version },
      {
        onSuccess: () => void message.success(t('assessment.selfReport.saved')),
        onError: (error) => applyProblemToForm(form, error, ['text']),
      },
    );

  return (
    <Card
      title={t('assessment.selfReport.title', { year: review.year })}
      extra={
        review.selfReportedAt ? (
          <Typography.Text type="secondary">{t('assessment.selfReport.submittedAt', { at: formatInstant(review.selfReportedAt, i18n.language) })}</Typography.Text>
        ) : (
          <Typography.Text type="warning">
            {t('assessment.review.notSubmitted')}
            {review.selfReportDue ? ` · ${t('assessment.selfReport.due', { due: review.selfReportDue })}` : ''}
          </Typography.Text>
        )
      }
    >
      {submit.isError && (
        <div style={{ marginBottom: 16 }}>
          <ProblemAlert
            error={submit.error}
            retryText={t('assessment.review.reload')}
            onRetry={() => {
              submit.reset();
              onReload();
            }}
          />
        </div>
      )}
      <Form form={form} name="selfReport" layout="vertical" initialValues={{ text: review.selfReport ?? '' }} onFinish={save}>
        <Form.Item
          name="text"
          label={t('assessment.selfReport.label')}
          extra={t('assessment.selfReport.hint')}
          rules={[{ required: true, whitespace: true, message: t('form.required') }]}
        >
          <Input.TextArea rows={8} maxLength={20000} showCount />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={submit.isPending}>
          {t('assessment.selfReport.submit')}
        </Button>
      </Form>
    </Card>
  );
}
