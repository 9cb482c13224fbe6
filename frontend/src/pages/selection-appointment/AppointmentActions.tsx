import { AuditOutlined, CheckOutlined, CloseOutlined, ExclamationCircleOutlined, FileSearchOutlined, FlagOutlined, NotificationOutlined, SafetyOutlined, TeamOutlined, UsergroupAddOutlined } from '@ant-design/icons';
import { App, Button, Col, DatePicker, Form, Input, InputNumber, Popconfirm, Radio, Row, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppointmentStep, useVotingSessions, type AppointmentStepKind } from '../../api/selectionQueries';
import type { Appointment } from '../../api/types';
import { useAccess } from '../../app/session';
import { CadrePicker, type PickedCadre } from '../../components/cadre/CadrePicker';
import { onListFields } from '../../components/formErrors';
import { problemMessage } from '../../components/problemText';
import { enumLabel } from '../../domain/enums';
import { cadreLabel, todayInBeijing } from '../../domain/format';
import { voteOutcome } from '../../domain/selection';
import { StepModal, useStepProblem } from '../../components/selection/StepModal';

/** The steps forward, in the trail's order; 终止 stands apart, last. */
const FORWARD: { step: AppointmentStepKind; icon: ReactNode }[] = [
  { step: 'RECOMMEND', icon: <TeamOutlined /> },
  { step: 'SET_CANDIDATES', icon: <UsergroupAddOutlined /> },
  { step: 'INVESTIGATE', icon: <FileSearchOutlined /> },
  { step: 'REVIEW', icon: <SafetyOutlined /> },
  { step: 'DECIDE', icon: <AuditOutlined /> },
  { step: 'PUBLISH', icon: <NotificationOutlined /> },
  { step: 'APPOINT', icon: <FlagOutlined /> },
];

const today = () => dayjs(todayInBeijing());
const iso = (day: Dayjs) => day.format('YYYY-MM-DD');

/** A step's dialog: the trail it moves and how to close it. */
interface StepProps {
  trail: Appointment;
  onClose: () => void;
}

/**
 * The next step of the trail for HR and administrators: the one the stage allows (the service says which, see
 * `allowedCommands`), 登记/核查反映 during the publicity, and 终止 until the appointment. Each step opens its dialog
 * (凡提四必 is only confirmed: it has no body) and carries the version read.
 */
export function AppointmentActions({ trail }: { trail: Appointment }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const access = useAccess();
  const step = useAppointmentStep(trail.id);
  const [open, setOpen] = useState<AppointmentStepKind | 'LOOK_INTO'>();
  if (!access.canRunSelection) return null;
  const allowed = (one: AppointmentStepKind) => (trail.allowedCommands as string[]).includes(one);
  const label = (one: AppointmentStepKind) => enumLabel(t, 'appointmentCommand', one);
  const close = () => setOpen(undefined);

  const review = () =>
    step.mutateAsync({ step: 'REVIEW', version: trail.version }).then(
      () => void message.success(t('selection.steps.reviewOpened')),
      (error) => void message.error(problemMessage(error, t)),
    );

  return (
    <Space wrap className="selection-no-print">
      {FORWARD.filter(({ step: one }) => allowed(one)).map(({ step: one, icon }) =>
        one === 'REVIEW' ? (
          <Popconfirm key={one} title={t('selection.steps.reviewConfirm')} okText={t('common.confirm')} cancelText={t('common.cancel')} onConfirm={review}>
            <Button type="primary" icon={icon} loading={step.isPending}>
              {label(one)}
            </Button>
          </Popconfirm>
        ) : (
          <Button key={one} type="primary" icon={icon} onClick={() => setOpen(one)}>
            {label(one)}
          </Button>
        ),
      )}
      {trail.stage === 'PUBLICITY' && (
        <>
          <Button icon={<ExclamationCircleOutlined />} onClick={() => setOpen('OBJECTION')}>
            {t('selection.steps.raise')}
          </Button>
          {(trail.publicity?.objectionsOpen ?? 0) > 0 && (
            <Button icon={<CheckOutlined />} onClick={() => setOpen('LOOK_INTO')}>
              {t('selection.steps.lookInto')}
            </Button>
          )}
        </>
      )}
      {allowed('WITHDRAW') && (
        <Button danger icon={<CloseOutlined />} onClick={() => setOpen('WITHDRAW')}>
          {label('WITHDRAW')}
        </Button>
      )}
      {open === 'RECOMMEND' && <RecommendModal trail={trail} onClose={close} />}
      {open === 'SET_CANDIDATES' && <CandidatesModal trail={trail} onClose={close} />}
      {open === 'INVESTIGATE' && <InvestigateModal trail={trail} onClose={close} />}
      {open === 'DECIDE' && <DecideModal trail={trail} onClose={close} />}
      {open === 'PUBLISH' && <PublishModal trail={trail} onClose={close} />}
      {open === 'OBJECTION' && <ObjectionModal trail={trail} raised onClose={close} />}
      {open === 'LOOK_INTO' && <ObjectionModal trail={trail} raised={false} onClose={close} />}
      {open === 'APPOINT' && <AppointModal trail={trail} onClose={close} />}
      {open === 'WITHDRAW' && <WithdrawModal trail={trail} onClose={close} />}
    </Space>
  );
}

/** The success message and the dialog closed, once the step is taken. */
function useDone(onClose: () => void) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (key: string, values?: Record<string, unknown>) => () => {
    void message.success(t(key, values));
    onClose();
  };
}

type RecommendValues = { way: 'online' | 'meeting'; votingSessionId?: string; note?: string };

/**
 * 民主推荐: the unit's closed online 民主推荐 (its tally is the record), or the meeting and talks held, in a note. The
 * service takes a session of the trail's own unit only.
 */
function RecommendModal({ trail, onClose }: StepProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RecommendValues>();
  const step = useAppointmentStep(trail.id);
  const { refusal, onError } = useStepProblem(form, ['votingSessionId', 'note']);
  const done = useDone(onClose);
  const way = Form.useWatch('way', form);
  const sessions = useVotingSessions({ unitId: trail.unitId, kind: 'RECOMMENDATION', status: 'CLOSED', size: 100 }, way === 'online');
  const options = (sessions.data?.items ?? []).filter((session) => session.unitId === trail.unitId).map((session) => ({ value: session.id, label: session.title }));
  const submit = (values: RecommendValues) =>
    step.mutate(
      { step: 'RECOMMEND', version: trail.version, body: { votingSessionId: values.way === 'online' ? values.votingSessionId : undefined, note: values.note?.trim() || undefined } },
      { onSuccess: done('selection.steps.recommended'), onError },
    );
  return (
    <StepModal title={enumLabel(t, 'appointmentCommand', 'RECOMMEND')} form={form} saving={step.isPending} onClose={onClose} refusal={refusal}>
      <Form<RecommendValues> form={form} layout="vertical" name="recommend" onFinish={submit} initialValues={{ way: 'online' }}>
        <Form.Item name="way" label={t('selection.steps.recommendWay')}>
          <Radio.Group
            options={[
              { value: 'online', label: t('selection.steps.online') },
              { value: 'meeting', label: t('selection.steps.meeting') },
            ]}
          />
        </Form.Item>
        {way === 'online' && (
          <Form.Item
            name="votingSessionId"
            label={t('fields.appointment.votingSession')}
            extra={t('selection.steps.onlineHint')}
            rules={[{ required: true, message: t('form.required') }]}
          >
            <Select options={options} loading={sessions.isFetching} notFoundContent={t('selection.steps.noClosedSession')} aria-label={t('fields.appointment.votingSession')} />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('fields.appointment.note')} rules={way === 'meeting' ? [{ required: true, whitespace: true, message: t('form.required') }] : []}>
          <Input.TextArea rows={3} maxLength={2000} showCount placeholder={t('selection.steps.recommendNotePlaceholder')} />
        </Form.Item>
      </Form>
    </StepModal>
  );
}

type CandidatesValues = { cadreIds: PickedCadre[]; note?: string };

/**
 * 确定考察对象: up to ten people, each eligible by the one rule (the service answers 422 `not-eligible` with the reasons,
 * naming no measure, on the person).
 */
function CandidatesModal({ trail, onClose }: StepProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CandidatesValues>();
  const step = useAppointmentStep(trail.id);
  const { refusal, onError } = useStepProblem(form, ['cadreIds', 'note']);
  const done = useDone(onClose);
  const fail = (error: unknown) => {
    const picked: PickedCadre[] = form.getFieldValue('cadreIds') ?? [];
    onError(onListFields(error, ['cadreIds'], (_list, index, problem) => (picked[index] ? t('selection.form.candidateProblem', { name: picked[index].label, problem }) : problem)));
  };
  const submit = (values: CandidatesValues) =>
    step.mutate(
      { step: 'SET_CANDIDATES', version: trail.version, body: { cadreIds: values.cadreIds.map((picked) => picked.value), note: values.note?.trim() || undefined } },
      { onSuccess: done('selection.steps.candidatesSet'), onError: fail },
    );
  return (
    <StepModal title={enumLabel(t, 'appointmentCommand', 'SET_CANDIDATES')} form={form} saving={step.isPending} width={640} onClose={onClose} refusal={refusal}>
      <Form<CandidatesValues> form={form} layout="vertical" name="candidates" onFinish={submit} initialValues={{ cadreIds: [] }}>
        <Form.Item
          name="cadreIds"
          label={t('fields.appointment.candidates')}
          extra={t('selection.steps.candidatesHint')}
          rules={[
            { required: true, type: 'array', min: 1, message: t('selection.steps.candidatesRequired') },
            { type: 'array', max: 10, message: t('selection.form.atMost', { count: 10 }) },
          ]}
        >
          <CadrePicker placeholder={t('selection.form.candidatesPlaceholder')} ariaLabel={t('fields.appointment.candidates')} />
        </Form.Item>
        <Form.Item name="note" label={t('fields.appointment.note')}>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </StepModal>
  );
}

/** 考察: the report of every candidate (个别谈话、民主测评、查阅档案、听取意见 summed up); none may be left out. */
function InvestigateModal({ trail, onClose }: StepProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reports: Record<string, string> }>();
  const step = useAppointmentStep(trail.id);
  const { refusal, onError } = useStepProblem(form, ['reports']);
  const done = useDone(onClose);
  const submit = ({ reports }: { reports: Record<string, string> }) =>
    step.mutate(
      { step: 'INVESTIGATE', version: trail.version, body: { reports: Object.fromEntries(Object.entries(reports).map(([id, report]) => [id, report.trim()])) } },
      { onSuccess: done('selection.steps.investigated'), onError },
    );
  return (
    <StepModal title={enumLabel(t, 'appointmentCommand', 'INVESTIGATE')} form={form} saving={step.isPending} width={720} onClose={onClose} refusal={refusal}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('selection.steps.investigateHint')}
      </Typography.Paragraph>
      <Form form={form} layout="vertical" name="investigation" onFinish={submit}>
        {trail.candidates.map((candidate) => (
          <Form.Item
            key={candidate.person.cadreId}
            name={['reports', candidate.person.cadreId]}
            label={t('selection.steps.reportOf', { name: cadreLabel(candidate.person.name, candidate.person.employeeNumber) })}
            rules={[{ required: true, whitespace: true, message: t('form.required') }]}
          >
            <Input.TextArea rows={4} maxLength={10000} showCount />
          </Form.Item>
        ))}
      </Form>
    </StepModal>
  );
}

type DecideValues = { cadreId: string; meetingOn: Dayjs; members: number; present: number; inFavour: number };

/**
 * 讨论决定: the candidate the meeting voted on (only one whose four checks are all clear can be), its day, and the vote:
 * the form says beforehand whether the quorum and the majority are met as the regulation counts them; the service
 * applies its own policy (422 `decision-not-adopted`, `joint-review-open`, `not-eligible`).
 */
function DecideModal({ trail, onClose }: StepProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<DecideValues>();
  const step = useAppointmentStep(trail.id);
  const { refusal, onError } = useStepProblem(form, ['cadreId', 'meetingOn', 'members', 'present', 'inFavour']);
  const done = useDone(onClose);
  const [members, present, inFavour] = [Form.useWatch('members', form), Form.useWatch('present', form), Form.useWatch('inFavour', form)];
  const counted = members != null && present != null && inFavour != null && present <= members && inFavour <= present;
  const required = { required: true, message: t('form.required') };
  const submit = (values: DecideValues) =>
    step.mutate(
      {
        step: 'DECIDE',
        version: trail.version,
        body: { cadreId: values.cadreId, meetingOn: iso(values.meetingOn), members: values.members, present: values.present, inFavour: values.inFavour },
      },
      { onSuccess: done('selection.steps.decided'), onError },
    );
  const number = (name: keyof DecideValues, min: number) => (
    <Form.Item name={name} label={t(`fields.appointment.${name}`)} rules={[required]}>
      <InputNumber min={min} max={99} precision={0} style={{ width: '100%' }} aria-label={t(`fields.appointment.${name}`)} />
    </Form.Item>
  );
  return (
    <StepModal title={enumLabel(t, 'appointmentCommand', 'DECIDE')} form={form} saving={step.isPending} width={600} onClose={onClose} refusal={refusal}>
      <Form<DecideValues> form={form} layout="vertical" name="decision" onFinish={submit} initialValues={{ meetingOn: today() }}>
        <Form.Item name="cadreId" label={t('fields.appointment.decided')} rules={[required]} extra={t('selection.steps.decideHint')}>
          <Select
            aria-label={t('fields.appointment.decided')}
            options={trail.candidates.map((candidate) => ({
              value: candidate.person.cadreId,
              label: candidate.cleared ? cadreLabel(candidate.person.name, candidate.person.employeeNumber) : t('selection.steps.notCleared', { name: cadreLabel(candidate.person.name, candidate.person.employeeNumber) }),
              disabled: !candidate.cleared,
            }))}
          />
        </Form.Item>
        <Form.Item name="meetingOn" label={t('fields.appointment.meetingOn')} rules={[required]}>
          <DatePicker style={{ width: '100%' }} disabledDate={(day) => day.isAfter(today(), 'day')} />
        </Form.Item>
        <Row gutter={12}>
          <Col span={8}>{number('members', 1)}</Col>
          <Col span={8}>{number('present', 0)}</Col>
          <Col span={8}>{number('inFavour', 0)}</Col>
        </Row>
        {counted && (
          <Typography.Text type={voteOutcome(members, present, inFavour) === 'ADOPTED' ? 'success' : 'danger'} aria-live="polite">
            {t(`selection.steps.vote.${voteOutcome(members, present, inFavour)}`, { members, present, inFavour })}
          </Typography.Text>
        )}
      </Form>
    </StepModal>
  );
}

/** 任前公示 from a day: the service counts the working days (five by the regulation) and says the last one. */
function PublishModal({ trail, onClose }: StepProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ startOn: Dayjs }>();
  const step = useAppointmentStep(trail.id);
  const { refusal, onError } = useStepProblem(form, ['startOn']);
  const done = useDone(onClose);
  const submit = ({ startOn }: { startOn: Dayjs }) =>
    step.mutate({ step: 'PUBLISH', version: trail.version, body: { startOn: iso(startOn) } }, { onSuccess: done('selection.steps.published'), onError });
  return (
    <StepModal title={enumLabel(t, 'appointmentCommand', 'PUBLISH')} form={form} saving={step.isPending} onClose={onClose} refusal={refusal}>
      <Form form={form} layout="vertical" name="publicity" onFinish={submit} initialValues={{ startOn: today() }}>
        <Form.Item name="startOn" label={t('fields.appointment.publicityStart')} extra={t('selection.steps.publishHint')} rules={[{ required: true, message: t('form.required') }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </StepModal>
  );
}

/** 登记反映 (raised during the publicity) or 核查反映 (one looked into, with what was found). */
function ObjectionModal({ trail, raised, onClose }: StepProps & { raised: boolean }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ note: string }>();
  const step = useAppointmentStep(trail.id);
  const { refusal, onError } = useStepProblem(form, ['note']);
  const done = useDone(onClose);
  const submit = ({ note }: { note: string }) =>
    step.mutate(
      { step: 'OBJECTION', version: trail.version, body: { raised, note: note.trim() } },
      { onSuccess: done(raised ? 'selection.steps.raised' : 'selection.steps.lookedInto'), onError },
    );
  return (
    <StepModal title={t(raised ? 'selection.steps.raise' : 'selection.steps.lookInto')} form={form} saving={step.isPending} onClose={onClose} refusal={refusal}>
      <Form form={form} layout="vertical" name="objection" onFinish={submit}>
        <Form.Item
          name="note"
          label={t(raised ? 'selection.steps.objectionNote' : 'selection.steps.findingNote')}
          rules={[{ required: true, whitespace: true, message: t('form.required') }]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </StepModal>
  );
}

/** 任职: on a day (today at the latest), once the publicity is over with no objection open (422 otherwise). */
function AppointModal({ trail, onClose }: StepProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ appointedOn: Dayjs }>();
  const step = useAppointmentStep(trail.id);
  const { refusal, onError } = useStepProblem(form, ['appointedOn']);
  const done = useDone(onClose);
  const submit = ({ appointedOn }: { appointedOn: Dayjs }) =>
    step.mutate(
      { step: 'APPOINT', version: trail.version, body: { appointedOn: iso(appointedOn) } },
      { onSuccess: done('selection.steps.appointed', { name: trail.decision?.person.name }), onError },
    );
  return (
    <StepModal title={enumLabel(t, 'appointmentCommand', 'APPOINT')} form={form} saving={step.isPending} onClose={onClose} refusal={refusal}>
      {trail.publicity && (
        <Typography.Paragraph style={{ margin: 0 }}>
          {t('selection.steps.appointHint', { name: trail.decision?.person.name, lastDay: trail.publicity.lastDay, open: trail.publicity.objectionsOpen })}
        </Typography.Paragraph>
      )}
      <Form form={form} layout="vertical" name="appoint" onFinish={submit} initialValues={{ appointedOn: today() }}>
        <Form.Item name="appointedOn" label={t('fields.appointment.appointedOn')} rules={[{ required: true, message: t('form.required') }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={(day) => day.isAfter(today(), 'day')} />
        </Form.Item>
      </Form>
    </StepModal>
  );
}

/** 终止: the trail ends here, with the reason (kept in the record). */
function WithdrawModal({ trail, onClose }: StepProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  const step = useAppointmentStep(trail.id);
  const { refusal, onError } = useStepProblem(form, ['reason']);
  const done = useDone(onClose);
  const submit = ({ reason }: { reason: string }) =>
    step.mutate({ step: 'WITHDRAW', version: trail.version, body: { reason: reason.trim() } }, { onSuccess: done('selection.steps.withdrawn'), onError });
  return (
    <StepModal title={enumLabel(t, 'appointmentCommand', 'WITHDRAW')} form={form} saving={step.isPending} onClose={onClose} refusal={refusal}>
      <Form form={form} layout="vertical" name="withdrawal" onFinish={submit}>
        <Form.Item name="reason" label={t('fields.appointment.withdrawnReason')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </StepModal>
  );
}
