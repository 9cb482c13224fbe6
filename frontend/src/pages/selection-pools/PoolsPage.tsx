import { Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { usePools } from '../../api/selectionQueries';
import type { ReservePool } from '../../api/types';
import { EnumFilter } from '../../components/FilterBar';
import { SelectionListPage } from '../../components/selection/SelectionListPage';
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
  const navigate = useNavigate();
  const table = useTableSearch(poolFilters, POOL_SORTS);
  const { search, filter: update } = table;
  const pools = usePools(toPoolQuery(search));
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

  return (
    <SelectionListPage<ReservePool, PoolSearch>
      texts="selection.pools"
      unitLabel={t('selection.pools.filterUnit')}
      table={table}
      list={pools}
      columns={columns}
      scrollX={900}
      createModal={(close) => <PoolModal onClose={close} onCreated={(pool) => navigate(`/selection/pools/${pool.id}`)} />}
    >
      <EnumFilter label={field('level')} kind="rankLevel" values={RANK_LEVELS} width={160} value={search.level} onChange={(level) => update({ level })} />
    </SelectionListPage>
  );
}
