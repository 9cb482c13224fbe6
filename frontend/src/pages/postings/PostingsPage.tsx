import { PlusOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Empty, Flex, Tabs, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { usePostingCounts, usePostings } from '../../api/rotationQueries';
import { useSignedIn } from '../../app/session';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ProposePostingModal } from '../../components/rotation/ProposePostingModal';
import { enumLabel, POSTING_STATUSES } from '../../domain/enums';
import { parsePostingSearch, postingCountQueries, postingSearchParams, toPostingQuery, type PostingSearch } from '../../domain/rotationSearch';
import { PostingFilters } from './PostingFilters';
import { PostingTable } from './PostingTable';

const ALL = 'ALL';

/**
 * 挂职交流: the postings of the user's scope (a cadre's own), one status per tab with its count, filtered and
 * paged in the URL; each row offers the commands its posting allows; HR proposes new postings.
 */
export default function PostingsPage() {
  const { t } = useTranslation();
  const { access } = useSignedIn();
  const { token } = theme.useToken();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const search = parsePostingSearch(params);
  const postings = usePostings(toPostingQuery(search));
  const counts = usePostingCounts(postingCountQueries(search));
  const [proposing, setProposing] = useState(false);
  const setSearch = (next: PostingSearch) => setParams(postingSearchParams(next));
  const filtered = Boolean(search.q || search.unitId || search.type || search.careOverdue);

  const tabs = [
    { key: ALL, label: t('rotation.postings.all') },
    ...POSTING_STATUSES.map((status, index) => ({
      key: status,
      label: (
        <span>
          {enumLabel(t, 'postingStatus', status)}{' '}
          <Badge count={counts[index]?.data ?? 0} showZero color={status === 'ACTIVE' ? token.colorSuccess : token.colorTextQuaternary} overflowCount={999} />
        </span>
      ),
    })),
  ];

  return (
    <Card
      title={t('rotation.postings.title')}
      extra={
        access.canProposePostings && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setProposing(true)}>
            {t('rotation.propose.title')}
          </Button>
        )
      }
    >
      <Flex vertical gap={16}>
        <Tabs
          activeKey={search.status ?? ALL}
          items={tabs}
          onChange={(key) => setSearch({ ...search, status: key === ALL ? undefined : (key as PostingSearch['status']), page: 0 })}
        />
        <PostingFilters search={search} onChange={setSearch} />
        {postings.isError && <ProblemAlert error={postings.error} onRetry={() => void postings.refetch()} />}
        <PostingTable
          search={search}
          page={postings.data}
          loading={postings.isFetching}
          onChange={setSearch}
          empty={<Empty description={filtered ? t('rotation.postings.emptyFiltered') : t('rotation.postings.empty')} />}
        />
      </Flex>
      {proposing && <ProposePostingModal onClose={() => setProposing(false)} onProposed={(posting) => navigate(`/rotation/postings/${posting.id}`)} />}
    </Card>
  );
}
