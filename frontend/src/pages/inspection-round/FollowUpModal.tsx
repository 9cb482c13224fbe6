import { App, Checkbox, Col, Empty, Flex, Form, Input, Row, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { usePlanRound } from '../../api/inspectionQueries';
import type { Finding, InspectionRound, RoundRequest } from '../../api/types';
import { DateItem } from '../../components/DateItem';
import { FormModal } from '../../components/FormModal';
import { useFormProblem } from '../../components/useFormProblem';
import { recheckable } from '../../domain/inspection';

interface FollowUpValues {
  recheckFindingIds: string[];
  title: string;
  teamLeader: string;
  teamMembers?: string[];
  onSiteStart: Dayjs;
  onSiteEnd: Dayjs;
  feedbackDate: Dayjs;
}

export const FOLLOW_UP_FORM_FIELDS = ['recheckFindingIds', 'title', 'teamLeader', 'teamMembers', 'onSiteStart', 'onSiteEnd', 'feedbackDate', 'targetUnitIds'] as const;

/** A 回头看 of `round`: its kind and inspecting unit, the closed findings re-checked (their units become the targets). */
export function toFollowUpRequest(round: InspectionRound, values: FollowUpValues): RoundRequest {
  return {
    // a round read from the server always has both
    kind: round.kind!,
    ownerUnitId: round.ownerUnitId!,
    title: values.title.trim(),
    teamLeader: values.teamLeader.trim(),
    teamMembers: (values.teamMembers ?? []).map((member) => member.trim()).filter(Boolean),
    targetUnitIds: [],
    onSiteStart: values.onSiteStart.format('YYYY-MM-DD'),
    onSiteEnd: values.onSiteEnd.format('YYYY-MM-DD'),
    feedbackDate: values.feedbackDate.format('YYYY-MM-DD'),
    followUpOf: round.id,
    recheckFindingIds: values.recheckFindingIds,
  };
}

interface Props {
  round: InspectionRound;
  findings: readonly Finding[];
  onClose: () => void;
  onPlanned: (round: InspectionRound) => void;
}

/** 发起回头看: a follow-up round that re-checks closed findings of this one, fixed or to be reopened. */
export function FollowUpModal({ round, findings, onClose, onPlanned }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<FollowUpValues>();
  const plan = usePlanRound();
  const showProblem = useFormProblem(form, FOLLOW_UP_FORM_FIELDS);
  const closed = recheckable(findings);
  const field = (key: string) => t(`fields.round.${key}`);
  const required = { required: true, message: t('form.required') };

  const submit = (values: FollowUpValues) =>
    plan.mutate(toFollowUpRequest(round, values), {
      onSuccess: (followUp) => {
        void message.success(t('inspection.rounds.planned', { title: followUp.title }));
        onPlanned(followUp);
      },
      onError: showProblem,
    });

  return (
    <FormModal title={t('inspection.followUp.title')} form={form} saving={plan.isPending} width={760} onClose={onClose}>
      <Form<FollowUpValues>
        form={form}
        layout="vertical"
        name="followUp"
        onFinish={submit}
        initialValues={{
          recheckFindingIds: closed.map((finding) => finding.id!),
          title: t('inspection.followUp.defaultTitle', { title: round.title }),
          teamLeader: round.teamLeader,
          teamMembers: round.teamMembers ?? [],
        }}
      >
        <Form.Item
          name="recheckFindingIds"
          label={field('recheckFindingIds')}
          rules={[{ required: true, type: 'array', min: 1, message: t('inspection.followUp.findingsRequired') }]}
          extra={t('inspection.followUp.hint')}
        >
          {closed.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('inspection.followUp.noClosed')} />
          ) : (
            <Checkbox.Group style={{ width: '100%' }}>
              <Flex vertical gap={4}>
                {closed.map((finding) => (
                  <Checkbox key={finding.id} value={finding.id}>
                    <Typography.Text>{`${finding.unitName} · ${finding.category}`}</Typography.Text>{' '}
                    <Typography.Text type="secondary" ellipsis style={{ maxWidth: 420 }}>
                      {finding.description}
                    </Typography.Text>
                  </Checkbox>
                ))}
              </Flex>
            </Checkbox.Group>
          )}
        </Form.Item>
        <Form.Item name="title" label={field('title')} rules={[{ ...required, whitespace: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Row gutter={16}>
          <Col span={10}>
            <Form.Item name="teamLeader" label={field('teamLeader')} rules={[{ ...required, whitespace: true }]}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col span={14}>
            <Form.Item name="teamMembers" label={field('teamMembers')}>
              <Select mode="tags" open={false} tokenSeparators={[',', '，', '、']} aria-label={field('teamMembers')} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col span={8}>
            <DateItem name="onSiteStart" label={field('onSiteStart')} rules={[required]} />
          </Col>
          <Col span={8}>
            <DateItem name="onSiteEnd" label={field('onSiteEnd')} rules={[required]} />
          </Col>
          <Col span={8}>
            <DateItem name="feedbackDate" label={field('feedbackDate')} rules={[required]} />
          </Col>
        </Row>
      </Form>
    </FormModal>
  );
}
