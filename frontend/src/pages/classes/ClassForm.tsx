import { Col, DatePicker, Form, Input, InputNumber, Row, Switch, type FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ClassRequest } from '../../api/types';
import { useSignedIn } from '../../app/session';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { CourseSelect } from './CourseSelect';

export interface ClassFormValues {
  courseId: string;
  unitId: string;
  title?: string;
  startDate: Dayjs;
  endDate: Dayjs;
  capacity: number;
  venue?: string;
  openEnrolment: boolean;
}

export const CLASS_FORM_FIELDS = ['courseId', 'unitId', 'title', 'startDate', 'endDate', 'capacity', 'venue', 'openEnrolment'] as const;

export function toClassRequest(values: ClassFormValues): ClassRequest {
  return {
    courseId: values.courseId,
    unitId: values.unitId,
    title: values.title?.trim() || undefined,
    startDate: values.startDate.format('YYYY-MM-DD'),
    endDate: values.endDate.format('YYYY-MM-DD'),
    capacity: values.capacity,
    venue: values.venue?.trim() || undefined,
    openEnrolment: values.openEnrolment,
  };
}

/** 开班: a course, the organising unit (in the user's scope), dates, capacity and venue. */
export function ClassForm({ form, onSubmit }: { form: FormInstance<ClassFormValues>; onSubmit: (values: ClassFormValues) => void }) {
  const { t } = useTranslation();
  const { session } = useSignedIn();
  const field = (key: string) => t(`fields.trainingClass.${key}`);
  const required = { required: true, message: t('form.required') };

  return (
    <Form<ClassFormValues>
      form={form}
      layout="vertical"
      initialValues={{ unitId: session.unitId, capacity: 30, openEnrolment: true }}
      onFinish={onSubmit}
    >
      <Form.Item name="courseId" label={field('courseId')} rules={[required]}>
        <CourseSelect />
      </Form.Item>
      <Form.Item name="unitId" label={field('unitId')} rules={[required]}>
        <UnitTreeSelect />
      </Form.Item>
      <Form.Item name="title" label={field('title')} extra={t('classes.form.titleHint')}>
        <Input maxLength={200} />
      </Form.Item>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="startDate" label={field('startDate')} rules={[required]}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            name="endDate"
            label={field('endDate')}
            dependencies={['startDate']}
            rules={[
              required,
              ({ getFieldValue }) => ({
                validator: (_, end?: Dayjs) => {
                  const start: Dayjs | undefined = getFieldValue('startDate');
                  return !end || !start || !end.isBefore(start, 'day') ? Promise.resolve() : Promise.reject(new Error(t('classes.form.endBeforeStart')));
                },
              }),
            ]}
          >
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="capacity" label={field('capacity')} rules={[required]}>
            <InputNumber min={1} max={2000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="venue" label={field('venue')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="openEnrolment" label={field('openEnrolment')} valuePropName="checked" extra={t('classes.form.openEnrolmentHint')}>
        <Switch />
      </Form.Item>
    </Form>
  );
}
