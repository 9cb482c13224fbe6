import { PlusOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Flex, Tabs, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { usePostingCounts, usePostings } from '../../api/rotationQueries';
import { useSignedIn } from '../../app/session';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ProposePostingModal } from '../../components/rotation/ProposePostingModal';
import { useTableSearch } from '../../components/useTableSearch';
import { enumLabel, POSTING_STATUSES } from '../../domain/enums';
import { POSTING_SORTS, postingFilters, toPostingCountsQuery, toPostingQuery, type PostingSearch } from '../../domain/rotationSearch';
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
  const table = useTableSearch(postingFilters, POSTING_SORTS);
  const { search } = table;
  const postings = usePostings(toPostingQuery(search));
  const counts = usePostingCounts(toPostingCountsQuery(search));
  const [proposing, setProposing] = useState(false);

  const tabs = [
    { key: ALL, label: t('rotation.postings.all') },
    ...POSTING_STATUSES.map((status) => ({
      key: status,
      label: (
        <span>
          {enumLabel(t, 'postingStatus', status)}{' '}
          <Badge count={counts.data?.byStatus[status] ?? 0} showZero color={status === 'ACTIVE' ? token.colorSuccess : token.colorTextQuaternary} overflowCount={999} />
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
          onChange={(key) => table.filter({ status: key === ALL ? undefined : (key as PostingSearch['status']) })}
        />
        <PostingFilters table={table} />
        {postings.isError && <ProblemAlert error={postings.error} onRetry={() => void postings.refetch()} />}
        <PostingTable
          table={table}
          page={postings.data}
          loading={postings.isFetching}
          empty={table.filtered('status') ? t('rotation.postings.emptyFiltered') : t('rotation.postings.empty')}
        />
      </Flex>
      {proposing && <ProposePostingModal onClose={() => setProposing(false)} onProposed={(posting) => navigate(`/rotation/postings/${posting.id}`)} />}
    </Card>
  );
}
