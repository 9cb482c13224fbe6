import { App, Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCreatePool } from '../../api/selectionQueries';
import type { RankLevel, ReservePool, ReservePoolRequest } from '../../api/types';
import { useSignedIn } from '../../app/session';
import { FormModal } from '../../components/FormModal';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { useFormProblem } from '../../components/useFormProblem';
import { enumOptions, RANK_LEVELS } from '../../domain/enums';

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

interface Props {
  onClose: () => void;
  onCreated: (pool: ReservePool) => void;
}

/** 新建后备干部库: the unit, its name, the level of the posts it prepares for, and its entry rules. */
export function PoolModal({ onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { session } = useSignedIn();
  const [form] = Form.useForm<PoolValues>();
  const create = useCreatePool();
  const showProblem = useFormProblem(form, POOL_FIELDS);
  const required = { required: true, message: t('form.required') };
  const field = (key: string) => t(`fields.pool.${key}`);

  const submit = (values: PoolValues) =>
    create.mutate(toPoolRequest(values), {
      onSuccess: (created) => {
        void message.success(t('selection.pools.created', { name: created.name }));
        onClose();
        onCreated(created);
      },
      onError: showProblem,
    });

  return (
    <FormModal title={t('selection.pools.create')} form={form} saving={create.isPending} width={640} onClose={onClose}>
      <Form<PoolValues> form={form} layout="vertical" name="pool" onFinish={submit} initialValues={{ unitId: session.unitId ?? undefined }}>
        <Form.Item name="unitId" label={field('unitId')} rules={[required]}>
          <UnitTreeSelect aria-label={field('unitId')} />
        </Form.Item>
        <Form.Item name="name" label={field('name')} rules={[{ ...required, whitespace: true }]}>
          <Input maxLength={120} placeholder={t('selection.pools.namePlaceholder')} aria-label={field('name')} />
        </Form.Item>
        <Form.Item name="level" label={field('level')} rules={[required]}>
          <Select options={enumOptions(t, 'rankLevel', RANK_LEVELS)} aria-label={field('level')} />
        </Form.Item>
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
      </Form>
    </FormModal>
  );
}
