import { Card, Col, Empty, Flex, Row, Table, Tooltip, Typography, theme, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCapabilityProfile } from '../../api/assessmentQueries';
import type { CapabilityProfile, GradeEntry } from '../../api/types';
import { radarValues, scoreHistory, type HistoryRow } from '../../domain/capabilityProfile';
import { supervisionNote } from '../../domain/eligibility';
import { CAPABILITIES, enumLabel } from '../../domain/enums';
import { RadarChart } from '../charts/RadarChart';
import { PageLoading } from '../PageLoading';
import { ProblemAlert } from '../ProblemAlert';
import { ConsequenceTags, OutcomeTag } from './AssessmentTags';
import { CapabilityTable } from './CapabilityTable';
import { EligibilityCard } from './EligibilityCard';

function CapabilityRadar({ profile }: { profile: CapabilityProfile }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { scores, peerMedians } = radarValues(profile);
  const hasPeers = peerMedians.some((median) => median != null);
  return (
    <RadarChart
      title={t('assessment.profile.radarTitle', { name: profile.name })}
      axisTitle={t('assessment.profile.capability')}
      axes={CAPABILITIES.map((capability) => enumLabel(t, 'capability', capability))}
      series={[
        { key: 'score', label: t('assessment.profile.score'), values: scores, color: token.colorPrimary },
        ...(hasPeers ? [{ key: 'peerMedian', label: t('assessment.profile.peerMedian'), values: peerMedians, color: token.colorWarning, dashed: true }] : []),
      ]}
    />
  );
}

/** 历年得分: per capability, the score kept when each cycle was finalised. */
function ScoreHistory({ profile }: { profile: CapabilityProfile }) {
  const { t } = useTranslation();
  const { years, rows } = scoreHistory(profile);
  if (years.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('assessment.profile.noHistory')} />;
  const columns: TableColumnsType<HistoryRow> = [
    { title: t('assessment.profile.capability'), dataIndex: 'capability', key: 'capability', render: (capability) => enumLabel(t, 'capability', capability) },
    ...years.map((year) => ({
      title: t('assessment.yearOption', { year }),
      key: String(year),
      align: 'right' as const,
      render: (_: unknown, row: HistoryRow) => row.scores[year] ?? '',
    })),
  ];
  return <Table<HistoryRow> rowKey="capability" size="small" columns={columns} dataSource={rows} pagination={false} />;
}

/** 历年等次 (or 不定等次, and why) and what each brought (嘉奖, 诫勉谈话…). */
export function GradeHistory({ grades }: { grades: readonly GradeEntry[] }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<GradeEntry> = [
    { title: t('fields.review.year'), dataIndex: 'year', key: 'year', width: 90 },
    {
      title: t('fields.review.finalGrade'),
      dataIndex: 'grade',
      key: 'grade',
      width: 150,
      render: (grade, entry) =>
        entry.note ? (
          <Tooltip title={supervisionNote(t, entry, entry.year)}>
            <span>
              <OutcomeTag outcome={entry.outcome} grade={grade} />
            </span>
          </Tooltip>
        ) : (
          <OutcomeTag outcome={entry.outcome} grade={grade} />
        ),
    },
    { title: t('fields.review.consequences'), dataIndex: 'consequences', key: 'consequences', render: (kinds) => <ConsequenceTags consequences={kinds} /> },
  ];
  return (
    <Table<GradeEntry>
      rowKey="year"
      size="small"
      columns={columns}
      dataSource={[...grades]}
      pagination={false}
      locale={{ emptyText: t('assessment.profile.noGrades') }}
    />
  );
}

/**
 * 能力画像: the eight scores against the peers' median as a radar, each score's evidence, the history per cycle,
 * the grades with their consequences, and eligibility as a candidate for promotion.
 */
export function CapabilityProfileView({ cadreId }: { cadreId: string }) {
  const { t } = useTranslation();
  const profile = useCapabilityProfile(cadreId);
  if (profile.isPending) return <PageLoading />;
  if (profile.isError) return <ProblemAlert error={profile.error} onRetry={() => void profile.refetch()} />;
  const data = profile.data;

  return (
    <Flex vertical gap={16}>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card
            title={t('assessment.profile.title')}
            extra={!data.computed && <Typography.Text type="secondary">{t('assessment.profile.notKept')}</Typography.Text>}
          >
            <CapabilityRadar profile={data} />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Flex vertical gap={16}>
            <EligibilityCard cadreId={cadreId} />
            <Card title={t('assessment.profile.grades')} size="small">
              <GradeHistory grades={data.grades ?? []} />
            </Card>
          </Flex>
        </Col>
      </Row>
      <Card
        title={t('assessment.profile.capabilities')}
        extra={<Typography.Text type="secondary">{t('assessment.profile.threshold', { threshold: data.gapThreshold })}</Typography.Text>}
      >
        <CapabilityTable profile={data} />
      </Card>
      <Card title={t('assessment.profile.history')}>
        <ScoreHistory profile={data} />
      </Card>
    </Flex>
  );
}
