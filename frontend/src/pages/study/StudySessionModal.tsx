import { App, Checkbox, Col, DatePicker, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useCorrectStudySession, useRecordStudySession } from '../../api/studySessionQueries';
import type { Capability, StudySession, StudySessionRequest } from '../../api/types';
import { useSignedIn } from '../../app/session';
import type { PickedCadre } from '../../components/cadre/CadrePicker';
import { onListFields } from '../../components/formErrors';
import { FormModal } from '../../components/FormModal';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { useFormProblem } from '../../components/useFormProblem';
import { CAPABILITIES, enumOptions } from '../../domain/enums';
import { cadreLabel, todayInBeijing } from '../../domain/format';
import { AttendeeSelect } from './AttendeeSelect';

export interface StudySessionValues {
  unitId: string;
  topic: string;
  heldOn: Dayjs;
  hours: number;
  speakers: string[];
  /** The attendees picked, with their labels (an `attendeeIds[i]` violation names the one at that index). */
  attendeeIds: PickedCadre[];
  reports?: string[];
  capabilities: Capability[];
}

/** Named as the request's fields, so the server's violations land on them. */
export const STUDY_SESSION_FIELDS = ['unitId', 'topic', 'heldOn', 'hours', 'speakers', 'attendeeIds', 'reports', 'capabilities'] as const;

/** The lists edited in one field each: a violation of one of their items (`speakers[2]`) shows on the field. */
const LIST_FIELDS = ['speakers', 'attendeeIds', 'reports', 'capabilities'] as const;

/** What the API assumes when no capability is sent, and what the form starts with: 学习本领 and 政治领导本领. */
export const DEFAULT_STUDY_CAPABILITIES: Capability[] = ['LEARNING', 'POLITICAL_LEADERSHIP'];

const names = (values: string[] | undefined) => (values ?? []).map((value) => value.trim()).filter(Boolean);

/** The request the API takes: names trimmed and blank ones left out, the day as yyyy-MM-dd, capabilities in the order of the eight. */
export function toStudySessionRequest(values: StudySessionValues): StudySessionRequest {
  return {
    unitId: values.unitId,
    topic: values.topic.trim(),
    heldOn: values.heldOn.format('YYYY-MM-DD'),
    hours: values.hours,
    speakers: names(values.speakers),
    attendeeIds: values.attendeeIds.map((attendee) => attendee.value),
    reports: names(values.reports),
    capabilities: CAPABILITIES.filter((capability) => values.capabilities.includes(capability)),
  };
}

/** The form of a session recorded before, for its correction. */
function valuesOf(session: StudySession): StudySessionValues {
  return {
    unitId: session.unitId,
    topic: session.topic,
    heldOn: dayjs(session.heldOn),
    hours: session.hours,
    speakers: session.speakers,
    attendeeIds: session.attendees.map((attendee) => ({ value: attendee.cadreId, label: cadreLabel(attendee.name, attendee.employeeNumber) })),
    reports: session.reports,
    capabilities: session.capabilities,
  };
}

interface Props {
  /** The session to correct (更正, with its version); a new one is recorded without. */
  session?: StudySession;
  onClose: () => void;
}

/**
 * 记录中心组学习 (or 更正 one): the unit whose leadership team studied, the topic, the day (today at the latest), the
 * 学时 (0.5–8), who spoke, the attendees (active cadres of exactly that unit), the reports and materials exchanged, and
 * the capabilities studied (学习本领 and 政治领导本领 unless changed). A correction keeps the unit.
 */
export function StudySessionModal({ session, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { session: signedIn } = useSignedIn();
  const [form] = Form.useForm<StudySessionValues>();
  const record = useRecordStudySession();
  const correct = useCorrectStudySession();
  const saving = session ? correct : record;
  const showProblem = useFormProblem(form, STUDY_SESSION_FIELDS);
  const unitId = Form.useWatch('unitId', form);
  const today = dayjs(todayInBeijing());
  const required = { required: true, message: t('form.required') };
  const field = (key: string) => t(`fields.studySession.${key}`);

  const onError = (error: unknown) => {
    const picked: PickedCadre[] = form.getFieldValue('attendeeIds') ?? [];
    showProblem(
      onListFields(error, LIST_FIELDS, (list, index, problem) =>
        list === 'attendeeIds' && picked[index] ? t('study.form.attendeeProblem', { name: picked[index].label, problem }) : problem,
      ),
    );
  };

  const submit = (values: StudySessionValues) => {
    const body = toStudySessionRequest(values);
    const done = (key: string) => () => {
      void message.success(t(key, { topic: body.topic }));
      onClose();
    };
    if (session) correct.mutate({ id: session.id, version: session.version, body }, { onSuccess: done('study.corrected'), onError });
    else record.mutate(body, { onSuccess: done('study.recorded'), onError });
  };

  return (
    <FormModal title={t(session ? 'study.form.titleCorrect' : 'study.form.titleRecord')} form={form} saving={saving.isPending} width={760} onClose={onClose}>
      <Typography.Paragraph type="secondary">{t('study.form.hint')}</Typography.Paragraph>
      <Form<StudySessionValues>
        form={form}
        layout="vertical"
        name="studySession"
        onFinish={submit}
        initialValues={
          session
            ? valuesOf(session)
            : { unitId: signedIn.unitId ?? undefined, heldOn: today, speakers: [], attendeeIds: [], reports: [], capabilities: DEFAULT_STUDY_CAPABILITIES }
        }
        onValuesChange={(changed: Partial<StudySessionValues>) => {
          // the attendees are cadres of the unit: another unit, other people
          if ('unitId' in changed) form.setFieldValue('attendeeIds', []);
        }}
      >
        <Row gutter={16}>
          <Col span={14}>
            <Form.Item name="unitId" label={field('unitId')} rules={[required]} extra={session ? t('study.form.unitFixed') : t('study.form.unitHint')}>
              <UnitTreeSelect aria-label={field('unitId')} disabled={Boolean(session)} />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="heldOn" label={field('heldOn')} rules={[required]}>
              <DatePicker style={{ width: '100%' }} disabledDate={(day) => day.isAfter(today, 'day')} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col span={18}>
            <Form.Item name="topic" label={field('topic')} rules={[{ ...required, whitespace: true }]}>
              <Input maxLength={200} placeholder={t('study.form.topicPlaceholder')} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item
              name="hours"
              label={field('hours')}
              extra={t('study.form.hoursHint')}
              rules={[required, { type: 'number', min: 0.5, max: 8, message: t('study.form.hoursHint') }]}
            >
              <InputNumber min={0.5} max={8} step={0.5} precision={2} style={{ width: '100%' }} aria-label={field('hours')} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="speakers"
          label={field('speakers')}
          extra={t('study.form.speakersHint')}
          rules={[{ required: true, type: 'array', min: 1, message: t('study.form.speakersRequired') }, { type: 'array', max: 10, message: t('study.form.atMost', { count: 10 }) }]}
        >
          <Select mode="tags" open={false} tokenSeparators={[',', '，', '、']} aria-label={field('speakers')} />
        </Form.Item>
        <Form.Item
          name="attendeeIds"
          label={field('attendeeIds')}
          extra={t('study.form.attendeesHint')}
          rules={[{ required: true, type: 'array', min: 1, message: t('study.form.attendeesRequired') }]}
        >
          <AttendeeSelect unitId={unitId} ariaLabel={field('attendeeIds')} />
        </Form.Item>
        <Form.Item name="reports" label={field('reports')} extra={t('study.form.reportsHint')} rules={[{ type: 'array', max: 10, message: t('study.form.atMost', { count: 10 }) }]}>
          <Select mode="tags" open={false} tokenSeparators={['\n']} aria-label={field('reports')} />
        </Form.Item>
        <Form.Item
          name="capabilities"
          label={field('capabilities')}
          extra={t('study.form.capabilitiesHint')}
          rules={[{ required: true, type: 'array', min: 1, message: t('study.form.capabilitiesRequired') }]}
        >
          <Checkbox.Group options={enumOptions(t, 'capability', CAPABILITIES)} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
