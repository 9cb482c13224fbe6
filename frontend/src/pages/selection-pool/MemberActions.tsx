import { App, Button, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNominate, usePoolMemberAction, type PoolMemberAction } from '../../api/selectionQueries';
import type { PoolMember, ReservePool } from '../../api/types';
import { useAccess } from '../../app/session';
import { CadreSelect, type PickedCadre } from '../../components/cadre/CadrePicker';
import { cadreLabel } from '../../domain/format';
import { StepModal, useStepProblem } from '../../components/selection/StepModal';

type Kind = PoolMemberAction['kind'];

/**
 * What HR and administrators may do with one member: a nominee is admitted (the rules checked again) or declined, an
 * admitted member taken out; nothing for a declined or departed one, nor for leaders and inspectors.
 */
export function MemberActions({ poolId, member }: { poolId: string; member: PoolMember }) {
  const { t } = useTranslation();
  const access = useAccess();
  const [open, setOpen] = useState<Kind>();
  if (!access.canRunSelection) return null;
  const name = cadreLabel(member.person.name, member.person.employeeNumber);
  return (
    <Space wrap size={4}>
      {member.status === 'NOMINATED' && (
        <>
          <Button size="small" type="primary" onClick={() => setOpen('ADMIT')} aria-label={t('selection.pool.admitOf', { name })}>
            {t('selection.pool.admit')}
          </Button>
          <Button size="small" onClick={() => setOpen('DECLINE')} aria-label={t('selection.pool.declineOf', { name })}>
            {t('selection.pool.decline')}
          </Button>
        </>
      )}
      {member.status === 'ADMITTED' && (
        <Button size="small" danger onClick={() => setOpen('LEAVE')} aria-label={t('selection.pool.leaveOf', { name })}>
          {t('selection.pool.leave')}
        </Button>
      )}
      {open && <DecisionModal poolId={poolId} member={member} kind={open} onClose={() => setOpen(undefined)} />}
    </Space>
  );
}

const TITLES: Record<Kind, string> = { ADMIT: 'selection.pool.admit', DECLINE: 'selection.pool.decline', LEAVE: 'selection.pool.leave' };
const DONE: Record<Kind, string> = { ADMIT: 'selection.pool.admitted', DECLINE: 'selection.pool.declined', LEAVE: 'selection.pool.left' };

/** 审核通过 with an optional note, 不予通过 and 出库 with the reason, at the member's version read. */
function DecisionModal({ poolId, member, kind, onClose }: { poolId: string; member: PoolMember; kind: Kind; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ text?: string }>();
  const action = usePoolMemberAction(poolId);
  const { refusal, onError } = useStepProblem(form, []);
  const name = cadreLabel(member.person.name, member.person.employeeNumber);
  const submit = ({ text }: { text?: string }) => {
    const trimmed = text?.trim();
    const body: PoolMemberAction =
      kind === 'ADMIT'
        ? { kind, memberId: member.id, version: member.version, note: trimmed || undefined }
        : { kind, memberId: member.id, version: member.version, reason: trimmed ?? '' };
    action.mutate(body, {
      onSuccess: () => {
        void message.success(t(DONE[kind], { name }));
        onClose();
      },
      onError,
    });
  };
  const label = kind === 'ADMIT' ? t('fields.poolMember.reviewNote') : t('fields.poolMember.reason');
  return (
    <StepModal title={`${t(TITLES[kind])}：${name}`} form={form} saving={action.isPending} onClose={onClose} refusal={refusal}>
      <Form form={form} layout="vertical" name={`pool-${kind.toLowerCase()}`} onFinish={submit}>
        <Form.Item name="text" label={label} rules={kind === 'ADMIT' ? [] : [{ required: true, whitespace: true, message: t('form.required') }]}>
          <Input.TextArea rows={3} maxLength={2000} showCount aria-label={label} />
        </Form.Item>
      </Form>
    </StepModal>
  );
}

interface NominationValues {
  cadreId?: PickedCadre;
  reason: string;
}

/**
 * 提名: an active cadre of the pool unit's subtree and why; the service checks the entry rules and answers each one
 * not met (422 `pool-entry-refused`), shown above the form and on the cadre.
 */
export function NominateModal({ pool, onClose }: { pool: ReservePool; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<NominationValues>();
  const nominate = useNominate(pool.id);
  const { refusal, onError } = useStepProblem(form, ['cadreId', 'reason']);
  const submit = (values: NominationValues) =>
    nominate.mutate(
      { cadreId: values.cadreId!.value, reason: values.reason.trim() },
      {
        onSuccess: (member) => {
          void message.success(t('selection.pool.nominated', { name: cadreLabel(member.person.name, member.person.employeeNumber) }));
          onClose();
        },
        onError,
      },
    );
  return (
    <StepModal title={t('selection.pool.nominateTitle', { pool: pool.name })} form={form} saving={nominate.isPending} width={600} onClose={onClose} refusal={refusal}>
      <Form<NominationValues> form={form} layout="vertical" name="nomination" onFinish={submit}>
        <Form.Item name="cadreId" label={t('fields.poolMember.cadreId')} extra={t('selection.pool.nominateHint')} rules={[{ required: true, message: t('form.required') }]}>
          <CadreSelect unitId={pool.unitId} placeholder={t('selection.form.candidatesPlaceholder')} ariaLabel={t('fields.poolMember.cadreId')} />
        </Form.Item>
        <Form.Item name="reason" label={t('fields.poolMember.nominationReason')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
          <Input.TextArea rows={3} maxLength={2000} showCount aria-label={t('fields.poolMember.nominationReason')} />
        </Form.Item>
      </Form>
    </StepModal>
  );
}
