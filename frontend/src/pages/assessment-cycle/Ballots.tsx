import { App, Button, Col, Collapse, Descriptions, Form, InputNumber, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRecordBallots } from '../../api/assessmentQueries';
import type { DemocraticEvaluation, Grade } from '../../api/types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ballotsOf, type CapabilityScoreInputs } from '../../domain/assessment';
import { CAPABILITIES, enumLabel, GRADES } from '../../domain/enums';
import { formatShare } from '../../domain/trainingPlan';

/** 民主测评 so far: ballots per grade, the share rating 优秀 or 称职 (好评率) and the capability averages. */
export function DemocraticSummary({ democratic }: { democratic?: DemocraticEvaluation }) {
  const { t, i18n } = useTranslation();
  const ballots = democratic?.ballots ?? 0;
  if (ballots === 0) return <Typography.Text type="secondary">{t('assessment.ballots.none')}</Typography.Text>;
  const averages = CAPABILITIES.filter((capability) => democratic?.capabilityAverages?.[capability] != null);
  return (
    <Descriptions
      column={1}
      size="small"
      items={[
        { key: 'ballots', label: t('assessment.ballots.total'), children: t('assessment.ballots.count', { count: ballots }) },
        {
          key: 'grades',
          label: t('assessment.ballots.byGrade'),
          children: GRADES.map((grade) => t('assessment.gradeCount', { grade: enumLabel(t, 'grade', grade), count: democratic?.grades?.[grade] ?? 0 })).join(' · '),
        },
        {
          key: 'approval',
          label: t('assessment.ballots.approvalRate'),
          children: democratic?.approvalRate == null ? '—' : formatShare(democratic.approvalRate, i18n.language),
        },
        ...(averages.length > 0
          ? [
              {
                key: 'averages',
                label: t('assessment.ballots.averages'),
                children: averages.map((capability) => `${enumLabel(t, 'capability', capability)} ${democratic!.capabilityAverages![capability]}`).join(' · '),
              },
            ]
          : []),
      ]}
    />
  );
}

interface BallotValues {
  counts: Partial<Record<Grade, number | null>>;
  capabilityScores?: CapabilityScoreInputs;
}

/**
 * 录入民主测评票: a number of anonymous ballots per grade, all of them optionally carrying the same capability
 * scores (enter the ballots with different scores in several goes), sent with the review's `version` as shown.
 * One invalid ballot records none.
 */
export function BallotsForm({ cycleId, reviewId, version }: { cycleId: string; reviewId: string; version: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<BallotValues>();
  const record = useRecordBallots(cycleId, reviewId);

  const submit = (values: BallotValues) => {
    const ballots = ballotsOf(values.counts, values.capabilityScores);
    if (ballots.length === 0) {
      form.setFields([{ name: ['counts', 'EXCELLENT'], errors: [t('assessment.ballots.noneEntered')] }]);
      return;
    }
    record.mutate({ ballots, version }, {
      onSuccess: () => {
        void message.success(t('assessment.ballots.recorded', { count: ballots.length }));
        form.resetFields();
      },
    });
  };

  return (
    <Form<BallotValues> form={form} name="ballots" layout="vertical" onFinish={submit} aria-label={t('assessment.ballots.form')}>
      {record.isError && (
        <div style={{ marginBottom: 16 }}>
          <ProblemAlert error={record.error} />
        </div>
      )}
      <Row gutter={16}>
        {GRADES.map((grade) => (
          <Col span={6} key={grade}>
            <Form.Item name={['counts', grade]} label={t('assessment.ballots.gradeBallots', { grade: enumLabel(t, 'grade', grade) })}>
              <InputNumber min={0} max={500} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Collapse
        size="small"
        style={{ marginBottom: 16 }}
        items={[
          {
            key: 'scores',
            label: t('assessment.ballots.withScores'),
            children: (
              <Row gutter={16}>
                {CAPABILITIES.map((capability) => (
                  <Col span={6} key={capability}>
                    <Form.Item name={['capabilityScores', capability]} label={enumLabel(t, 'capability', capability)}>
                      <InputNumber min={0} max={100} precision={0} style={{ width: '100%' }} />
                    </Form.Item>
                  </Col>
                ))}
              </Row>
            ),
          },
        ]}
      />
      <Button htmlType="submit" loading={record.isPending}>
        {t('assessment.ballots.submit')}
      </Button>
    </Form>
  );
}
