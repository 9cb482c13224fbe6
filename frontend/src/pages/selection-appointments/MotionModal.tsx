import { Col, Form, Input, Radio, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMotion } from '../../api/selectionQueries';
import type { Appointment, AppointmentMotion, RankLevel, SelectionMethod } from '../../api/types';
import { RankLevelField, UnitField } from '../../components/selection/SelectionFields';
import { CreateFormModal, type CreateModalProps } from '../../components/selection/CreateFormModal';
import { enumOptions, SELECTION_METHODS } from '../../domain/enums';

interface MotionValues {
  unitId: string;
  postTitle: string;
  rankLevel: RankLevel;
  method: SelectionMethod;
  reason: string;
}

/** Named as the request's fields, so the server's violations land on them. */
const MOTION_FIELDS = ['unitId', 'postTitle', 'rankLevel', 'method', 'reason'] as const;

export function toMotion(values: MotionValues): AppointmentMotion {
  return { unitId: values.unitId, postTitle: values.postTitle.trim(), rankLevel: values.rankLevel, method: values.method, reason: values.reason.trim() };
}

/**
 * 动议 (分析研判和动议): the post of the unit to be filled, its rank, why (the vacancy, the analysis of the team) and how
 * (民主推荐, 竞争上岗, 公开选拔). The trail starts here and keeps this as its first step.
 */
export function MotionModal({ onClose, onCreated }: CreateModalProps<Appointment>) {
  const { t } = useTranslation();
  const motion = useMotion();
  const required = { required: true, message: t('form.required') };
  const field = (key: string) => t(`fields.appointment.${key}`);

  return (
    <CreateFormModal title={t('selection.motion.title')} width={640} name="motion" onClose={onClose} onCreated={onCreated}
      mutation={motion} fields={MOTION_FIELDS} toRequest={toMotion}
      createdText={(trail) => t('selection.motion.created', { post: trail.postTitle })}
      hint={<Typography.Paragraph type="secondary">{t('selection.motion.hint')}</Typography.Paragraph>}
      initialValues={{ method: 'RECOMMENDATION' }}
    >
      <UnitField label={field('unitId')} />
      <Row gutter={16}>
        <Col xs={24} md={14}>
          <Form.Item name="postTitle" label={field('postTitle')} rules={[{ ...required, whitespace: true }]}>
            <Input maxLength={120} placeholder={t('selection.motion.postPlaceholder')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <RankLevelField name="rankLevel" label={field('rankLevel')} />
        </Col>
      </Row>
      <Form.Item name="method" label={field('method')} rules={[required]}>
        <Radio.Group optionType="button" buttonStyle="solid" options={enumOptions(t, 'selectionMethod', SELECTION_METHODS)} aria-label={field('method')} />
      </Form.Item>
      <Form.Item name="reason" label={field('reason')} rules={[{ ...required, whitespace: true }]}>
        <Input.TextArea rows={4} maxLength={2000} showCount placeholder={t('selection.motion.reasonPlaceholder')} />
      </Form.Item>
    </CreateFormModal>
  );
}
