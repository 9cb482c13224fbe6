import { App, Col, DatePicker, Form, Input, Radio, Row, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useApplyMeasure, useFindings, useMeasureCatalogue } from '../../api/inspectionQueries';
import type { MeasureCatalogRow, MeasureRequest, MeasureType } from '../../api/types';
import { CadreSelect, type PickedCadre } from '../../components/cadre/CadrePicker';
import { MeasureFormTag } from '../../components/inspection/InspectionTags';
import { FormModal } from '../../components/FormModal';
import { useFormProblem } from '../../components/useFormProblem';
import { enumLabel, MEASURE_FAMILIES } from '../../domain/enums';
import { todayInBeijing } from '../../domain/format';
import { influenceOfRow } from '../../domain/inspection';

interface MeasureValues {
  cadreId?: PickedCadre;
  type: MeasureType;
  form?: number;
  appliedOn: Dayjs;
  reason: string;
  findingId?: string;
}

export const MEASURE_FORM_FIELDS = ['cadreId', 'type', 'form', 'appliedOn', 'reason', 'findingId'] as const;

export function toMeasureRequest(values: MeasureValues): MeasureRequest {
  return {
    cadreId: values.cadreId?.value ?? '',
    type: values.type,
    form: values.form,
    appliedOn: values.appliedOn.format('YYYY-MM-DD'),
    reason: values.reason.trim(),
    findingId: values.findingId,
  };
}

/** The catalogue's types as select options, grouped by family in the order of the table (empty families left out). */
export function catalogueOptions(t: TFunction, rows: readonly MeasureCatalogRow[]) {
  return MEASURE_FAMILIES.map((family) => ({
    label: enumLabel(t, 'measureFamily', family),
    title: enumLabel(t, 'measureFamily', family),
    options: rows.filter((one) => one.family === family).map((one) => ({ value: one.type!, label: enumLabel(t, 'measureType', one.type) })),
  })).filter((group) => group.options.length > 0);
}

/** The forms a type may take, as radio options (责令辞职, 免职: 2 or 3). */
export function formOptions(t: TFunction, forms: readonly number[] | undefined) {
  return (forms ?? []).map((one) => ({ value: one, label: enumLabel(t, 'measureForm', String(one)) }));
}

function yearEffect(t: TFunction, year: number, effect: string) {
  if (year === 0) return t('inspection.measures.effectThatYear', { effect });
  if (year === 1) return t('inspection.measures.effectNextYear', { effect });
  return t('inspection.measures.effectYearsOn', { count: year + 1, effect });
}

/** What a row of the catalogue does: its promotion influence and its effect on the annual assessments from the year imposed. */
export function CatalogueEffects({ row }: { row: MeasureCatalogRow }) {
  const { t } = useTranslation();
  const influence = influenceOfRow(row.influence);
  const influenceText =
    influence === 'none'
      ? t('inspection.measures.noInfluence')
      : influence === 'untilConcluded'
        ? t('inspection.measures.untilConcluded')
        : influence === 'permanent'
          ? t('inspection.measures.permanent')
          : t('inspection.measures.influenceMonths', { count: influence.months });
  const effects = row.effects ?? [];
  return (
    <Space direction="vertical" size={2} style={{ marginTop: 4 }}>
      <span>
        {(row.forms ?? []).map((form) => (
          <MeasureFormTag key={form} form={form} />
        ))}
        <Typography.Text type="secondary">{t('inspection.measures.influenceOf', { influence: influenceText })}</Typography.Text>
      </span>
      <Typography.Text type="secondary">
        {effects.length === 0
          ? t('inspection.measures.noAnnualEffect')
          : t('inspection.measures.annualEffects', {
              effects: effects.map((effect, year) => yearEffect(t, year, enumLabel(t, 'annualEffect', effect))).join('；'),
            })}
      </Typography.Text>
    </Space>
  );
}

/**
 * 运用"四种形态": the cadre, the measure (from the catalogue, grouped by family, with what it does), its form where the
 * type may take two, the day it was decided, the grounds and, optionally, the finding it follows from. The service
 * stamps the catalogue row's influence and annual effects on the measure.
 */
export function ApplyMeasureModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<MeasureValues>();
  const apply = useApplyMeasure();
  const catalogue = useMeasureCatalogue();
  const showProblem = useFormProblem(form, MEASURE_FORM_FIELDS);
  const cadre = Form.useWatch('cadreId', form);
  const type = Form.useWatch('type', form);
  const findings = useFindings({ size: 200 }, Boolean(cadre));
  const field = (key: string) => t(`fields.measure.${key}`);
  const required = { required: true, message: t('form.required') };
  const today = dayjs(todayInBeijing());
  const namingCadre = (findings.data?.items ?? []).filter((finding) => finding.cadres?.some((named) => named.id === cadre?.value));
  const rows = catalogue.data ?? [];
  const row = rows.find((one) => one.type === type);
  const twoForms = (row?.forms?.length ?? 0) > 1;

  const submit = (values: MeasureValues) =>
    apply.mutate(toMeasureRequest(values), {
      onSuccess: (measure) => {
        void message.success(
          measure.hasInfluence
            ? t('inspection.measures.appliedUntil', {
                name: measure.name,
                type: measure.typeName,
                until: measure.influenceUntil ?? (measure.openEnded ? t('inspection.measures.untilConcludedShort') : t('inspection.measures.permanentShort')),
              })
            : t('inspection.measures.applied', { name: measure.name, type: measure.typeName }),
        );
        onClose();
      },
      onError: showProblem,
    });

  return (
    <FormModal title={t('inspection.measures.create')} form={form} saving={apply.isPending} width={720} onClose={onClose}>
      <Form<MeasureValues>
        form={form}
        layout="vertical"
        name="measure"
        onFinish={submit}
        initialValues={{ appliedOn: today }}
        onValuesChange={(changed: Partial<MeasureValues>) => {
          if (changed.type) form.setFieldValue('form', rows.find((one) => one.type === changed.type)?.forms?.[0]);
        }}
      >
        <Form.Item name="cadreId" label={field('cadreId')} rules={[required]}>
          <CadreSelect placeholder={t('inspection.measures.cadrePlaceholder')} ariaLabel={field('cadreId')} />
        </Form.Item>
        <Row gutter={16}>
          <Col span={14}>
            <Form.Item name="type" label={field('type')} rules={[required]} extra={row ? <CatalogueEffects row={row} /> : undefined}>
              <Select
                aria-label={field('type')}
                loading={catalogue.isLoading}
                showSearch
                optionFilterProp="label"
                options={catalogueOptions(t, rows)}
              />
            </Form.Item>
          </Col>
          <Col span={10}>
            <Form.Item name="appliedOn" label={field('appliedOn')} rules={[required]}>
              <DatePicker style={{ width: '100%' }} disabledDate={(day) => day.isAfter(today, 'day')} />
            </Form.Item>
          </Col>
        </Row>
        {twoForms && (
          <Form.Item name="form" label={field('form')} rules={[required]} extra={t('inspection.measures.formHint')}>
            <Radio.Group aria-label={field('form')} options={formOptions(t, row?.forms)} />
          </Form.Item>
        )}
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
