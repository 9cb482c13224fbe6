import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useKeyPosts } from '../../api/selectionQueries';
import type { KeyPost } from '../../api/types';
import { EnumFilter } from '../../components/FilterBar';
import { MinimumScores, ReadinessCounts } from '../../components/selection/KeyPostFacts';
import { SelectionListPage } from '../../components/selection/SelectionListPage';
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
  const navigate = useNavigate();
  const table = useTableSearch(keyPostFilters, KEY_POST_SORTS);
  const { search, filter: update } = table;
  const posts = useKeyPosts(toKeyPostQuery(search));
  const field = (key: string) => t(`fields.keyPost.${key}`);

  const columns: TableColumnsType<KeyPost> = [
    { title: field('title'), dataIndex: 'title', key: 'title', sorter: true, render: (title: string, post) => <Link to={`/selection/key-posts/${post.id}`}>{title}</Link> },
    { title: field('unitId'), dataIndex: 'unitName', key: 'unitName', width: 180, ellipsis: true },
    { title: field('level'), dataIndex: 'level', key: 'level', width: 120, sorter: true, render: (level) => enumLabel(t, 'rankLevel', level) },
    { title: field('minimumScores'), key: 'minimumScores', render: (_, post) => <MinimumScores post={post} /> },
    { title: field('readiness'), key: 'readiness', width: 300, render: (_, post) => <ReadinessCounts post={post} /> },
  ];

  return (
    <SelectionListPage<KeyPost, KeyPostSearch>
      texts="selection.keyPosts"
      unitLabel={t('selection.pools.filterUnit')}
      table={table}
      list={posts}
      columns={columns}
      scrollX={1000}
      createModal={(close) => <KeyPostModal onClose={close} onCreated={(post) => navigate(`/selection/key-posts/${post.id}`)} />}
    >
      <EnumFilter label={field('level')} kind="rankLevel" values={RANK_LEVELS} width={160} value={search.level} onChange={(level) => update({ level })} />
    </SelectionListPage>
  );
}
