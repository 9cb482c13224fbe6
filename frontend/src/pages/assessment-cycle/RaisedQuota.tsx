import { App, Button, Flex, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApproveRaisedQuota } from '../../api/assessmentQueries';
import type { AssessmentCycle } from '../../api/types';
import { useAccess } from '../../app/session';
import { FormModal } from '../../components/FormModal';
import { useFormProblem } from '../../components/useFormProblem';
import { formatInstant } from '../../domain/format';

/**
 * 提高优秀比例: whether a leader has approved the raised rate (who, when, why) and, for leaders and administrators
 * while the cycle is open, the approval itself with its reason.
 */
export function RaisedQuota({ cycle }: { cycle: AssessmentCycle }) {
  const { t, i18n } = useTranslation();
  const access = useAccess();
  const [approving, setApproving] = useState(false);
  const approval = cycle.raisedQuotaApproval;

  if (approval?.approved) {
    return (
      <Flex vertical>
        <Typography.Text type="success">
          {t('assessment.raised.approvedBy', { approver: approval.approver, at: formatInstant(approval.approvedAt, i18n.language) })}
        </Typography.Text>
        {approval.reason && <Typography.Text type="secondary">{t('assessment.raised.reasonText', { reason: approval.reason })}</Typography.Text>}
      </Flex>
    );
  }
  return (
    <Flex gap={8} align="center" wrap>
      <Typography.Text type="secondary">{t('assessment.raised.notApproved')}</Typography.Text>
      {access.canApproveRaisedQuota && cycle.status === 'OPEN' && (
        <Button size="small" onClick={() => setApproving(true)}>
          {t('assessment.raised.approve')}
        </Button>
      )}
      {approving && <ApproveRaisedQuotaModal cycle={cycle} onClose={() => setApproving(false)} />}
    </Flex>
  );
}

function ApproveRaisedQuotaModal({ cycle, onClose }: { cycle: AssessmentCycle; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const approve = useApproveRaisedQuota(cycle.id!);
  const showProblem = useFormProblem(form, ['reason']);

  const submit = ({ reason }: { reason: string }) =>
    approve.mutate({ reason: reason.trim(), version: cycle.version }, {
      onSuccess: () => {
        void message.success(t('assessment.raised.done'));
        onClose();
      },
      onError: showProblem,
    });

  return (
    <FormModal title={t('assessment.raised.approve')} form={form} saving={approve.isPending} width={560} onClose={onClose}>
      <Typography.Paragraph type="secondary">
        {t('assessment.raised.hint', { standard: cycle.quota?.standardQuota ?? 0, raised: cycle.quota?.raisedQuota ?? 0 })}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="reason" label={t('assessment.raised.reason')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
