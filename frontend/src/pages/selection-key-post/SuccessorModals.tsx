import { App, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNameSuccessor, useRemoveSuccessor } from '../../api/selectionQueries';
import type { KeyPost, Successor } from '../../api/types';
import { CadreSelect, type PickedCadre } from '../../components/cadre/CadrePicker';
import { cadreLabel } from '../../domain/format';
import { StepModal, useStepProblem } from '../../components/selection/StepModal';

interface NameValues {
  cadreId?: PickedCadre;
  note?: string;
}

/**
 * 列为后备人选: an active cadre of the post unit's subtree at its level or the one below (400 on `cadreId` otherwise,
 * shown on the picker), with a note; 409 `already-successor` above the form.
 */
export function NameSuccessorModal({ post, picked, onClose }: { post: KeyPost; picked?: PickedCadre; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<NameValues>();
  const name = useNameSuccessor(post.id);
  const { refusal, onError } = useStepProblem(form, ['cadreId', 'note']);
  const submit = (values: NameValues) =>
    name.mutate(
      { cadreId: values.cadreId!.value, note: values.note?.trim() || undefined },
      {
        onSuccess: (successor) => {
          void message.success(t('selection.keyPost.named', { name: cadreLabel(successor.person.name, successor.person.employeeNumber) }));
          onClose();
        },
        onError,
      },
    );
  return (
    <StepModal title={t('selection.keyPost.nameTitle', { post: post.title })} form={form} saving={name.isPending} width={600} onClose={onClose} refusal={refusal}>
      <Form<NameValues> form={form} layout="vertical" name="successor" onFinish={submit} initialValues={{ cadreId: picked }}>
        <Form.Item name="cadreId" label={t('fields.successor.cadreId')} extra={t('selection.keyPost.nameHint')} rules={[{ required: true, message: t('form.required') }]}>
          <CadreSelect unitId={post.unitId} placeholder={t('selection.form.candidatesPlaceholder')} ariaLabel={t('fields.successor.cadreId')} />
        </Form.Item>
        <Form.Item name="note" label={t('fields.successor.note')}>
          <Input.TextArea rows={3} maxLength={2000} showCount aria-label={t('fields.successor.note')} />
        </Form.Item>
      </Form>
    </StepModal>
  );
}

/** 调整出: why, at the successor's version read. */
export function RemoveSuccessorModal({ post, successor, onClose }: { post: KeyPost; successor: Successor; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const remove = useRemoveSuccessor(post.id);
  const { refusal, onError } = useStepProblem(form, ['reason']);
  const label = cadreLabel(successor.person.name, successor.person.employeeNumber);
  const submit = ({ reason }: { reason: string }) =>
    remove.mutate(
      { successorId: successor.id, version: successor.version, reason: reason.trim() },
      {
        onSuccess: () => {
          void message.success(t('selection.keyPost.removed', { name: label }));
          onClose();
        },
        onError,
      },
    );
  return (
    <StepModal title={`${t('selection.keyPost.remove')}：${label}`} form={form} saving={remove.isPending} onClose={onClose} refusal={refusal}>
      <Form form={form} layout="vertical" name="removal" onFinish={submit}>
        <Form.Item name="reason" label={t('fields.successor.removalReason')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
          <Input.TextArea rows={3} maxLength={2000} showCount aria-label={t('fields.successor.removalReason')} />
        </Form.Item>
      </Form>
    </StepModal>
  );
}
