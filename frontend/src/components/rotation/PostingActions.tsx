import { CheckOutlined, CloseOutlined, FlagOutlined, LoginOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, DatePicker, Form, Input, Popconfirm, Radio, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePostingCommand } from '../../api/rotationQueries';
import type { Capability, Evaluation, Posting, PostingCommand, PostingCompletion } from '../../api/types';
import { CAPABILITIES, enumLabel, enumOptions, EVALUATIONS } from '../../domain/enums';
import { todayInBeijing } from '../../domain/format';
import { FormModal } from '../FormModal';
import { problemMessage } from '../problemText';
import { useFormProblem } from '../useFormProblem';

/** The order the buttons stand in: forward first, cancelling last. */
const COMMAND_ORDER: PostingCommand[] = ['APPROVE', 'START', 'COMPLETE', 'CANCEL'];

const noFuture = (day: Dayjs) => day.isAfter(dayjs(todayInBeijing()), 'day');

interface Props {
  posting: Posting;
  size?: 'small' | 'middle';
}

/**
 * The commands the service allows the user on this posting (`allowedCommands`): 批准 for leaders, 到岗 and 期满鉴定
 * for HR, 取消 before it starts. Nothing is offered that the service would refuse for the role. Each command's
 * outcome is awaited (`mutateAsync`): the posting read again may take the button away before it settles.
 */
export function PostingActions({ posting, size = 'middle' }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const command = usePostingCommand(posting.id!);
  const [open, setOpen] = useState<PostingCommand>();
  const allowed = COMMAND_ORDER.filter((one) => posting.allowedCommands?.includes(one));
  if (allowed.length === 0 && !open) return null;
  const label = (one: PostingCommand) => enumLabel(t, 'postingCommand', one);
  const close = () => setOpen(undefined);

  const approve = () =>
    command.mutateAsync({ command: 'APPROVE', version: posting.version }).then(
      () => void message.success(t('rotation.actions.approved', { name: posting.name })),
      (error) => void message.error(problemMessage(error, t)),
    );

  return (
    <Space size={4} wrap onClick={(event) => event.stopPropagation()}>
      {allowed.includes('APPROVE') && (
        <Popconfirm title={t('rotation.actions.approveConfirm', { name: posting.name })} okText={t('common.confirm')} cancelText={t('common.cancel')} onConfirm={approve}>
          <Button size={size} type="primary" icon={<CheckOutlined />} loading={command.isPending}>
            {label('APPROVE')}
          </Button>
        </Popconfirm>
      )}
      {allowed.includes('START') && (
        <Button size={size} type="primary" icon={<LoginOutlined />} onClick={() => setOpen('START')}>
          {label('START')}
        </Button>
      )}
      {allowed.includes('COMPLETE') && (
        <Button size={size} type="primary" icon={<FlagOutlined />} onClick={() => setOpen('COMPLETE')}>
          {label('COMPLETE')}
        </Button>
      )}
      {allowed.includes('CANCEL') && (
        <Button size={size} danger icon={<CloseOutlined />} onClick={() => setOpen('CANCEL')}>
          {label('CANCEL')}
        </Button>
      )}
      {open === 'START' && <StartModal posting={posting} onClose={close} />}
      {open === 'COMPLETE' && <CompleteModal posting={posting} onClose={close} />}
      {open === 'CANCEL' && <CancelModal posting={posting} onClose={close} />}
    </Space>
  );
}

/** 到岗: the day the cadre arrived at the host (today unless told). */
function StartModal({ posting, onClose }: { posting: Posting; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ startedOn: Dayjs }>();
  const command = usePostingCommand(posting.id!);
  const showProblem = useFormProblem(form, ['startedOn']);
  const submit = ({ startedOn }: { startedOn: Dayjs }) =>
    command.mutateAsync({ command: 'START', version: posting.version, startedOn: startedOn.format('YYYY-MM-DD') }).then(() => {
      void message.success(t('rotation.actions.started', { name: posting.name }));
      onClose();
    }, showProblem);
  return (
    <FormModal title={t('rotation.actions.startTitle', { name: posting.name })} form={form} saving={command.isPending} width={480} onClose={onClose}>
      <Form form={form} layout="vertical" name="start" initialValues={{ startedOn: dayjs(todayInBeijing()) }} onFinish={submit}>
        <Form.Item name="startedOn" label={t('fields.posting.startedOn')} rules={[{ required: true, message: t('form.required') }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={noFuture} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

interface CompletionValues {
  completedOn: Dayjs;
  evaluation: Evaluation;
  capabilities: Capability[];
  remarks: string;
}

export const COMPLETION_FORM_FIELDS = ['completedOn', 'evaluation', 'capabilities', 'remarks'] as const;

export function toCompletion(values: CompletionValues, version?: number): PostingCompletion {
  return {
    completedOn: values.completedOn.format('YYYY-MM-DD'),
    evaluation: values.evaluation,
    capabilities: CAPABILITIES.filter((capability) => values.capabilities.includes(capability)),
    remarks: values.remarks.trim(),
    version,
  };
}

/** 期满鉴定: the host's evaluation (优秀/良好/合格/不合格), the capabilities the posting exercised and remarks. */
function CompleteModal({ posting, onClose }: { posting: Posting; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CompletionValues>();
  const command = usePostingCommand(posting.id!);
  const showProblem = useFormProblem(form, COMPLETION_FORM_FIELDS);
  const field = (key: string) => t(`fields.posting.${key}`);
  const required = { required: true, message: t('form.required') };
  const submit = (values: CompletionValues) =>
    command.mutateAsync({ command: 'COMPLETE', version: posting.version, completion: toCompletion(values, posting.version) }).then(() => {
      void message.success(t('rotation.actions.completed', { name: posting.name }));
      onClose();
    }, showProblem);
  return (
    <FormModal title={t('rotation.actions.completeTitle', { name: posting.name })} form={form} saving={command.isPending} width={640} onClose={onClose}>
      <Typography.Paragraph type="secondary">{t('rotation.actions.completeHint')}</Typography.Paragraph>
      <Form<CompletionValues>
        form={form}
        layout="vertical"
        name="completion"
        initialValues={{ completedOn: dayjs(todayInBeijing()), capabilities: [] }}
        onFinish={submit}
      >
        <Form.Item name="evaluation" label={field('evaluation')} rules={[required]}>
          <Radio.Group optionType="button" buttonStyle="solid" options={enumOptions(t, 'evaluation', EVALUATIONS)} aria-label={field('evaluation')} />
        </Form.Item>
        <Form.Item name="capabilities" label={field('capabilitiesExercised')} rules={[{ required: true, type: 'array', min: 1, message: t('rotation.actions.capabilitiesRequired') }]}>
          <Checkbox.Group options={enumOptions(t, 'capability', CAPABILITIES)} aria-label={field('capabilitiesExercised')} />
        </Form.Item>
        <Form.Item name="remarks" label={field('evaluationRemarks')} rules={[{ ...required, whitespace: true }]}>
          <Input.TextArea rows={3} maxLength={4000} showCount />
        </Form.Item>
        <Form.Item name="completedOn" label={field('endedOn')} rules={[required]}>
          <DatePicker style={{ width: '100%' }} disabledDate={noFuture} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

/** 取消: a posting that has not started, with the reason. */
function CancelModal({ posting, onClose }: { posting: Posting; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const command = usePostingCommand(posting.id!);
  const showProblem = useFormProblem(form, ['reason']);
  const submit = ({ reason }: { reason: string }) =>
    command.mutateAsync({ command: 'CANCEL', version: posting.version, reason: reason.trim() }).then(() => {
      void message.success(t('rotation.actions.cancelled', { name: posting.name }));
      onClose();
    }, showProblem);
  return (
    <FormModal title={t('rotation.actions.cancelTitle', { name: posting.name })} form={form} saving={command.isPending} width={520} onClose={onClose}>
      <Form form={form} layout="vertical" name="cancel" onFinish={submit}>
        <Form.Item name="reason" label={t('fields.posting.cancelReason')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
