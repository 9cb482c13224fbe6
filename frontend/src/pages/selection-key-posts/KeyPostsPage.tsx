import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useKeyPosts } from '../../api/selectionQueries';
import type { KeyPost } from '../../api/types';
import { useAccess } from '../../app/session';
import { EnumFilter, FilterBar, UnitFilter } from '../../components/FilterBar';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SearchBox } from '../../components/SearchBox';
import { MinimumScores, ReadinessCounts } from '../../components/selection/KeyPostFacts';
import { ServerTable } from '../../components/ServerTable';
import { useTableSearch } from '../../components/useTableSearch';
import { enumLabel, RANK_LEVELS } from '../../domain/enums';
import { KEY_POST_SORTS, keyPostFilters, toKeyPostQuery, type KeyPostSearch } from '../../domain/selectionSearch';
import { KeyPostModal } from './KeyPostModal';

/**
 * 关键岗位与后备人选: the key posts of the user's reach with what each asks and its successors by readiness, filtered and
 * paged in the URL; HR names a new post, then its successors on its page (依事择人 ranks the candidates).
 */
export default function KeyPostsPage() {
  const { t } = useTranslation();
  const access = useAccess();
  const navigate = useNavigate();
  const table = useTableSearch(keyPostFilters, KEY_POST_SORTS);
  const { search, filter: update } = table;
  const posts = useKeyPosts(toKeyPostQuery(search));
  const [creating, setCreating] = useState(false);
  const field = (key: string) => t(`fields.keyPost.${key}`);

  const columns: TableColumnsType<KeyPost> = [
    { title: field('title'), dataIndex: 'title', key: 'title', sorter: true, render: (title: string, post) => <Link to={`/selection/key-posts/${post.id}`}>{title}</Link> },
    { title: field('unitId'), dataIndex: 'unitName', key: 'unitName', width: 180, ellipsis: true },
    { title: field('level'), dataIndex: 'level', key: 'level', width: 120, sorter: true, render: (level) => enumLabel(t, 'rankLevel', level) },
    { title: field('minimumScores'), key: 'minimumScores', render: (_, post) => <MinimumScores post={post} /> },
    { title: field('readiness'), key: 'readiness', width: 300, render: (_, post) => <ReadinessCounts post={post} /> },
  ];

  const create = access.canRunSelection && (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
      {t('selection.keyPosts.create')}
    </Button>
  );
  const empty = table.filtered() ? (
    t('selection.keyPosts.emptyFiltered')
  ) : (
    <Empty description={access.canRunSelection ? t('selection.keyPosts.emptyCreate') : t('selection.keyPosts.empty')}>{create}</Empty>
  );

  return (
    <Card title={t('selection.keyPosts.title')} extra={create}>
      <Flex vertical gap={16}>
        <FilterBar onReset={() => table.reset()}>
          <SearchBox value={search.q} placeholder={t('selection.keyPosts.searchPlaceholder')} onSearch={(q) => update({ q })} />
          <UnitFilter label={t('selection.pools.filterUnit')} value={search.unitId} onChange={(unitId) => update({ unitId })} width={240} />
          <EnumFilter label={field('level')} kind="rankLevel" values={RANK_LEVELS} width={160} value={search.level} onChange={(level) => update({ level })} />
        </FilterBar>
        {posts.isError && <ProblemAlert error={posts.error} onRetry={() => void posts.refetch()} />}
        <ServerTable<KeyPost, KeyPostSearch>
          columns={columns}
          table={table}
          page={posts.data}
          loading={posts.isFetching}
          showTotal={(total) => t('selection.keyPosts.total', { count: total })}
          empty={empty}
          scroll={{ x: 1000 }}
        />
      </Flex>
      {creating && <KeyPostModal onClose={() => setCreating(false)} onCreated={(post) => navigate(`/selection/key-posts/${post.id}`)} />}
    </Card>
  );
}
