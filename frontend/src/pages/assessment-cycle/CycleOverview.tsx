import { CheckCircleOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Descriptions, Flex, Popconfirm, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFinalizeCycle } from '../../api/assessmentQueries';
import type { AssessmentCycle } from '../../api/types';
import { useAccess } from '../../app/session';
import { QuotaStatus } from '../../components/assessment/QuotaStatus';
import { GradeDistributionChart } from '../../components/charts/GradeDistributionChart';
import { ProblemAlert } from '../../components/ProblemAlert';
import { gradeCounts, quotaStanding } from '../../domain/assessment';
import { formatInstant } from '../../domain/format';
import { formatShare } from '../../domain/trainingPlan';
import { RaisedQuota } from './RaisedQuota';

/**
 * 等次分布与优秀比例: the grades against the 优秀 quota as a chart, the raised-rate approval, and 确定等次 for HR and
 * administrators. A refusal (beyond the quota, a blocked 优秀, reviews without a grade) stays on the page, with
 * the service's account of it, until the next attempt.
 */
export function CycleOverview({ cycle }: { cycle: AssessmentCycle }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const access = useAccess();
  const finalize = useFinalizeCycle(cycle.id!);
  const standing = quotaStanding(cycle);
  const open = cycle.status === 'OPEN';

  const confirmFinalize = () =>
    finalize.mutate(cycle.version, { onSuccess: () => void message.success(t('assessment.finalize.done')) });

  return (
    <Card
      title={t('assessment.cycle.overview')}
      extra={
        open &&
        access.canRunAssessment && (
          <Popconfirm
            title={t('assessment.finalize.confirm')}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            onConfirm={confirmFinalize}
          >
            <Button type="primary" icon={<CheckCircleOutlined />} loading={finalize.isPending}>
              {t('assessment.finalize.button')}
            </Button>
          </Popconfirm>
        )
      }
    >
      <Flex vertical gap={16}>
        {finalize.isError && <ProblemAlert error={finalize.error} showFields={false} />}
        <Row gutter={[24, 16]} align="middle">
          <Col xs={24} lg={13}>
            <GradeDistributionChart counts={gradeCounts(cycle)} quota={standing.quota} assessed={cycle.assessed ?? 0} />
          </Col>
          <Col xs={24} lg={11}>
            <Descriptions
              column={1}
              size="small"
              items={[
                { key: 'assessed', label: t('fields.cycle.assessed'), children: t('assessment.people', { count: cycle.assessed ?? 0 }) },
                {
                  key: 'graded',
                  label: t('fields.cycle.graded'),
                  children: t('assessment.cycles.gradedOf', { graded: cycle.graded ?? 0, assessed: cycle.assessed ?? 0 }),
                },
                { key: 'quota', label: t('fields.cycle.quota'), children: <QuotaStatus cycle={cycle} /> },
                ...((cycle.ungraded ?? 0) + (cycle.pendingConclusion ?? 0) > 0
                  ? [
                      {
                        key: 'ungraded',
                        label: t('fields.cycle.ungraded'),
                        children: t('assessment.cycles.ungradedOf', { ungraded: cycle.ungraded ?? 0, pending: cycle.pendingConclusion ?? 0, base: cycle.quota?.assessed ?? 0 }),
                      },
                    ]
                  : []),
                ...(cycle.pool
                  ? [
                      {
                        key: 'pool',
                        label: t('fields.cycle.pool'),
                        children: (
                          <Typography.Text type={cycle.pool.allowed === false ? 'danger' : undefined}>
                            {t('assessment.quota.pool', {
                              parent: cycle.pool.parentUnitName,
                              units: cycle.pool.units ?? 0,
                              assessed: cycle.pool.assessed ?? 0,
                              quota: cycle.pool.quota ?? 0,
                              excellent: cycle.pool.excellent ?? 0,
                            })}
                          </Typography.Text>
                        ),
                      },
                    ]
                  : []),
                {
                  key: 'rate',
                  label: t('fields.cycle.rate'),
                  children: t('assessment.quota.rate', {
                    rate: formatShare(standing.rate, i18n.language),
                    standard: cycle.quota?.standardQuota ?? 0,
                    raised: cycle.quota?.raisedQuota ?? 0,
                  }),
                },
                { key: 'raised', label: t('fields.cycle.raisedQuota'), children: <RaisedQuota cycle={cycle} /> },
                ...(cycle.selfReportDue
                  ? [{ key: 'selfReportDue', label: t('fields.cycle.selfReportDue'), children: cycle.selfReportDue }]
                  : []),
                ...(cycle.finalizedAt
                  ? [
                      {
                        key: 'finalized',
                        label: t('fields.cycle.finalizedAt'),
                        children: t('assessment.finalize.by', { by: cycle.finalizedBy, at: formatInstant(cycle.finalizedAt, i18n.language) }),
                      },
                    ]
                  : []),
              ]}
            />
          </Col>
        </Row>
      </Flex>
    </Card>
  );
}
