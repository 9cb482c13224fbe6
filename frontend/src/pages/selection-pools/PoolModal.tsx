import { Col, Form, Input, InputNumber, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCreatePool } from '../../api/selectionQueries';
import type { RankLevel, ReservePool, ReservePoolRequest } from '../../api/types';
import { RankLevelField, UnitField } from '../../components/selection/SelectionFields';
import { CreateFormModal, type CreateModalProps } from '../../components/selection/CreateFormModal';

export interface PoolValues {
  unitId: string;
  name: string;
  level: RankLevel;
  maxAge?: number | null;
  gradeYears?: number | null;
  description?: string;
}

/** Named as the request's fields, so the server's violations land on them. */
const POOL_FIELDS = ['unitId', 'name', 'level', 'maxAge', 'gradeYears', 'description'] as const;

/** The request: an empty age limit is none, empty years the service's default (3). */
export function toPoolRequest(values: PoolValues): ReservePoolRequest {
  return {
    unitId: values.unitId,
    name: values.name.trim(),
    level: values.level,
    maxAge: values.maxAge ?? undefined,
    gradeYears: values.gradeYears ?? undefined,
    description: values.description?.trim() || undefined,
  };
}

/** 新建后备干部库: the unit, its name, the level of the posts it prepares for, and its entry rules. */
export function PoolModal({ onClose, onCreated }: CreateModalProps<ReservePool>) {
  const { t } = useTranslation();
  const create = useCreatePool();
  const required = { required: true, message: t('form.required') };
  const field = (key: string) => t(`fields.pool.${key}`);

  return (
    <CreateFormModal title={t('selection.pools.create')} width={640} name="pool" onClose={onClose} onCreated={onCreated}
      mutation={create} fields={POOL_FIELDS} toRequest={toPoolRequest}
      createdText={(created) => t('selection.pools.created', { name: created.name })}
    >
      <UnitField label={field('unitId')} />
      <Form.Item name="name" label={field('name')} rules={[{ ...required, whitespace: true }]}>
        <Input maxLength={120} placeholder={t('selection.pools.namePlaceholder')} aria-label={field('name')} />
      </Form.Item>
      <RankLevelField name="level" label={field('level')} />
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="maxAge" label={field('maxAge')} extra={t('selection.pools.maxAgeHint')}>
            <InputNumber min={18} max={65} precision={0} style={{ width: '100%' }} aria-label={field('maxAge')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="gradeYears" label={field('gradeYears')} extra={t('selection.pools.gradeYearsHint')}>
            <InputNumber min={1} max={5} precision={0} placeholder="3" style={{ width: '100%' }} aria-label={field('gradeYears')} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="description" label={field('description')}>
        <Input.TextArea rows={3} maxLength={2000} showCount aria-label={field('description')} />
      </Form.Item>
    </CreateFormModal>
  );
}
