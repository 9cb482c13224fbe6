import { CheckOutlined, CloseOutlined, ExportOutlined, ImportOutlined, RollbackOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Descriptions, Form, Input, Radio, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCancelTrip, useDecideTrip, useIssuePassport, useReturnPassport } from '../../api/travelQueries';
import type { Trip, TripCommand } from '../../api/types';
import { FormModal } from '../../components/FormModal';
import { useFormProblem } from '../../components/useFormProblem';
import { enumLabel, TRIP_COMMANDS } from '../../domain/enums';
import { cadreLabel, todayInBeijing } from '../../domain/format';
import { CancelReasonModal } from './CancelReasonModal';
import { passportLabel } from './TravelTags';

const ICONS: Record<TripCommand, ReactNode> = {
  APPROVE: <CheckOutlined />,
  REFUSE: <CloseOutlined />,
  ISSUE_PASSPORT: <ExportOutlined />,
  RETURN_PASSPORT: <ImportOutlined />,
  CANCEL: <RollbackOutlined />,
};

/**
 * The commands the service allows the caller on this trip (`actions`), and nothing else: 批准 / 不予批准 for leaders,
 * 领用证照 and 交回证照 for HR, 撤回 for the cadre or HR until the passport is out. Each opens its small form.
 */
export function TripActions({ trip }: { trip: Trip }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<TripCommand>();
  const allowed = TRIP_COMMANDS.filter((one) => trip.actions.includes(one));
  if (allowed.length === 0 && !open) return null;
  const close = () => setOpen(undefined);
  return (
    <Space size={4} wrap>
      {allowed.map((command) => (
        <Button
          key={command}
          size="small"
          type={command === 'APPROVE' || command === 'ISSUE_PASSPORT' || command === 'RETURN_PASSPORT' ? 'primary' : 'default'}
          danger={command === 'REFUSE' || command === 'CANCEL'}
          icon={ICONS[command]}
          onClick={() => setOpen(command)}
        >
          {enumLabel(t, 'tripCommand', command)}
        </Button>
      ))}
      {(open === 'APPROVE' || open === 'REFUSE') && <DecisionModal trip={trip} approve={open === 'APPROVE'} onClose={close} />}
      {(open === 'ISSUE_PASSPORT' || open === 'RETURN_PASSPORT') && <HandoverModal trip={trip} command={open} onClose={close} />}
      {open === 'CANCEL' && <CancelModal trip={trip} onClose={close} />}
    </Space>
  );
}

/** Whose trip, where to, when, why and on which passport: what a decision or a handover is about. */
function TripSummary({ trip }: { trip: Trip }) {
  const { t } = useTranslation();
  const field = (key: string) => t(`fields.trip.${key}`);
  return (
    <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }}>
      <Descriptions.Item label={t('travel.summary.cadre')}>
        {cadreLabel(trip.name, trip.employeeNumber)}
        {trip.unitName && <Typography.Text type="secondary"> · {trip.unitName}</Typography.Text>}
      </Descriptions.Item>
      <Descriptions.Item label={t('travel.summary.trip')}>
        {trip.destination} · {t('travel.trips.period', { start: trip.departOn, end: trip.returnOn })}
      </Descriptions.Item>
      <Descriptions.Item label={field('purpose')}>{trip.purpose}</Descriptions.Item>
      <Descriptions.Item label={field('passport')}>{passportLabel(t, trip.passportKind, trip.passportNumber)}</Descriptions.Item>
    </Descriptions>
  );
}

interface DecisionValues {
  approve: boolean;
  note?: string;
}

/** 审批: approve (a note if wanted) or refuse, which needs the reason; sent with the version read. */
function DecisionModal({ trip, approve, onClose }: { trip: Trip; approve: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<DecisionValues>();
  const decide = useDecideTrip();
  const showProblem = useFormProblem(form, ['approve', 'note']);
  const refusing = Form.useWatch('approve', form) === false;
  const name = trip.name ?? '';
  const offered = trip.actions.filter((one): one is 'APPROVE' | 'REFUSE' => one === 'APPROVE' || one === 'REFUSE');

  const submit = ({ approve: approved, note }: DecisionValues) =>
    decide.mutate(
      { id: trip.id, version: trip.version, decision: { approve: approved, note: note?.trim() || undefined } },
      {
        onSuccess: () => {
          void message.success(t(approved ? 'travel.decision.approved' : 'travel.decision.refused', { name }));
          onClose();
        },
        onError: showProblem,
      },
    );

  return (
    <FormModal title={t('travel.decision.title', { name })} form={form} saving={decide.isPending} width={560} onClose={onClose}>
      <TripSummary trip={trip} />
      <Form<DecisionValues> form={form} layout="vertical" name="tripDecision" initialValues={{ approve }} onFinish={submit}>
        <Form.Item name="approve" label={t('travel.decision.outcome')} rules={[{ required: true, message: t('form.required') }]}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={offered.map((one) => ({ value: one === 'APPROVE', label: enumLabel(t, 'tripCommand', one) }))}
          />
        </Form.Item>
        <Form.Item
          name="note"
          label={t('travel.decision.note')}
          extra={t('travel.decision.noteHint')}
          dependencies={['approve']}
          required={refusing}
          rules={[({ getFieldValue }) => ({ required: getFieldValue('approve') === false, whitespace: true, message: t('travel.decision.noteRequired') })]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

/** 领用证照 / 交回证照: on a day not after today (today unless changed); the passport's last day follows from the return. */
function HandoverModal({ trip, command, onClose }: { trip: Trip; command: 'ISSUE_PASSPORT' | 'RETURN_PASSPORT'; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ on?: Dayjs | null }>();
  const issue = useIssuePassport();
  const receive = useReturnPassport();
  const handover = command === 'ISSUE_PASSPORT' ? issue : receive;
  const showProblem = useFormProblem(form, ['on']);
  const today = dayjs(todayInBeijing());
  const name = trip.name ?? '';
  const issuing = command === 'ISSUE_PASSPORT';
  const outside = (day: Dayjs) =>
    day.isAfter(today, 'day') || (issuing ? day.isAfter(dayjs(trip.returnOn), 'day') : Boolean(trip.issuedOn) && day.isBefore(dayjs(trip.issuedOn), 'day'));

  const submit = ({ on }: { on?: Dayjs | null }) =>
    handover.mutate(
      { id: trip.id, version: trip.version, on: on ? on.format('YYYY-MM-DD') : undefined },
      {
        onSuccess: () => {
          void message.success(t(issuing ? 'travel.handover.issued' : 'travel.handover.returned', { name }));
          onClose();
        },
        onError: showProblem,
      },
    );

  return (
    <FormModal
      title={t(issuing ? 'travel.handover.issueTitle' : 'travel.handover.returnTitle', { name })}
      form={form}
      saving={handover.isPending}
      width={520}
      onClose={onClose}
    >
      <TripSummary trip={trip} />
      <Typography.Paragraph type="secondary">{t(issuing ? 'travel.handover.issueHint' : 'travel.handover.returnHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" name="passportHandover" initialValues={{ on: today }} onFinish={submit}>
        <Form.Item name="on" label={t(issuing ? 'travel.handover.issueOn' : 'travel.handover.returnOn')} extra={t('travel.handover.dayHint')}>
          <DatePicker style={{ width: '100%' }} disabledDate={outside} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

/** 撤回: the reason is kept with the trip. */
function CancelModal({ trip, onClose }: { trip: Trip; onClose: () => void }) {
  const { t } = useTranslation();
  const cancel = useCancelTrip();
  return (
    <CancelReasonModal
      title={t('travel.cancel.title', { name: trip.name ?? '' })}
      summary={<TripSummary trip={trip} />}
      hint={t('travel.cancel.hint')}
      name="tripCancellation"
      reasonLabel={t('travel.cancel.reason')}
      target={trip}
      mutation={cancel}
      doneText={t('travel.cancel.done')}
      onClose={onClose}
    />
  );
}
