import { Empty, Flex, Table, Tag, Typography, type TableColumnsType, type TablePaginationConfig } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CapabilityGap, CapabilityProfile, FindingPage, GapPage, MeasurePage, Posting, PostingPage, TrainingRecordPage, TripPage } from '../../api/types';
import { useAccess } from '../../app/session';
import { GapStatusTag } from '../../components/assessment/AssessmentTags';
import { CapabilityTable } from '../../components/assessment/CapabilityTable';
import { GradeHistory } from '../../components/assessment/CapabilityProfileView';
import { FindingTable } from '../../components/inspection/FindingTable';
import { MeasureRecordTable } from '../../components/inspection/MeasureRecordTable';
import { EvaluationTag, PostingStatusTag, PostingTypeTag, RegionTag } from '../../components/rotation/RotationTags';
import { CapabilityTags } from '../../components/training/CapabilityTags';
import { RecordTable } from '../../components/training/RecordTable';
import { enumLabel } from '../../domain/enums';
import { formatInstant } from '../../domain/format';
import { TripTable } from '../travel/TripTable';
import { SubSection } from './PortfolioCard';

interface Paged<T> {
  items?: T[];
  total?: number;
}

/**
 * The rows a service sent, ten to a page on screen with 共 N 条 from the service's total (which may count more than it
 * sent); every row when printing, the total below them.
 */
function usePaging<T>(page: Paged<T>, printing: boolean): { rows: T[]; pagination: TablePaginationConfig | false; total: ReactNode; empty: ReactNode } {
  const { t } = useTranslation();
  const rows = page.items ?? [];
  const total = page.total ?? rows.length;
  const count = total > rows.length ? t('portfolio.totalShown', { count: total, shown: rows.length }) : t('portfolio.total', { count: total });
  return {
    rows,
    pagination: printing ? false : { pageSize: 10, showSizeChanger: false, showTotal: () => count },
    total: printing && <Typography.Text type="secondary">{count}</Typography.Text>,
    empty: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('portfolio.notFound')} />,
  };
}

export function RecordsList({ page, printing }: { page: TrainingRecordPage; printing: boolean }) {
  const { rows, pagination, total, empty } = usePaging(page, printing);
  return (
    <>
      <RecordTable records={rows} pagination={pagination} empty={empty} />
      {total}
    </>
  );
}

/** 考核与八项本领: the grades by year, then each of the eight with its score, the peers' median and its evidence. */
export function ProfileSummary({ profile }: { profile: CapabilityProfile }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={24}>
      <SubSection title={t('assessment.profile.grades')}>
        <GradeHistory grades={profile.grades ?? []} />
      </SubSection>
      <SubSection title={t('assessment.profile.capabilities')}>
        <CapabilityTable profile={profile} evidenceShown />
      </SubSection>
    </Flex>
  );
}

export function GapList({ page, printing }: { page: GapPage; printing: boolean }) {
  const { t, i18n } = useTranslation();
  const { rows, pagination, total, empty } = usePaging(page, printing);
  const field = (key: string) => t(`fields.gap.${key}`);
  const columns: TableColumnsType<CapabilityGap> = [
    { title: field('capability'), dataIndex: 'capability', key: 'capability', width: 150, render: (capability) => <Tag color="geekblue">{enumLabel(t, 'capability', capability)}</Tag> },
    { title: field('score'), dataIndex: 'score', key: 'score', width: 110, align: 'right', render: (score: number, gap) => t('assessment.gaps.scoreOf', { score, threshold: gap.threshold }) },
    { title: field('reason'), dataIndex: 'reason', key: 'reason', width: 130, render: (reason) => enumLabel(t, 'gapReason', reason) },
    { title: field('explanation'), dataIndex: 'explanation', key: 'explanation' },
    { title: field('cycleYear'), dataIndex: 'cycleYear', key: 'cycleYear', width: 90 },
    {
      title: field('status'),
      dataIndex: 'status',
      key: 'status',
      width: 150,
      render: (status, gap) => (
        <>
          <GapStatusTag status={status} />
          {status === 'CLOSED' && gap.closedScore != null && (
            <Typography.Text type="secondary">{t('assessment.gaps.closedScore', { score: gap.closedScore })}</Typography.Text>
          )}
        </>
      ),
    },
    { title: field('openedAt'), dataIndex: 'openedAt', key: 'openedAt', width: 170, render: (at: string) => formatInstant(at, i18n.language) },
  ];
  return (
    <>
      <Table<CapabilityGap> rowKey="id" size="middle" columns={columns} dataSource={rows} pagination={pagination} locale={{ emptyText: empty }} scroll={{ x: 900 }} />
      {total}
    </>
  );
}

/** 实践锻炼: each posting's type, host, period, status and, once completed, its evaluation and what it exercised. */
export function PostingList({ page, printing }: { page: PostingPage; printing: boolean }) {
  const { t } = useTranslation();
  const access = useAccess();
  const { rows, pagination, total, empty } = usePaging(page, printing);
  const field = (key: string) => t(`fields.posting.${key}`);
  const columns: TableColumnsType<Posting> = [
    { title: field('type'), dataIndex: 'type', key: 'type', width: 170, render: (type) => <PostingTypeTag type={type} /> },
    {
      title: field('host'),
      key: 'host',
      width: 220,
      render: (_, posting) => (
        <Flex gap={4} align="center" wrap>
          {access.canSeePostings ? <Link to={`/rotation/postings/${posting.id}`}>{posting.hostOrganisation}</Link> : <span>{posting.hostOrganisation}</span>}
          <RegionTag region={posting.region} />
        </Flex>
      ),
    },
    {
      title: field('period'),
      key: 'period',
      width: 200,
      render: (_, posting) => (
        <Flex vertical>
          <span>{t('rotation.period', { start: posting.plannedStart, end: posting.plannedEnd })}</span>
          {posting.startedOn && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('rotation.startedOn', { day: posting.startedOn })}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    { title: field('status'), dataIndex: 'status', key: 'status', width: 100, render: (status) => <PostingStatusTag status={status} /> },
    { title: field('evaluation'), dataIndex: 'evaluation', key: 'evaluation', width: 100, render: (evaluation) => <EvaluationTag evaluation={evaluation} /> },
    {
      title: field('capabilitiesExercised'),
      dataIndex: 'capabilitiesExercised',
      key: 'capabilitiesExercised',
      render: (capabilities: Posting['capabilitiesExercised']) => <CapabilityTags capabilities={capabilities} />,
    },
  ];
  return (
    <>
      <Table<Posting> rowKey="id" size="middle" columns={columns} dataSource={rows} pagination={pagination} locale={{ emptyText: empty }} scroll={{ x: 900 }} />
      {total}
    </>
  );
}

export function FindingList({ page, printing, onOpen }: { page: FindingPage; printing: boolean; onOpen: (findingId: string) => void }) {
  const { rows, pagination, total, empty } = usePaging(page, printing);
  return (
    <>
      <FindingTable findings={rows} loading={false} pagination={pagination} onOpen={(finding) => onOpen(finding.id)} showRound empty={empty} />
      {total}
    </>
  );
}

export function MeasureList({ page, printing }: { page: MeasurePage; printing: boolean }) {
  const { rows, pagination, total, empty } = usePaging(page, printing);
  return (
    <>
      <MeasureRecordTable measures={rows} pagination={pagination} empty={empty} />
      {total}
    </>
  );
}

/** 出国（境）记录: each trip's destination, purpose, dates, status and passport, with 逾期未交回 or 逾期交回 where it applies. */
export function TripList({ page, printing }: { page: TripPage; printing: boolean }) {
  const { rows, pagination, total, empty } = usePaging(page, printing);
  return (
    <>
      <TripTable trips={rows} pagination={pagination} empty={empty} />
      {total}
    </>
  );
}
