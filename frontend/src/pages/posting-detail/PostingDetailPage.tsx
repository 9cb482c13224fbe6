import { ArrowLeftOutlined, RadarChartOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Flex, Row, Space, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { usePosting, usePostingAudit } from '../../api/rotationQueries';
import type { Posting } from '../../api/types';
import { useAccess } from '../../app/session';
import { AuditTable } from '../../components/audit/AuditTable';
import { POSTING_AUDIT } from '../../components/audit/auditValues';
import { PageLoading } from '../../components/PageLoading';
import { ProblemResult } from '../../components/ProblemResult';
import { PostingActions } from '../../components/rotation/PostingActions';
import { CareOverdueTag, EvaluationTag, PostingStatusTag, PostingTypeTag, RegionTag } from '../../components/rotation/RotationTags';
import { CapabilityTags } from '../../components/training/CapabilityTags';
import { enumLabel } from '../../domain/enums';
import { CheckIns } from './CheckIns';
import { PostingTimeline } from './PostingTimeline';
import { cadreLabel } from '../../domain/format';

/**
 * One posting: everything about it, its workflow so far, the commands the user may give, 谈心走访 while it runs,
 * 期满鉴定 once completed and, for staff, who changed it.
 */
export default function PostingDetailPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const access = useAccess();
  const { id = '' } = useParams();
  const posting = usePosting(id);
  const audit = usePostingAudit(id, access.canSeePostingAudit);

  if (posting.isPending) return <PageLoading />;
  if (posting.isError) return <ProblemResult error={posting.error} onRetry={() => void posting.refetch()} />;
  const data = posting.data;

  const tabs = [
    { key: 'checkIns', label: t('rotation.checkIns.title'), children: <CheckIns posting={data} /> },
    ...(access.canSeePostingAudit ? [{ key: 'audit', label: t('rotation.detail.audit'), children: <AuditTable audit={audit} vocabulary={POSTING_AUDIT} /> }] : []),
  ];

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Space wrap>
          <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)} aria-label={t('common.back')} />
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('rotation.detail.title', { name: data.name, type: enumLabel(t, 'postingType', data.type) })}
          </Typography.Title>
          <PostingStatusTag status={data.status} />
          <CareOverdueTag overdue={data.careOverdue} />
        </Space>
        <PostingActions posting={data} />
      </Flex>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Flex vertical gap={16}>
            <Card title={t('rotation.detail.info')}>
              <PostingFacts posting={data} />
            </Card>
            {data.status === 'COMPLETED' && (
              <Card title={t('rotation.detail.evaluation')}>
                <Evaluation posting={data} />
              </Card>
            )}
          </Flex>
        </Col>
        <Col xs={24} xl={8}>
          <Card title={t('rotation.detail.timeline')}>
            <PostingTimeline posting={data} />
          </Card>
        </Col>
      </Row>
      <Card>
        <Tabs items={tabs} destroyOnHidden />
      </Card>
    </Flex>
  );
}

function PostingFacts({ posting }: { posting: Posting }) {
  const { t } = useTranslation();
  const access = useAccess();
  const field = (key: string) => t(`fields.posting.${key}`);
  const items = [
    {
      key: 'cadre',
      label: field('cadre'),
      children: (
        <Space wrap>
          <span>{cadreLabel(posting.name, posting.employeeNumber)}</span>
          {access.canSeeCapabilityProfiles && (
            <Link to={`/assessment/profiles/${posting.cadreId}`}>
              <RadarChartOutlined /> {t('assessment.profile.open')}
            </Link>
          )}
        </Space>
      ),
    },
    { key: 'rankLevel', label: field('rankLevel'), children: enumLabel(t, 'rankLevel', posting.rankLevel) },
    {
      key: 'home',
      label: field('homeUnitName'),
      children: (
        <Space>
          {posting.unitName}
          <RegionTag region={posting.homeRegion} />
        </Space>
      ),
    },
    { key: 'type', label: field('type'), children: <PostingTypeTag type={posting.type} /> },
    {
      key: 'host',
      label: field('host'),
      children: (
        <Space>
          {posting.hostOrganisation}
          <RegionTag region={posting.region} />
        </Space>
      ),
    },
    {
      key: 'exchange',
      label: field('exchange'),
      children: [
        posting.homeRegion && posting.region && posting.homeRegion !== posting.region ? t('rotation.detail.crossRegion') : null,
        posting.crossDepartment ? t('rotation.detail.crossDepartment') : null,
      ]
        .filter(Boolean)
        .join(t('rotation.detail.and')) || t('rotation.detail.noExchange'),
    },
    { key: 'period', label: field('period'), children: t('rotation.period', { start: posting.plannedStart, end: posting.plannedEnd }) },
    { key: 'startedOn', label: field('startedOn'), children: posting.startedOn ?? '—' },
    { key: 'endedOn', label: field('endedOn'), children: posting.endedOn ?? '—' },
    { key: 'lastCheckIn', label: field('lastCheckIn'), children: posting.lastCheckIn ?? '—' },
    { key: 'purpose', label: field('purpose'), span: 2, children: posting.purpose ?? '—' },
    ...(posting.status === 'CANCELLED'
      ? [{ key: 'cancelReason', label: field('cancelReason'), span: 2, children: posting.cancelReason }]
      : []),
    ...(posting.proposalId ? [{ key: 'source', label: field('source'), span: 2, children: t('rotation.detail.fromProposal') }] : []),
    ...(posting.openingId ? [{ key: 'source', label: field('source'), span: 2, children: t('rotation.detail.fromOpening') }] : []),
  ];
  return <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} items={items} />;
}

/** 期满鉴定: the host's grade, the capabilities the posting exercised and the remarks. */
function Evaluation({ posting }: { posting: Posting }) {
  const { t } = useTranslation();
  const field = (key: string) => t(`fields.posting.${key}`);
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      items={[
        { key: 'evaluation', label: field('evaluation'), children: <EvaluationTag evaluation={posting.evaluation} /> },
        { key: 'capabilities', label: field('capabilitiesExercised'), children: <CapabilityTags capabilities={posting.capabilitiesExercised} /> },
        { key: 'remarks', label: field('evaluationRemarks'), children: <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{posting.evaluationRemarks}</Typography.Text> },
        { key: 'evaluatedBy', label: field('evaluatedBy'), children: posting.evaluatedBy },
      ]}
    />
  );
}
