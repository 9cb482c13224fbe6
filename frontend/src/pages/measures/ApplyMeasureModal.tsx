import { App, Col, DatePicker, Form, Input, Row, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useApplyMeasure, useFindings } from '../../api/inspectionQueries';
import type { MeasureRequest, MeasureType } from '../../api/types';
import { CadreSelect, type PickedCadre } from '../../components/cadre/CadrePicker';
import { MeasureFormTag } from '../../components/inspection/InspectionTags';
import { FormModal } from '../../components/FormModal';
import { useFormProblem } from '../../components/useFormProblem';
import { enumLabel, MEASURE_FORMS, MEASURE_TYPE_FORMS, MEASURE_TYPES } from '../../domain/enums';
import { todayInBeijing } from '../../domain/format';

interface MeasureValues {
  cadreId?: PickedCadre;
  type: MeasureType;
  appliedOn: Dayjs;
  reason: string;
  findingId?: string;
}

export const MEASURE_FORM_FIELDS = ['cadreId', 'type', 'appliedOn', 'reason', 'findingId'] as const;

export function toMeasureRequest(values: MeasureValues): MeasureRequest {
  return {
    cadreId: values.cadreId?.value,
    type: values.type,
    appliedOn: values.appliedOn.format('YYYY-MM-DD'),
    reason: values.reason.trim(),
    findingId: values.findingId,
  };
}

/**
 * 运用"四种形态": the cadre, the measure (grouped by its form), the day it was decided, the grounds and, optionally,
 * the finding it follows from. The service computes the influence period.
 */
export function ApplyMeasureModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<MeasureValues>();
  const apply = useApplyMeasure();
  const showProblem = useFormProblem(form, MEASURE_FORM_FIELDS);
  const cadre = Form.useWatch('cadreId', form);
  const type = Form.useWatch('type', form);
  const findings = useFindings({ size: 200 }, Boolean(cadre));
  const field = (key: string) => t(`fields.measure.${key}`);
  const required = { required: true, message: t('form.required') };
  const today = dayjs(todayInBeijing());
  const namingCadre = (findings.data?.items ?? []).filter((finding) => finding.cadres?.some((named) => named.id === cadre?.value));

  const submit = (values: MeasureValues) =>
    apply.mutate(toMeasureRequest(values), {
      onSuccess: (measure) => {
        void message.success(
          measure.hasInfluence
            ? t('inspection.measures.appliedUntil', { name: measure.name, type: measure.typeName, until: measure.influenceUntil })
            : t('inspection.measures.applied', { name: measure.name, type: measure.typeName }),
        );
        onClose();
      },
      onError: showProblem,
    });

  return (
    <FormModal title={t('inspection.measures.create')} form={form} saving={apply.isPending} width={680} onClose={onClose}>
      <Form<MeasureValues> form={form} layout="vertical" name="measure" onFinish={submit} initialValues={{ appliedOn: today }}>
        <Form.Item name="cadreId" label={field('cadreId')} rules={[required]}>
          <CadreSelect placeholder={t('inspection.measures.cadrePlaceholder')} ariaLabel={field('cadreId')} />
        </Form.Item>
        <Row gutter={16}>
          <Col span={14}>
            <Form.Item
              name="type"
              label={field('type')}
              rules={[required]}
              extra={
                type ? (
                  <span>
                    <MeasureFormTag form={MEASURE_TYPE_FORMS[type]} />
                    {t('inspection.measures.influenceHint')}
                  </span>
                ) : undefined
              }
            >
              <Select
                aria-label={field('type')}
                options={MEASURE_FORMS.map((measureForm) => ({
                  label: enumLabel(t, 'measureForm', String(measureForm)),
                  title: enumLabel(t, 'measureForm', String(measureForm)),
                  options: MEASURE_TYPES.filter((one) => MEASURE_TYPE_FORMS[one] === measureForm).map((one) => ({ value: one, label: enumLabel(t, 'measureType', one) })),
                }))}
              />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="appliedOn" label={field('appliedOn')} rules={[required]}>
              <DatePicker style={{ width: '100%' }} disabledDate={(day) => day.isAfter(today, 'day')} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="reason" label={field('reason')} rules={[{ ...required, whitespace: true }]}>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
        <Form.Item name="findingId" label={field('findingId')} extra={cadre && namingCadre.length === 0 ? t('inspection.measures.noFindings') : t('inspection.measures.findingHint')}>
          <Select
            allowClear
            disabled={!cadre}
            loading={findings.isFetching}
            aria-label={field('findingId')}
            options={namingCadre.map((finding) => ({ value: finding.id!, label: `${finding.roundTitle} · ${finding.category}` }))}
            optionRender={(option) => <Typography.Text ellipsis>{option.label}</Typography.Text>}
          />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
