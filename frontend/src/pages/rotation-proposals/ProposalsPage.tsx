import { Card, Flex, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useRotationProposals } from '../../api/rotationQueries';
import type { PostingProposal } from '../../api/types';
import { useAccess } from '../../app/session';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ProposePostingModal } from '../../components/rotation/ProposePostingModal';
import { FilterBar, FilterSelect, UnitFilter } from '../../components/FilterBar';
import { useTableSearch } from '../../components/useTableSearch';
import { enumLabel } from '../../domain/enums';
import { PROPOSAL_SORTS, PROPOSAL_STATUS_FILTERS, proposalFilters, toProposalQuery, type ProposalTab } from '../../domain/rotationSearch';
import { OpeningsTab } from './OpeningsTab';
import { ProposalTable } from './ProposalTable';

/**
 * 实践锻炼建议: postings proposed to close capability gaps (经验盲区), each turned into a proposed posting (据此提名,
 * the form prefilled with the suggested type and host) or dismissed; and the openings HR publishes with their
 * ranked candidates. A cadre sees the own proposals only.
 */
export default function ProposalsPage() {
  const { t } = useTranslation();
  const access = useAccess();
  const navigate = useNavigate();
  const table = useTableSearch(proposalFilters, PROPOSAL_SORTS);
  const { search, filter: update } = table;
  const proposals = useRotationProposals(toProposalQuery(search), search.tab === 'proposals' || !access.canSeeOpenings);
  const [accepting, setAccepting] = useState<PostingProposal>();

  const proposalsTab = (
    <Flex vertical gap={16}>
      <FilterBar>
        {access.canSeeCadres && (
          <UnitFilter label={t('rotation.proposals.filter.unit')} value={search.unitId} onChange={(unitId) => update({ unitId })} />
        )}
        <FilterSelect
          label={t('rotation.proposals.filter.status')}
          clearable={false}
          options={PROPOSAL_STATUS_FILTERS.map((status) => ({
            value: status,
            label: status === 'ALL' ? t('assessment.gaps.allStatuses') : enumLabel(t, 'postingProposalStatus', status),
          }))}
          value={search.status}
          onChange={(status) => update({ status })}
          width={130}
        />
        <Typography.Text type="secondary">{t('rotation.proposals.hint')}</Typography.Text>
      </FilterBar>
      {proposals.isError && <ProblemAlert error={proposals.error} onRetry={() => void proposals.refetch()} />}
      <ProposalTable table={table} page={proposals.data} loading={proposals.isFetching} onAccept={setAccepting} empty={t('rotation.proposals.empty')} />
    </Flex>
  );

  return (
    <Card title={t('rotation.proposals.title')}>
      {access.canSeeOpenings ? (
        <Tabs
          activeKey={search.tab}
          onChange={(tab) => table.update({ tab: tab as ProposalTab })}
          items={[
            { key: 'proposals', label: t('rotation.proposals.tab'), children: proposalsTab },
            { key: 'openings', label: t('rotation.openings.tab'), children: <OpeningsTab /> },
          ]}
        />
      ) : (
        proposalsTab
      )}
      {accepting && (
        <ProposePostingModal proposal={accepting} onClose={() => setAccepting(undefined)} onProposed={(posting) => navigate(`/rotation/postings/${posting.id}`)} />
      )}
    </Card>
  );
}
