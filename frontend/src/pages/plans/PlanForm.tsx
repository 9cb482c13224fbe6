import { Col, Form, Input, InputNumber, Row, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PlanRequest } from '../../api/types';
import { useSignedIn } from '../../app/session';
import { CadrePicker, type PickedCadre } from '../../components/cadre/CadrePicker';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { MAX_PLAN_YEAR, MIN_PLAN_YEAR, percentToShare } from '../../domain/trainingPlan';

export interface PlanFormValues {
  unitId: string;
  year: number;
  title: string;
  /** 培训覆盖率目标 as typed, in percent (0–100); the request carries a share (0–1). */
  targetCoverage: number;
  targetHoursPerCadre: number;
  designatedCadreIds?: PickedCadre[];
}

/** Named as the request's fields, so the server's violations land on them. */
export const PLAN_FORM_FIELDS = ['unitId', 'year', 'title', 'targetCoverage', 'targetHoursPerCadre', 'designatedCadreIds'] as const;

export function toPlanRequest(values: PlanFormValues): PlanRequest {
  return {
    unitId: values.unitId,
    year: values.year,
    title: values.title.trim(),
    targetCoverage: percentToShare(values.targetCoverage),
    targetHoursPerCadre: values.targetHoursPerCadre,
    designatedCadreIds: [...new Set((values.designatedCadreIds ?? []).map((cadre) => cadre.value))],
  };
}

interface Props {
  form: FormInstance<PlanFormValues>;
  /** The year the page shows: a new plan is for it unless changed. */
  year: number;
  onSubmit: (values: PlanFormValues) => void;
}

/** 新建计划: the unit (in the user's scope), the year, the targets and the cadres it names for training. */
export function PlanForm({ form, year, onSubmit }: Props) {
  const { t } = useTranslation();
  const { session } = useSignedIn();
  const unitId = Form.useWatch('unitId', form);
  const chosenYear = Form.useWatch('year', form) ?? year;
  const field = (key: string) => t(`fields.plan.${key}`);
  const required = { required: true, message: t('form.required') };

  return (
    <Form<PlanFormValues> form={form} layout="vertical" initialValues={{ unitId: session.unitId, year }} onFinish={onSubmit}>
      <Row gutter={16}>
        <Col span={16}>
          <Form.Item name="unitId" label={field('unitId')} rules={[required]}>
            <UnitTreeSelect />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="year" label={field('year')} rules={[required]}>
            <InputNumber min={MIN_PLAN_YEAR} max={MAX_PLAN_YEAR} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="title" label={field('title')} rules={[{ ...required, whitespace: true }]}>
        <Input maxLength={200} placeholder={t('plans.form.titlePlaceholder', { year: chosenYear })} />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="targetCoverage" label={field('targetCoverage')} rules={[required]} extra={t('plans.form.coverageHint')}>
            <InputNumber min={0} max={100} precision={0} suffix="%" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="targetHoursPerCadre" label={field('targetHoursPerCadre')} rules={[required]} extra={t('plans.form.hoursHint')}>
            <InputNumber min={0} max={2000} suffix={t('plans.form.hoursSuffix')} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="designatedCadreIds" label={field('designatedCadreIds')} extra={t('plans.form.designatedHint')}>
        <CadrePicker unitId={unitId} placeholder={t('plans.form.designatedPlaceholder')} />
      </Form.Item>
    </Form>
  );
}
