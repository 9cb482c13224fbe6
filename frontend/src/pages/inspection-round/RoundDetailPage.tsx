import { ArrowLeftOutlined, HistoryOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Space, Steps, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useRound, useRoundFindings } from '../../api/inspectionQueries';
import type { InspectionRound } from '../../api/types';
import { useAccess } from '../../app/session';
import { FindingDrawer } from '../../components/inspection/FindingDrawer';
import { FindingTable } from '../../components/inspection/FindingTable';
import { RoundKindTag, RoundStatusTag } from '../../components/inspection/InspectionTags';
import { PageLoading } from '../../components/PageLoading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ProblemResult } from '../../components/ProblemResult';
import { enumLabel, ROUND_STATUSES } from '../../domain/enums';
import { acceptsFindings, mayWorkOnRound, recheckable } from '../../domain/inspection';
import { FollowUpModal } from './FollowUpModal';
import { RecordFindingModal } from './RecordFindingModal';
import { Rechecks } from './Rechecks';
import { RoundStageActions } from './RoundStageActions';

/** Every finding of a round fits one request: a round rarely has more than a few dozen. */
const ROUND_FINDINGS = { size: 200 };

/**
 * One round: its stages with the commands the user may give, the team, the units inspected and the dates; its
 * findings (录入问题 while on site or at feedback), 发起回头看 of the closed ones, and for a 回头看 the re-checks.
 */
export default function RoundDetailPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const access = useAccess();
  const { id = '' } = useParams();
  const round = useRound(id);
  const findings = useRoundFindings(id, ROUND_FINDINGS);
  const [openFinding, setOpenFinding] = useState<string>();
  const [recording, setRecording] = useState(false);
  const [followingUp, setFollowingUp] = useState(false);

  if (round.isPending) return <PageLoading />;
  if (round.isError) return <ProblemResult error={round.error} onRetry={() => void round.refetch()} />;
  const data = round.data;
  const items = findings.data?.items ?? [];
  const mayRecord = mayWorkOnRound(data) && acceptsFindings(data);
  // an audit is followed up by another audit, not a 回头看 (the service refuses one)
  const mayFollowUp = access.canInspect && data.kind !== 'AUDIT' && recheckable(items).length > 0;

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Space wrap>
          <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate('/inspection/rounds')} aria-label={t('common.back')} />
          <Typography.Title level={3} style={{ margin: 0 }}>
            {data.title}
          </Typography.Title>
          <RoundKindTag kind={data.kind} />
          {data.auditType && <Tag color="gold">{enumLabel(t, 'auditType', data.auditType)}</Tag>}
          <RoundStatusTag status={data.status} />
          {data.followUpOf && <Tag color="purple">{t('inspection.rounds.followUp')}</Tag>}
        </Space>
        <RoundStageActions round={data} />
      </Flex>
      <Card>
        <Flex vertical gap={24}>
          <Steps
            size="small"
            current={ROUND_STATUSES.indexOf(data.status ?? 'PLANNED')}
            items={ROUND_STATUSES.map((status) => ({ title: enumLabel(t, 'roundStatus', status) }))}
          />
          <RoundFacts round={data} />
        </Flex>
      </Card>
      {data.followUpOf && (
        <Card title={t('inspection.followUp.rechecks')}>
          <Rechecks round={data} onOpen={(finding) => setOpenFinding(finding.id)} />
        </Card>
      )}
      <Card
        title={t('inspection.finding.list', { count: findings.data?.total ?? 0 })}
        extra={
          <Space>
            {mayFollowUp && (
              <Button icon={<HistoryOutlined />} onClick={() => setFollowingUp(true)}>
                {t('inspection.followUp.title')}
              </Button>
            )}
            {mayRecord && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)}>
                {t('inspection.finding.record')}
              </Button>
            )}
          </Space>
        }
      >
        {findings.isError && <ProblemAlert error={findings.error} onRetry={() => void findings.refetch()} />}
        <FindingTable
          findings={items}
          loading={findings.isFetching}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          onOpen={(finding) => setOpenFinding(finding.id)}
          empty={mayRecord ? t('inspection.finding.emptyRecord') : t('inspection.finding.empty')}
        />
      </Card>
      <FindingDrawer findingId={openFinding} onClose={() => setOpenFinding(undefined)} />
      {recording && <RecordFindingModal round={data} findings={items} onClose={() => setRecording(false)} />}
      {followingUp && (
        <FollowUpModal round={data} findings={items} onClose={() => setFollowingUp(false)} onPlanned={(followUp) => navigate(`/inspection/rounds/${followUp.id}`)} />
      )}
    </Flex>
  );
}

function RoundFacts({ round }: { round: InspectionRound }) {
  const { t } = useTranslation();
  const access = useAccess();
  const field = (key: string) => t(`fields.round.${key}`);
  const audit = round.kind === 'AUDIT';
  return (
    <Descriptions
      bordered
      size="small"
      column={{ xs: 1, md: 2 }}
      items={[
        { key: 'owner', label: audit ? field('auditOwner') : field('ownerUnitId'), children: round.ownerUnitName },
        {
          key: 'targets',
          label: audit ? field('auditedUnit') : field('targetUnitIds'),
          children: (round.targets ?? []).map((target) => target.name).join(t('inspection.listSeparator')),
        },
        ...(audit
          ? [
              { key: 'auditType', label: field('auditType'), children: enumLabel(t, 'auditType', round.auditType) || '—' },
              {
                key: 'auditee',
                label: field('auditeeCadreId'),
                children:
                  round.auditeeCadreId && access.canSeeCadres ? (
                    <Link to={`/cadres/${round.auditeeCadreId}`}>{round.auditeeName ?? round.auditeeCadreId}</Link>
                  ) : (
                    (round.auditeeName ?? '—')
                  ),
              },
              {
                key: 'auditPeriod',
                label: field('auditPeriod'),
                children: round.auditFrom && round.auditTo ? t('rotation.period', { start: round.auditFrom, end: round.auditTo }) : '—',
              },
            ]
          : []),
        { key: 'leader', label: field('teamLeader'), children: round.teamLeader },
        { key: 'members', label: field('teamMembers'), children: (round.teamMembers ?? []).join(t('inspection.listSeparator')) || '—' },
        { key: 'onSite', label: field('onSite'), children: t('rotation.period', { start: round.onSiteStart, end: round.onSiteEnd }) },
        {
          key: 'feedback',
          label: field('feedbackDate'),
          children: round.feedbackOn ? t('inspection.rounds.feedbackGiven', { planned: round.feedbackDate, on: round.feedbackOn }) : round.feedbackDate,
        },
        {
          key: 'findings',
          label: field('findings'),
          children: (
            <Space>
              {t('inspection.rounds.findingsCount', { count: round.findings ?? 0, open: round.openFindings ?? 0 })}
              {(round.overdueFindings ?? 0) > 0 && <Typography.Text type="danger">{t('inspection.rounds.overdueCount', { count: round.overdueFindings })}</Typography.Text>}
            </Space>
          ),
        },
        { key: 'createdBy', label: field('createdBy'), children: round.createdBy },
        ...(round.followUpOf
          ? [{ key: 'followUpOf', label: field('followUpOf'), children: <Link to={`/inspection/rounds/${round.followUpOf}`}>{t('inspection.followUp.earlier')}</Link> }]
          : []),
      ]}
    />
  );
}
