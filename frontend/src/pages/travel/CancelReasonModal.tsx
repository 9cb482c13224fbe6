import type { UseMutationResult } from '@tanstack/react-query';
import { App, Form, Input, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/problem';
import { FormModal } from '../../components/FormModal';
import { useFormProblem } from '../../components/useFormProblem';

interface Props<T> {
  title: string;
  /** What is cancelled, shown above the hint. */
  summary?: ReactNode;
  hint: string;
  /** The form's name. */
  name: string;
  reasonLabel: string;
  /** The passport or trip cancelled, at the version read. */
  target: { id: string; version: number };
  /** The cancellation, sent with the trimmed reason. */
  mutation: UseMutationResult<T, ApiError, { id: string; version: number; reason: string }>;
  /** The message once it is done. */
  doneText: string;
  onClose: () => void;
}

/** 注销 a passport or 撤回 a trip: the reason, kept with it, sent at the version read. */
export function CancelReasonModal<T>({ title, summary, hint, name, reasonLabel, target, mutation, doneText, onClose }: Props<T>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const showProblem = useFormProblem(form, ['reason']);
  const submit = ({ reason }: { reason: string }) =>
    mutation.mutate(
      { id: target.id, version: target.version, reason: reason.trim() },
      {
        onSuccess: () => {
          void message.success(doneText);
          onClose();
        },
        onError: showProblem,
      },
    );
  return (
    <FormModal title={title} form={form} saving={mutation.isPending} width={520} onClose={onClose}>
      {summary}
      <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph>
      <Form form={form} layout="vertical" name={name} onFinish={submit}>
        <Form.Item name="reason" label={reasonLabel} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
