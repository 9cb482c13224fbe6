import { App, Col, Form, Input, Radio, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMotion } from '../../api/selectionQueries';
import type { Appointment, AppointmentMotion, RankLevel, SelectionMethod } from '../../api/types';
import { useSignedIn } from '../../app/session';
import { FormModal } from '../../components/FormModal';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { useFormProblem } from '../../components/useFormProblem';
import { enumOptions, RANK_LEVELS, SELECTION_METHODS } from '../../domain/enums';

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
export function MotionModal({ onClose, onCreated }: { onClose: () => void; onCreated: (trail: Appointment) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { session } = useSignedIn();
  const [form] = Form.useForm<MotionValues>();
  const motion = useMotion();
  const showProblem = useFormProblem(form, MOTION_FIELDS);
  const required = { required: true, message: t('form.required') };
  const field = (key: string) => t(`fields.appointment.${key}`);

  const submit = (values: MotionValues) =>
    motion.mutate(toMotion(values), {
      onSuccess: (trail) => {
        void message.success(t('selection.motion.created', { post: trail.postTitle }));
        onClose();
        onCreated(trail);
      },
      onError: showProblem,
    });

  return (
    <FormModal title={t('selection.motion.title')} form={form} saving={motion.isPending} width={640} onClose={onClose}>
      <Typography.Paragraph type="secondary">{t('selection.motion.hint')}</Typography.Paragraph>
      <Form<MotionValues> form={form} layout="vertical" name="motion" onFinish={submit} initialValues={{ unitId: session.unitId ?? undefined, method: 'RECOMMENDATION' }}>
        <Form.Item name="unitId" label={field('unitId')} rules={[required]}>
          <UnitTreeSelect aria-label={field('unitId')} />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={14}>
            <Form.Item name="postTitle" label={field('postTitle')} rules={[{ ...required, whitespace: true }]}>
              <Input maxLength={120} placeholder={t('selection.motion.postPlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item name="rankLevel" label={field('rankLevel')} rules={[required]}>
              <Select options={enumOptions(t, 'rankLevel', RANK_LEVELS)} aria-label={field('rankLevel')} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="method" label={field('method')} rules={[required]}>
          <Radio.Group optionType="button" buttonStyle="solid" options={enumOptions(t, 'selectionMethod', SELECTION_METHODS)} aria-label={field('method')} />
        </Form.Item>
        <Form.Item name="reason" label={field('reason')} rules={[{ ...required, whitespace: true }]}>
          <Input.TextArea rows={4} maxLength={2000} showCount placeholder={t('selection.motion.reasonPlaceholder')} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
