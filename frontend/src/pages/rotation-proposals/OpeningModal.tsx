import { App, Col, Form, Input, InputNumber, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useCreateOpening } from '../../api/rotationQueries';
import type { Capability, Opening, OpeningRequest, PostingType } from '../../api/types';
import { useSignedIn } from '../../app/session';
import { DateItem } from '../../components/DateItem';
import { FormModal } from '../../components/FormModal';
import { HostFields, HostKindField, toHostRequest, type HostValues } from '../../components/rotation/HostFields';
import { defaultPeriod } from '../../components/rotation/ProposePostingModal';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { useFormProblem } from '../../components/useFormProblem';
import { CAPABILITIES, enumOptions, POSTING_TYPES } from '../../domain/enums';

interface OpeningValues extends HostValues {
  unitId: string;
  type: PostingType;
  capabilities: Capability[];
  plannedStart: Dayjs;
  plannedEnd: Dayjs;
  places: number;
  description?: string;
}

export const OPENING_FORM_FIELDS = ['unitId', 'type', 'hostUnitId', 'hostOrganisation', 'region', 'capabilities', 'plannedStart', 'plannedEnd', 'places', 'description'] as const;

export function toOpeningRequest(values: OpeningValues): OpeningRequest {
  return {
    unitId: values.unitId,
    type: values.type,
    ...toHostRequest(values),
    capabilities: CAPABILITIES.filter((capability) => values.capabilities.includes(capability)),
    plannedStart: values.plannedStart.format('YYYY-MM-DD'),
    plannedEnd: values.plannedEnd.format('YYYY-MM-DD'),
    places: values.places,
    description: values.description?.trim() || undefined,
  };
}

/**
 * 发布挂职岗位: the unit whose cadres may go (its subtree is the candidate pool), the type, the host, the capabilities
 * the posting builds (they rank the candidates' gaps), the period and the places.
 */
export function OpeningModal({ onClose, onCreated }: { onClose: () => void; onCreated: (opening: Opening) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { session } = useSignedIn();
  const [form] = Form.useForm<OpeningValues>();
  const create = useCreateOpening();
  const showProblem = useFormProblem(form, OPENING_FORM_FIELDS);
  const field = (key: string) => t(`fields.opening.${key}`);
  const required = { required: true, message: t('form.required') };

  const submit = (values: OpeningValues) =>
    create.mutate(toOpeningRequest(values), {
      onSuccess: (opening) => {
        void message.success(t('rotation.openings.created'));
        onCreated(opening);
      },
      onError: showProblem,
    });

  return (
    <FormModal title={t('rotation.openings.create')} form={form} saving={create.isPending} width={720} onClose={onClose}>
      <Form<OpeningValues>
        form={form}
        layout="vertical"
        name="opening"
        onFinish={submit}
        initialValues={{ unitId: session.unitId, type: 'TEMPORARY_POST', hostKind: 'unit', capabilities: [], places: 1, ...defaultPeriod() }}
      >
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="unitId" label={field('unitId')} rules={[required]} extra={t('rotation.openings.unitHint')}>
              <UnitTreeSelect aria-label={field('unitId')} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="type" label={field('type')} rules={[required]}>
              <Select options={enumOptions(t, 'postingType', POSTING_TYPES)} aria-label={field('type')} />
            </Form.Item>
          </Col>
        </Row>
        <HostKindField />
        <HostFields />
        <Form.Item name="capabilities" label={field('capabilities')} extra={t('rotation.openings.capabilitiesHint')}>
          <Select mode="multiple" options={enumOptions(t, 'capability', CAPABILITIES)} aria-label={field('capabilities')} />
        </Form.Item>
        <Row gutter={16}>
          <Col span={9}>
            <DateItem name="plannedStart" label={t('fields.posting.plannedStart')} rules={[required]} />
          </Col>
          <Col span={9}>
            <DateItem name="plannedEnd" label={t('fields.posting.plannedEnd')} rules={[required]} />
          </Col>
          <Col span={6}>
            <Form.Item name="places" label={field('places')} rules={[required]}>
              <InputNumber min={1} max={100} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="description" label={field('description')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
