import { Flex, Progress, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useVotingSessions } from '../../api/selectionQueries';
import type { VotingSession } from '../../api/types';
import { EnumFilter } from '../../components/FilterBar';
import { VotingKindTag, VotingStatusTag } from '../../components/selection/SelectionTags';
import { SelectionListPage } from '../../components/selection/SelectionListPage';
import { useTableSearch } from '../../components/useTableSearch';
import { VOTING_KINDS, VOTING_STATUSES } from '../../domain/enums';
import { formatInstant } from '../../domain/format';
import { totalTurnout } from '../../domain/selection';
import { toVotingSessionQuery, VOTING_SESSION_SORTS, votingSessionFilters, type VotingSessionSearch } from '../../domain/selectionSearch';
import { VotingSessionModal } from './VotingSessionModal';

/**
 * 民主推荐 / 民主测评: the voting sessions of the user's reach, filtered and paged in the URL, with their turnout; HR
 * prepares a new one (its list and voter categories), then issues the codes, opens and closes it on its own page.
 */
export default function VotingSessionsPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const table = useTableSearch(votingSessionFilters, VOTING_SESSION_SORTS);
  const { search, filter: update } = table;
  const sessions = useVotingSessions(toVotingSessionQuery(search));
  const field = (key: string) => t(`fields.votingSession.${key}`);

  const columns: TableColumnsType<VotingSession> = [
    { title: field('title'), dataIndex: 'title', key: 'title', sorter: true, render: (title: string, session) => <Link to={`/selection/voting-sessions/${session.id}`}>{title}</Link> },
    { title: field('unitId'), dataIndex: 'unitName', key: 'unitName', width: 200, ellipsis: true },
    { title: field('kind'), dataIndex: 'kind', key: 'kind', width: 110, render: (kind) => <VotingKindTag kind={kind} /> },
    {
      title: field('candidates'),
      key: 'candidates',
      width: 120,
      render: (_, session) =>
        session.kind === 'RECOMMENDATION'
          ? t('selection.sessions.candidatesWithPlaces', { count: session.candidates.length, places: session.places })
          : t('selection.sessions.candidatesCount', { count: session.candidates.length }),
    },
    { title: field('status'), dataIndex: 'status', key: 'status', width: 100, sorter: true, render: (status) => <VotingStatusTag status={status} /> },
    {
      title: field('turnout'),
      key: 'turnout',
      width: 200,
      render: (_, session) => {
        if (session.status === 'DRAFT') {
          return <Typography.Text type="secondary">{session.codesIssued ? t('selection.sessions.codesIssued') : t('selection.sessions.noCodes')}</Typography.Text>;
        }
        const turnout = totalTurnout(session.categories);
        return (
          <Flex vertical>
            <Progress percent={Math.round(turnout.share * 100)} size="small" aria-label={field('turnout')} />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('selection.turnout.of', { voted: turnout.voted, voters: turnout.voters })}
            </Typography.Text>
          </Flex>
        );
      },
    },
    { title: field('createdAt'), dataIndex: 'createdAt', key: 'createdAt', width: 170, sorter: true, render: (at: string) => formatInstant(at, i18n.language) },
  ];

  return (
    <SelectionListPage<VotingSession, VotingSessionSearch>
      texts="selection.sessions"
      table={table}
      list={sessions}
      columns={columns}
      scrollX={1100}
      createModal={(close) => <VotingSessionModal onClose={close} onCreated={(session) => navigate(`/selection/voting-sessions/${session.id}`)} />}
    >
      <EnumFilter label={field('kind')} kind="votingKind" values={VOTING_KINDS} width={140} value={search.kind} onChange={(kind) => update({ kind })} />
      <EnumFilter label={field('status')} kind="votingStatus" values={VOTING_STATUSES} width={140} value={search.status} onChange={(status) => update({ status })} />
    </SelectionListPage>
  );
}
