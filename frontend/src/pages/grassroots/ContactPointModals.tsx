import { Alert, App, Col, DatePicker, Descriptions, Form, Input, InputNumber, Row, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEndContactPoint, useRecordVisit, useTakeUpContactPoint } from '../../api/grassrootsQueries';
import { ApiError, problemSlug } from '../../api/problem';
import type { ContactPoint, ContactPointRequest, ContactVisitRequest } from '../../api/types';
import type { PickedCadre } from '../../components/cadre/CadrePicker';
import { FormModal } from '../../components/FormModal';
import { describeProblem } from '../../components/problemText';
import { useFormProblem } from '../../components/useFormProblem';
import { cadreLabel, todayInBeijing } from '../../domain/format';
import { CadreField, PastDayField } from './GrassrootsFields';

interface TakeUpValues {
  /** Picked by HR for a leader it manages; absent when the leader takes one up themself. */
  cadreId?: PickedCadre;
  place: string;
  description?: string;
  since: Dayjs;
}

const TAKE_UP_FIELDS = ['cadreId', 'place', 'description', 'since'] as const;

export function toContactPointRequest(values: TakeUpValues): ContactPointRequest {
  return {
    ...(values.cadreId ? { cadreId: values.cadreId.value } : {}),
    place: values.place.trim(),
    description: values.description?.trim() || undefined,
    since: values.since.format('YYYY-MM-DD'),
  };
}

/**
 * 建立基层联系点: the place (a unit, an outlet, a park), what it is, and since when (today at the latest). The leader
 * takes one up themself (`proxy` off); HR picks the leader first. One is kept at a time: 409 `contact-point-exists`
 * says so above the form.
 */
export function TakeUpModal({ proxy, onClose }: { proxy: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TakeUpValues>();
  const takeUp = useTakeUpContactPoint();
  const showProblem = useFormProblem(form, TAKE_UP_FIELDS);
  const [exists, setExists] = useState<string>();
  const today = dayjs(todayInBeijing());
  const required = { required: true, message: t('form.required') };
  const field = (key: string) => t(`fields.contactPoint.${key}`);

  const submit = (values: TakeUpValues) =>
    takeUp.mutate(toContactPointRequest(values), {
      onSuccess: (point) => {
        void message.success(t('grassroots.takeUp.done', { place: point.place }));
        onClose();
      },
      onError: (error) => {
        showProblem(error);
        if (error instanceof ApiError && problemSlug(error.problem) === 'contact-point-exists') {
          setExists(describeProblem(error, t).title);
          if (proxy) form.setFields([{ name: 'cadreId', errors: [describeProblem(error, t).title] }]);
        }
      },
    });

  return (
    <FormModal title={t(proxy ? 'grassroots.takeUp.titleFor' : 'grassroots.takeUp.title')} form={form} saving={takeUp.isPending} width={600} onClose={onClose}>
      <Typography.Paragraph type="secondary">{t('grassroots.takeUp.hint')}</Typography.Paragraph>
      {exists && <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={exists} description={t('grassroots.takeUp.existsHint')} />}
      <Form<TakeUpValues>
        form={form}
        layout="vertical"
        name="contactPoint"
        initialValues={{ since: today }}
        onFinish={submit}
        onValuesChange={(changed: Partial<TakeUpValues>) => 'cadreId' in changed && setExists(undefined)}
      >
        {proxy && <CadreField label={field('cadre')} />}
        <Row gutter={16}>
          <Col span={16}>
            <Form.Item name="place" label={field('place')} rules={[{ ...required, whitespace: true }]}>
              <Input maxLength={200} placeholder={t('grassroots.takeUp.placePlaceholder')} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <PastDayField name="since" label={field('since')} today={today} />
          </Col>
        </Row>
        <Form.Item name="description" label={field('description')}>
          <Input.TextArea rows={3} maxLength={500} showCount placeholder={t('grassroots.takeUp.descriptionPlaceholder')} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

/** Whose point, where, since when: what a visit or its end is about. */
function PointSummary({ point }: { point: ContactPoint }) {
  const { t } = useTranslation();
  const field = (key: string) => t(`fields.contactPoint.${key}`);
  return (
    <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }}>
      <Descriptions.Item label={field('cadre')}>
        {cadreLabel(point.name, point.employeeNumber)}
        {point.unitName && <Typography.Text type="secondary"> · {point.unitName}</Typography.Text>}
      </Descriptions.Item>
      <Descriptions.Item label={field('place')}>{point.place}</Descriptions.Item>
      <Descriptions.Item label={field('since')}>{point.since}</Descriptions.Item>
    </Descriptions>
  );
}

export interface VisitValues {
  visitedOn: Dayjs;
  learned: string;
  problemsRaised?: string;
  problemsSolved: number;
  solutions?: string;
}

const VISIT_FIELDS = ['visitedOn', 'learned', 'problemsRaised', 'problemsSolved', 'solutions'] as const;

/** The visit as the API takes it: the texts trimmed, the optional ones left out when blank. */
export function toVisitRequest(values: VisitValues): ContactVisitRequest {
  return {
    visitedOn: values.visitedOn.format('YYYY-MM-DD'),
    learned: values.learned.trim(),
    problemsRaised: values.problemsRaised?.trim() || undefined,
    problemsSolved: values.problemsSolved,
    solutions: values.solutions?.trim() || undefined,
  };
}

/**
 * 记录走访: the day (while the point is kept, today at the latest), what was learned, the problems raised, how many were
 * solved (0–50) and, whenever any were, how.
 */
export function VisitModal({ point, onClose }: { point: ContactPoint; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<VisitValues>();
  const record = useRecordVisit();
  const showProblem = useFormProblem(form, VISIT_FIELDS);
  const solved = (Form.useWatch('problemsSolved', form) ?? 0) > 0;
  const today = dayjs(todayInBeijing());
  const since = dayjs(point.since);
  const field = (key: string) => t(`fields.visit.${key}`);

  const submit = (values: VisitValues) =>
    record.mutate(
      { id: point.id, visit: toVisitRequest(values) },
      {
        onSuccess: () => {
          void message.success(t('grassroots.visit.recorded'));
          onClose();
        },
        onError: showProblem,
      },
    );

  return (
    <FormModal title={t('grassroots.visit.title', { place: point.place })} form={form} saving={record.isPending} width={640} onClose={onClose}>
      <PointSummary point={point} />
      <Typography.Paragraph type="secondary">{t('grassroots.visit.hint')}</Typography.Paragraph>
      <Form<VisitValues> form={form} layout="vertical" name="contactVisit" initialValues={{ visitedOn: today, problemsSolved: 0 }} onFinish={submit}>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="visitedOn" label={field('visitedOn')} extra={t('grassroots.visit.visitedOnHint')} rules={[{ required: true, message: t('form.required') }]}>
              <DatePicker style={{ width: '100%' }} disabledDate={(day) => day.isAfter(today, 'day') || day.isBefore(since, 'day')} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="problemsSolved" label={field('problemsSolved')} rules={[{ required: true, message: t('form.required') }]}>
              <InputNumber min={0} max={50} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="learned" label={field('learned')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
          <Input.TextArea rows={3} maxLength={2000} showCount placeholder={t('grassroots.visit.learnedPlaceholder')} />
        </Form.Item>
        <Form.Item name="problemsRaised" label={field('problemsRaised')}>
          <Input.TextArea rows={2} maxLength={2000} showCount placeholder={t('grassroots.visit.problemsRaisedPlaceholder')} />
        </Form.Item>
        <Form.Item
          name="solutions"
          label={field('solutions')}
          extra={t('grassroots.visit.solutionsHint')}
          dependencies={['problemsSolved']}
          required={solved}
          rules={[({ getFieldValue }) => ({ required: (getFieldValue('problemsSolved') ?? 0) > 0, whitespace: true, message: t('grassroots.visit.solutionsRequired') })]}
        >
          <Input.TextArea rows={2} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

/** 结束联系: on a day from the point's start to today (today unless changed), with the version read. */
export function EndModal({ point, onClose }: { point: ContactPoint; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ on?: Dayjs | null }>();
  const end = useEndContactPoint();
  const showProblem = useFormProblem(form, ['on']);
  const today = dayjs(todayInBeijing());
  const since = dayjs(point.since);

  const submit = ({ on }: { on?: Dayjs | null }) =>
    end.mutate(
      { id: point.id, version: point.version, on: on ? on.format('YYYY-MM-DD') : undefined },
      {
        onSuccess: () => {
          void message.success(t('grassroots.end.done', { place: point.place }));
          onClose();
        },
        onError: showProblem,
      },
    );

  return (
    <FormModal title={t('grassroots.end.title', { place: point.place })} form={form} saving={end.isPending} width={520} onClose={onClose}>
      <PointSummary point={point} />
      <Typography.Paragraph type="secondary">{t('grassroots.end.hint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" name="contactPointEnd" initialValues={{ on: today }} onFinish={submit}>
        <Form.Item name="on" label={t('grassroots.end.on')} extra={t('grassroots.end.dayHint')}>
          <DatePicker style={{ width: '100%' }} disabledDate={(day) => day.isAfter(today, 'day') || day.isBefore(since, 'day')} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
