import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Col, Form, Input, InputNumber, Row, Select, Space, Switch, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Capability, CourseKind, CourseRequest } from '../../api/types';
import { CAPABILITIES, COURSE_KINDS, enumOptions } from '../../domain/enums';

export interface CourseFormValues {
  code: string;
  title: string;
  kind: CourseKind;
  capabilities: Capability[];
  creditHours: number;
  online: boolean;
  offJobDays: number;
  provider?: string;
  description?: string;
  modules?: { title: string; minutes: number; hasTest?: boolean }[];
}

export const COURSE_FORM_FIELDS = ['code', 'title', 'kind', 'capabilities', 'creditHours', 'online', 'offJobDays', 'provider', 'description', 'modules'] as const;

export function toCourseRequest(values: CourseFormValues): CourseRequest {
  return {
    ...values,
    code: values.code.trim(),
    title: values.title.trim(),
    provider: values.provider?.trim() || undefined,
    description: values.description?.trim() || undefined,
    modules: (values.modules ?? []).map((module) => ({ title: module.title.trim(), minutes: module.minutes, hasTest: Boolean(module.hasTest) })),
  };
}

/** The course fields; an online course lists its modules, from whose lengths the service derives its 学时. */
export function CourseForm({ form, onSubmit }: { form: FormInstance<CourseFormValues>; onSubmit: (values: CourseFormValues) => void }) {
  const { t } = useTranslation();
  const field = (key: string) => t(`fields.course.${key}`);
  const required = { required: true, message: t('form.required') };
  const online = Form.useWatch('online', form);

  return (
    <Form<CourseFormValues> form={form} layout="vertical" initialValues={{ online: false, offJobDays: 0, capabilities: [] }} onFinish={onSubmit}>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="code" label={field('code')} rules={[required, { pattern: /^[A-Za-z0-9-]+$/, message: t('courses.form.codePattern') }]}>
            <Input maxLength={32} placeholder="ZX-2026-06" />
          </Form.Item>
        </Col>
        <Col span={16}>
          <Form.Item name="title" label={field('title')} rules={[required]}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="kind" label={field('kind')} rules={[required]}>
            <Select options={enumOptions(t, 'courseKind', COURSE_KINDS)} />
          </Form.Item>
        </Col>
        <Col span={16}>
          <Form.Item name="capabilities" label={field('capabilities')} rules={[{ ...required, type: 'array', min: 1 }]}>
            <Select mode="multiple" options={enumOptions(t, 'capability', CAPABILITIES)} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="creditHours" label={field('creditHours')} rules={[required]} extra={online ? t('courses.form.onlineHint') : undefined}>
            <InputNumber min={0.25} max={2000} step={0.5} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="offJobDays" label={field('offJobDays')}>
            <InputNumber min={0} max={365} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="online" label={field('online')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="provider" label={field('provider')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="description" label={field('description')}>
        <Input.TextArea maxLength={2000} rows={2} />
      </Form.Item>
      <Form.List name="modules">
        {(modules, { add, remove }) => (
          <Form.Item label={field('modules')}>
            {modules.map(({ key, name }) => (
              <Space key={key} align="baseline" style={{ display: 'flex' }}>
                <Form.Item name={[name, 'title']} rules={[required]}>
                  <Input placeholder={t('courses.module.title')} aria-label={t('courses.module.title')} style={{ width: 300 }} />
                </Form.Item>
                <Form.Item name={[name, 'minutes']} rules={[required]}>
                  <InputNumber min={1} max={600} precision={0} placeholder={t('courses.module.minutes')} aria-label={t('courses.module.minutes')} />
                </Form.Item>
                <Form.Item name={[name, 'hasTest']} valuePropName="checked">
                  <Checkbox>{t('courses.module.hasTest')}</Checkbox>
                </Form.Item>
                <MinusCircleOutlined aria-label={t('courses.module.remove')} onClick={() => remove(name)} />
              </Space>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ minutes: 30, hasTest: false })}>
              {t('courses.module.add')}
            </Button>
          </Form.Item>
        )}
      </Form.List>
    </Form>
  );
}
