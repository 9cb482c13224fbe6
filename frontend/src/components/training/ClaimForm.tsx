import { App, Col, DatePicker, Form, Input, InputNumber, Row, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSubmitClaim } from '../../api/trainingQueries';
import type { Capability, HoursClaimRequest } from '../../api/types';
import { CAPABILITIES, enumOptions } from '../../domain/enums';
import { todayInBeijing } from '../../domain/format';
import { FormModal } from '../FormModal';
import { useFormProblem } from '../useFormProblem';

export interface ClaimValues {
  title: string;
  hours: number;
  online?: boolean;
  offJobDays?: number;
  completedOn: Dayjs;
  provider?: string;
  evidence: string;
  capabilities?: Capability[];
}

export const CLAIM_FIELDS = ['title', 'hours', 'online', 'offJobDays', 'completedOn', 'provider', 'evidence', 'capabilities'] as const;

export function toClaimRequest(cadreId: string, values: ClaimValues): HoursClaimRequest {
  return {
    cadreId,
    title: values.title.trim(),
    hours: values.hours,
    online: Boolean(values.online),
    offJobDays: values.online ? 0 : (values.offJobDays ?? 0),
    completedOn: values.completedOn.format('YYYY-MM-DD'),
    provider: values.provider?.trim() || undefined,
    evidence: values.evidence.trim(),
    capabilities: values.capabilities ?? [],
  };
}

/**
 * 申报学时: training outside the bureau's classes, with its evidence. It counts once HR of the cadre's unit accepts
 * the evidence; until then (and if rejected) it counts for nothing.
 */
export function ClaimModal({ cadreId, onClose }: { cadreId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ClaimValues>();
  const submit = useSubmitClaim();
  const showProblem = useFormProblem(form, CLAIM_FIELDS);
  const online = Form.useWatch('online', form);
  const today = dayjs(todayInBeijing());
  const field = (key: string) => t(`claims.field.${key}`);
  const required = { required: true, message: t('form.required') };
  const save = (values: ClaimValues) =>
    submit.mutate(toClaimRequest(cadreId, values), {
      onSuccess: () => {
        void message.success(t('claims.submitted'));
        onClose();
      },
      onError: showProblem,
    });
  return (
    <FormModal title={t('claims.submit')} form={form} saving={submit.isPending} width={640} onClose={onClose}>
      <Form<ClaimValues> form={form} layout="vertical" name="claim" onFinish={save} initialValues={{ completedOn: today, online: false, offJobDays: 0 }}>
        <Form.Item name="title" label={field('title')} rules={[{ ...required, whitespace: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="hours" label={field('hours')} rules={[required]}>
              <InputNumber min={0.25} max={200} step={0.5} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="completedOn" label={field('completedOn')} rules={[required]}>
              <DatePicker style={{ width: '100%' }} disabledDate={(day) => day.isAfter(today, 'day')} />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item name="online" label={field('online')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item name="offJobDays" label={field('offJobDays')}>
              <InputNumber min={0} max={60} disabled={online} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="provider" label={field('provider')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="capabilities" label={field('capabilities')}>
          <Select mode="multiple" allowClear options={enumOptions(t, 'capability', CAPABILITIES)} aria-label={field('capabilities')} />
        </Form.Item>
        <Form.Item name="evidence" label={field('evidence')} rules={[{ ...required, whitespace: true }]} extra={t('claims.evidenceHint')}>
          <Input.TextArea rows={2} maxLength={1000} showCount />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
