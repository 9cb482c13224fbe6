import { Checkbox, Col, Form, Input, InputNumber, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCreateKeyPost } from '../../api/selectionQueries';
import type { Capability, KeyPost, KeyPostRequest, PostExperience, RankLevel } from '../../api/types';
import { RankLevelField, UnitField } from '../../components/selection/SelectionFields';
import { CreateFormModal, type CreateModalProps } from '../../components/selection/CreateFormModal';
import { CAPABILITIES, enumLabel, enumOptions, POST_EXPERIENCES } from '../../domain/enums';

export interface KeyPostValues {
  unitId: string;
  title: string;
  level: RankLevel;
  /** Per capability, empty when the post asks nothing of it. */
  minimumScores?: Partial<Record<Capability, number | null>>;
  /** The experience asked, none by default. */
  experience?: PostExperience[];
  description?: string;
}

const KEY_POST_FIELDS = ['unitId', 'title', 'level', 'minimumScores', 'experience', 'description'] as const;

/** The request: only the capabilities given a minimum. */
export function toKeyPostRequest(values: KeyPostValues): KeyPostRequest {
  const minimumScores = Object.fromEntries(
    CAPABILITIES.flatMap((capability) => {
      const score = values.minimumScores?.[capability];
      return score == null ? [] : [[capability, score]];
    }),
  );
  return {
    unitId: values.unitId,
    title: values.title.trim(),
    level: values.level,
    minimumScores,
    experience: POST_EXPERIENCES.filter((experience) => values.experience?.includes(experience)),
    description: values.description?.trim() || undefined,
  };
}

/**
 * 设立关键岗位: the unit, the title, the level, the minimum score (0–100) per capability it asks, each optional, and the
 * experience it asks (a completed posting gives it).
 */
export function KeyPostModal({ onClose, onCreated }: CreateModalProps<KeyPost>) {
  const { t } = useTranslation();
  const create = useCreateKeyPost();
  const required = { required: true, message: t('form.required') };
  const field = (key: string) => t(`fields.keyPost.${key}`);

  return (
    <CreateFormModal title={t('selection.keyPosts.create')} width={720} name="keyPost" onClose={onClose} onCreated={onCreated}
      mutation={create} fields={KEY_POST_FIELDS} toRequest={toKeyPostRequest}
      createdText={(created) => t('selection.keyPosts.created', { title: created.title })}
    >
      <Row gutter={16}>
        <Col xs={24} md={14}>
          <UnitField label={field('unitId')} />
        </Col>
        <Col xs={24} md={10}>
          <RankLevelField name="level" label={field('level')} />
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
      <Form.Item name="experience" label={field('experience')} extra={t('selection.keyPosts.experienceHint')}>
        <Checkbox.Group options={enumOptions(t, 'postExperience', POST_EXPERIENCES)} aria-label={field('experience')} />
      </Form.Item>
      <Form.Item name="description" label={field('description')}>
        <Input.TextArea rows={3} maxLength={2000} showCount aria-label={field('description')} />
      </Form.Item>
    </CreateFormModal>
  );
}
