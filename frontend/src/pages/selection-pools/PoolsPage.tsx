import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { usePools } from '../../api/selectionQueries';
import type { ReservePool } from '../../api/types';
import { useAccess } from '../../app/session';
import { EnumFilter, FilterBar, UnitFilter } from '../../components/FilterBar';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SearchBox } from '../../components/SearchBox';
import { ServerTable } from '../../components/ServerTable';
import { useTableSearch } from '../../components/useTableSearch';
import { enumLabel, RANK_LEVELS } from '../../domain/enums';
import { POOL_SORTS, poolFilters, toPoolQuery, type PoolSearch } from '../../domain/selectionSearch';
import { PoolModal } from './PoolModal';

/**
 * 后备干部库: the reserve pools of the user's reach with their entry rules and how many are nominated and in each,
 * filtered and paged in the URL; HR sets up a new one, then nominates and reviews on its page.
 */
export default function PoolsPage() {
  const { t } = useTranslation();
  const access = useAccess();
  const navigate = useNavigate();
  const table = useTableSearch(poolFilters, POOL_SORTS);
  const { search, filter: update } = table;
  const pools = usePools(toPoolQuery(search));
  const [creating, setCreating] = useState(false);
  const field = (key: string) => t(`fields.pool.${key}`);

  const columns: TableColumnsType<ReservePool> = [
    { title: field('name'), dataIndex: 'name', key: 'name', sorter: true, render: (name: string, pool) => <Link to={`/selection/pools/${pool.id}`}>{name}</Link> },
    { title: field('unitId'), dataIndex: 'unitName', key: 'unitName', width: 200, ellipsis: true },
    { title: field('level'), dataIndex: 'level', key: 'level', width: 130, sorter: true, render: (level) => enumLabel(t, 'rankLevel', level) },
    { title: field('maxAge'), dataIndex: 'maxAge', key: 'maxAge', width: 110, render: (age: number | null) => (age == null ? t('selection.pools.noAgeLimit') : t('selection.pools.ageValue', { age })) },
    { title: field('gradeYears'), dataIndex: 'gradeYears', key: 'gradeYears', width: 120, render: (count: number) => t('selection.pools.yearsValue', { count }) },
    {
      title: field('nominated'),
      dataIndex: 'nominated',
      key: 'nominated',
      width: 90,
      align: 'right',
      render: (count: number) => (count > 0 ? <Typography.Text type="warning">{count}</Typography.Text> : count),
    },
    { title: field('admitted'), dataIndex: 'admitted', key: 'admitted', width: 90, align: 'right' },
  ];

  const create = access.canRunSelection && (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
      {t('selection.pools.create')}
    </Button>
  );
  // the first visit: say what a pool is for, with the button to set one up
  const empty = table.filtered() ? (
    t('selection.pools.emptyFiltered')
  ) : (
    <Empty description={access.canRunSelection ? t('selection.pools.emptyCreate') : t('selection.pools.empty')}>{create}</Empty>
  );

  return (
    <Card title={t('selection.pools.title')} extra={create}>
      <Flex vertical gap={16}>
        <FilterBar onReset={() => table.reset()}>
          <SearchBox value={search.q} placeholder={t('selection.pools.searchPlaceholder')} onSearch={(q) => update({ q })} />
          <UnitFilter label={t('selection.pools.filterUnit')} value={search.unitId} onChange={(unitId) => update({ unitId })} width={240} />
          <EnumFilter label={field('level')} kind="rankLevel" values={RANK_LEVELS} width={160} value={search.level} onChange={(level) => update({ level })} />
        </FilterBar>
        {pools.isError && <ProblemAlert error={pools.error} onRetry={() => void pools.refetch()} />}
        <ServerTable<ReservePool, PoolSearch>
          columns={columns}
          table={table}
          page={pools.data}
          loading={pools.isFetching}
          showTotal={(total) => t('selection.pools.total', { count: total })}
          empty={empty}
          scroll={{ x: 900 }}
        />
      </Flex>
      {creating && <PoolModal onClose={() => setCreating(false)} onCreated={(pool) => navigate(`/selection/pools/${pool.id}`)} />}
    </Card>
  );
}
