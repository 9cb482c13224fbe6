import { UserAddOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Space, Tabs, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { usePool, usePoolMembers } from '../../api/selectionQueries';
import type { PoolMember, ReservePool } from '../../api/types';
import { useAccess } from '../../app/session';
import { FilterBar } from '../../components/FilterBar';
import { PageLoading } from '../../components/PageLoading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ProblemResult } from '../../components/ProblemResult';
import { DetailHeader } from '../../components/selection/DetailHeader';
import { RecordFacts } from '../../components/selection/RecordFacts';
import { SearchBox } from '../../components/SearchBox';
import { PoolMemberStatusTag, StandingTags } from '../../components/selection/SelectionTags';
import { ServerTable } from '../../components/ServerTable';
import { useTableSearch } from '../../components/useTableSearch';
import { enumLabel, POOL_MEMBER_STATUSES } from '../../domain/enums';
import { cadreLabel, formatInstant } from '../../domain/format';
import { POOL_MEMBER_SORTS, poolMemberFilters, toPoolMemberQuery, type PoolMemberSearch } from '../../domain/selectionSearch';
import { DevelopmentPlanDrawer } from './DevelopmentPlanDrawer';
import { MemberActions, NominateModal } from './MemberActions';

/** A member still in play (nominated or admitted) is reviewed against the entry rules every day. */
const live = (member: PoolMember) => member.status === 'NOMINATED' || member.status === 'ADMITTED';

/**
 * One reserve pool: its entry rules, and its members and nominees by status with today's review of each live one
 * against the rules; HR nominates, admits or declines a nominee and takes a member out, each at the version read.
 */
export default function PoolPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const pool = usePool(id);
  const access = useAccess();
  const [nominating, setNominating] = useState(false);

  if (pool.isPending) return <PageLoading />;
  if (pool.isError) return <ProblemResult error={pool.error} onRetry={() => void pool.refetch()} />;
  const data = pool.data;

  return (
    <Flex vertical gap={16}>
      <DetailHeader
        back="/selection/pools"
        title={data.name}
        unit={data.unitName}
        extra={access.canRunSelection && <Button type="primary" icon={<UserAddOutlined />} onClick={() => setNominating(true)}>{t('selection.pool.nominate')}</Button>}
      />
      <Card title={t('selection.pool.rules')}>
        <PoolRules pool={data} />
      </Card>
      <Card title={t('selection.pool.members')}>
        <Members pool={data} />
      </Card>
      {nominating && <NominateModal pool={data} onClose={() => setNominating(false)} />}
    </Flex>
  );
}

function PoolRules({ pool }: { pool: ReservePool }) {
  const { t, i18n } = useTranslation();
  const field = (key: string) => t(`fields.pool.${key}`);
  return (
    <RecordFacts
      items={[
        { key: 'unit', label: field('unitId'), children: pool.unitName ?? '—' },
        { key: 'level', label: field('level'), children: enumLabel(t, 'rankLevel', pool.level) },
        { key: 'maxAge', label: field('maxAge'), children: pool.maxAge == null ? t('selection.pools.noAgeLimit') : t('selection.pools.ageValue', { age: pool.maxAge }) },
        { key: 'gradeYears', label: field('gradeYears'), children: t('selection.pool.gradeRule', { count: pool.gradeYears }) },
        { key: 'counts', label: t('selection.pool.counts'), children: t('selection.pool.countsValue', { nominated: pool.nominated, admitted: pool.admitted }) },
        { key: 'createdBy', label: field('createdBy'), children: `${pool.createdBy} · ${formatInstant(pool.createdAt, i18n.language)}` },
        ...(pool.description ? [{ key: 'description', label: field('description'), span: 2, children: <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{pool.description}</Typography.Text> }] : []),
      ]}
    />
  );
}

/** The members and nominees, by status in tabs, searched by name or employee number, paged by the server. */
function Members({ pool }: { pool: ReservePool }) {
  const { t, i18n } = useTranslation();
  const table = useTableSearch(poolMemberFilters, POOL_MEMBER_SORTS);
  const { search, filter: update } = table;
  const members = usePoolMembers(pool.id, toPoolMemberQuery(search));
  const [planOf, setPlanOf] = useState<PoolMember>();
  const field = (key: string) => t(`fields.poolMember.${key}`);

  const columns: TableColumnsType<PoolMember> = [
    {
      title: field('person'),
      key: 'name',
      sorter: true,
      render: (_, member) => (
        <Flex vertical>
          <Typography.Text strong>{cadreLabel(member.person.name, member.person.employeeNumber)}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {[member.person.unitName, member.positionTitle, enumLabel(t, 'rankLevel', member.rankLevel)].filter(Boolean).join(' · ')}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: field('status'), dataIndex: 'status', key: 'status', width: 110, sorter: true, render: (status) => <PoolMemberStatusTag status={status} /> },
    { title: field('standing'), key: 'standing', width: 260, render: (_, member) => (live(member) ? <StandingTags standing={member.standing} /> : null) },
    {
      title: field('nominationReason'),
      key: 'nominatedAt',
      sorter: true,
      render: (_, member) => (
        <Flex vertical>
          <span style={{ whiteSpace: 'pre-wrap' }}>{member.nominationReason}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {member.nominatedBy} · {formatInstant(member.nominatedAt, i18n.language)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: field('review'),
      key: 'review',
      render: (_, member) => {
        const note = member.status === 'LEFT' ? member.leftReason : member.reviewNote;
        const by = member.status === 'LEFT' ? member.leftBy : member.reviewedBy;
        const at = member.status === 'LEFT' ? member.leftAt : member.reviewedAt;
        if (!by) return null;
        return (
          <Flex vertical>
            {note && <span style={{ whiteSpace: 'pre-wrap' }}>{note}</span>}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {by} · {formatInstant(at, i18n.language)}
            </Typography.Text>
          </Flex>
        );
      },
    },
    {
      title: field('actions'),
      key: 'actions',
      width: 240,
      render: (_, member) => (
        <Space wrap size={4}>
          {(member.status === 'ADMITTED' || member.status === 'LEFT') && (
            <Button size="small" onClick={() => setPlanOf(member)} aria-label={t('selection.development.planOf', { name: cadreLabel(member.person.name, member.person.employeeNumber) })}>
              {t('selection.development.plan')}
            </Button>
          )}
          <MemberActions poolId={pool.id} member={member} />
        </Space>
      ),
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Tabs
        activeKey={search.status ?? 'ALL'}
        onChange={(key) => update({ status: key === 'ALL' ? undefined : (key as PoolMember['status']) })}
        items={[{ key: 'ALL', label: t('selection.pool.all') }, ...POOL_MEMBER_STATUSES.map((status) => ({ key: status, label: enumLabel(t, 'poolMemberStatus', status) }))]}
      />
      <FilterBar>
        <SearchBox value={search.q} placeholder={t('selection.pool.memberSearch')} onSearch={(q) => update({ q })} />
      </FilterBar>
      {members.isError && <ProblemAlert error={members.error} onRetry={() => void members.refetch()} />}
      <ServerTable<PoolMember, PoolMemberSearch>
        columns={columns}
        table={table}
        page={members.data}
        loading={members.isFetching}
        showTotal={(total) => t('selection.pool.membersTotal', { count: total })}
        empty={t(table.filtered('status') ? 'selection.pool.membersEmptyFiltered' : 'selection.pool.membersEmpty')}
        scroll={{ x: 1100 }}
      />
      {planOf && <DevelopmentPlanDrawer poolId={pool.id} member={planOf} onClose={() => setPlanOf(undefined)} />}
    </Flex>
  );
}
