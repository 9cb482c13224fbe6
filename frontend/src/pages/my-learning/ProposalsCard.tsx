import { App, Button, Card, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDecideProposal, type ProposalDecision } from '../../api/trainingQueries';
import type { TrainingProposal } from '../../api/types';
import { problemMessage } from '../../components/problemText';
import { ProposalTable } from '../../components/training/ProposalTable';
import { ProposalStatusTag } from '../../components/training/StatusTags';

/** 培训建议: targeted training proposed to me (a capability gap, before a posting, warning education); I accept or dismiss. */
export function ProposalsCard({ proposals }: { proposals: readonly TrainingProposal[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const decide = useDecideProposal();
  const field = (key: string) => t(`myLearning.proposal.${key}`);

  const act = (proposal: TrainingProposal, decision: ProposalDecision) =>
    decide.mutate(
      { id: proposal.id!, version: proposal.version, decision },
      {
        onSuccess: () => void message.success(field(decision === 'accept' ? 'accepted' : 'dismissed')),
        onError: (error) => void message.error(problemMessage(error, t)),
      },
    );
  const busy = (proposal: TrainingProposal, decision: ProposalDecision) =>
    decide.isPending && decide.variables?.id === proposal.id && decide.variables.decision === decision;

  return (
    <Card title={t('myLearning.proposals')}>
      <ProposalTable
        proposals={proposals}
        decision={(proposal) =>
          proposal.status === 'PROPOSED' ? (
            <Space>
              <Button type="primary" size="small" loading={busy(proposal, 'accept')} onClick={() => act(proposal, 'accept')}>
                {field('accept')}
              </Button>
              <Button size="small" loading={busy(proposal, 'dismiss')} onClick={() => act(proposal, 'dismiss')}>
                {field('dismiss')}
              </Button>
            </Space>
          ) : (
            <ProposalStatusTag status={proposal.status} />
          )
        }
      />
    </Card>
  );
}
