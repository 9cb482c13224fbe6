import { App, Col, DatePicker, Form, Input, Radio, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useRecordFinding } from '../../api/inspectionQueries';
import type { Capability, Finding, FindingRequest, InspectionRound, Severity } from '../../api/types';
import { CadrePicker, CadreSelect, type PickedCadre } from '../../components/cadre/CadrePicker';
import { FormModal } from '../../components/FormModal';
import { useFormProblem } from '../../components/useFormProblem';
import { CAPABILITIES, enumOptions, SEVERITIES } from '../../domain/enums';
import { categoryOptions } from '../../domain/inspection';

interface FindingValues {
  unitId: string;
  cadreIds?: PickedCadre[];
  category: string;
  severity: Severity;
  capability?: Capability;
  description: string;
  rectificationOwner: string;
  ownerCadreId?: PickedCadre;
  dueOn?: Dayjs;
}

export const FINDING_FORM_FIELDS = ['unitId', 'cadreIds', 'category', 'severity', 'capability', 'description', 'rectificationOwner', 'ownerCadreId', 'dueOn'] as const;

/** Without a deadline the service sets one 2 months after the feedback. */
export function toFindingRequest(values: FindingValues): FindingRequest {
  return {
    unitId: values.unitId,
    cadreIds: (values.cadreIds ?? []).map((cadre) => cadre.value),
    category: values.category,
    severity: values.severity,
    capability: values.capability,
    description: values.description.trim(),
    rectificationOwner: values.rectificationOwner.trim(),
    ownerCadreId: values.ownerCadreId?.value,
    dueOn: values.dueOn?.format('YYYY-MM-DD'),
  };
}

interface Props {
  round: InspectionRound;
  /** The round's findings so far: their categories are offered too. */
  findings: readonly Finding[];
  onClose: () => void;
}

/**
 * 录入问题: the inspected unit it concerns, the cadres named, the category and severity, the capability it reflects,
 * the description, who is to rectify it and, optionally, the deadline (else 2 months after the feedback).
 */
export function RecordFindingModal({ round, findings, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<FindingValues>();
  const record = useRecordFinding(round.id!);
  const showProblem = useFormProblem(form, FINDING_FORM_FIELDS);
  const unitId = Form.useWatch('unitId', form);
  const field = (key: string) => t(`fields.finding.${key}`);
  const required = { required: true, message: t('form.required') };
  const targets = round.targets ?? [];

  const submit = (values: FindingValues) =>
    record.mutate(toFindingRequest(values), {
      onSuccess: (finding) => {
        void message.success(t('inspection.finding.recorded', { due: finding.dueOn }));
        onClose();
      },
      onError: showProblem,
    });

  return (
    <FormModal title={t('inspection.finding.record')} form={form} saving={record.isPending} width={760} onClose={onClose}>
      <Form<FindingValues> form={form} layout="vertical" name="finding" onFinish={submit} initialValues={{ unitId: targets.length === 1 ? targets[0].unitId : undefined, severity: 'MINOR' }}>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="unitId" label={field('unitId')} rules={[required]}>
              <Select options={targets.map((target) => ({ value: target.unitId!, label: target.name }))} aria-label={field('unitId')} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="category" label={field('category')} rules={[required]}>
              <Select options={categoryOptions(findings).map((category) => ({ value: category, label: category }))} aria-label={field('category')} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="severity" label={field('severity')} rules={[required]}>
              <Radio.Group optionType="button" buttonStyle="solid" options={enumOptions(t, 'severity', SEVERITIES)} aria-label={field('severity')} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="capability" label={field('capability')} extra={t('inspection.finding.capabilityHint')}>
              <Select allowClear options={enumOptions(t, 'capability', CAPABILITIES)} aria-label={field('capability')} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="cadreIds" label={field('cadreIds')}>
          <CadrePicker unitId={unitId} placeholder={t('inspection.finding.cadresPlaceholder')} ariaLabel={field('cadreIds')} />
        </Form.Item>
        <Form.Item name="description" label={field('description')} rules={[{ ...required, whitespace: true }]}>
          <Input.TextArea rows={3} maxLength={4000} showCount />
        </Form.Item>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="rectificationOwner" label={field('rectificationOwner')} rules={[{ ...required, whitespace: true }]}>
              <Input maxLength={200} placeholder={t('inspection.finding.ownerPlaceholder')} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="ownerCadreId" label={field('ownerCadreId')}>
              <CadreSelect unitId={unitId} placeholder={t('inspection.finding.ownerCadrePlaceholder')} ariaLabel={field('ownerCadreId')} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="dueOn"
              label={field('dueOn')}
              extra={t('inspection.finding.dueHint', { feedback: round.feedbackOn ?? round.feedbackDate })}
            >
              <DatePicker style={{ width: '100%' }} placeholder={t('inspection.finding.duePlaceholder')} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </FormModal>
  );
}
