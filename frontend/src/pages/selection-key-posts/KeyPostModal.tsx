import { App, Col, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCreateKeyPost } from '../../api/selectionQueries';
import type { Capability, KeyPost, KeyPostRequest, RankLevel } from '../../api/types';
import { useSignedIn } from '../../app/session';
import { FormModal } from '../../components/FormModal';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { useFormProblem } from '../../components/useFormProblem';
import { CAPABILITIES, enumLabel, enumOptions, RANK_LEVELS } from '../../domain/enums';

export interface KeyPostValues {
  unitId: string;
  title: string;
  level: RankLevel;
  /** Per capability, empty when the post asks nothing of it. */
  minimumScores?: Partial<Record<Capability, number | null>>;
  description?: string;
}

const KEY_POST_FIELDS = ['unitId', 'title', 'level', 'minimumScores', 'description'] as const;

/** The request: only the capabilities given a minimum. */
export function toKeyPostRequest(values: KeyPostValues): KeyPostRequest {
  const minimumScores = Object.fromEntries(
    CAPABILITIES.flatMap((capability) => {
      const score = values.minimumScores?.[capability];
      return score == null ? [] : [[capability, score]];
    }),
  );
  return { unitId: values.unitId, title: values.title.trim(), level: values.level, minimumScores, description: values.description?.trim() || undefined };
}

interface Props {
  onClose: () => void;
  onCreated: (post: KeyPost) => void;
}

/** 设立关键岗位: the unit, the title, the level, and the minimum score (0–100) per capability it asks, each optional. */
export function KeyPostModal({ onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { session } = useSignedIn();
  const [form] = Form.useForm<KeyPostValues>();
  const create = useCreateKeyPost();
  const showProblem = useFormProblem(form, KEY_POST_FIELDS);
  const required = { required: true, message: t('form.required') };
  const field = (key: string) => t(`fields.keyPost.${key}`);

  const submit = (values: KeyPostValues) =>
    create.mutate(toKeyPostRequest(values), {
      onSuccess: (created) => {
        void message.success(t('selection.keyPosts.created', { title: created.title }));
        onClose();
        onCreated(created);
      },
      onError: showProblem,
    });

  return (
    <FormModal title={t('selection.keyPosts.create')} form={form} saving={create.isPending} width={720} onClose={onClose}>
      <Form<KeyPostValues> form={form} layout="vertical" name="keyPost" onFinish={submit} initialValues={{ unitId: session.unitId ?? undefined }}>
        <Row gutter={16}>
          <Col xs={24} md={14}>
            <Form.Item name="unitId" label={field('unitId')} rules={[required]}>
              <UnitTreeSelect aria-label={field('unitId')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item name="level" label={field('level')} rules={[required]}>
              <Select options={enumOptions(t, 'rankLevel', RANK_LEVELS)} aria-label={field('level')} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="title" label={field('title')} rules={[{ ...required, whitespace: true }]}>
          <Input maxLength={120} placeholder={t('selection.keyPosts.titlePlaceholder')} aria-label={field('title')} />
        </Form.Item>
        <Typography.Text strong>{field('minimumScores')}</Typography.Text>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {t('selection.keyPosts.minimumHint')}
        </Typography.Paragraph>
        <Row gutter={16}>
          {CAPABILITIES.map((capability) => (
            <Col key={capability} xs={24} md={12}>
              <Form.Item name={['minimumScores', capability]} label={enumLabel(t, 'capability', capability)}>
                <InputNumber min={0} max={100} precision={0} style={{ width: '100%' }} aria-label={enumLabel(t, 'capability', capability)} />
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Form.Item name="description" label={field('description')}>
          <Input.TextArea rows={3} maxLength={2000} showCount aria-label={field('description')} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
