import { App, Button, Card, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDecideProposal, type ProposalDecision } from '../../api/trainingQueries';
import type { TrainingProposal } from '../../api/types';
import { problemMessage } from '../../components/problemText';
import { ProposalStatusTag } from '../../components/training/StatusTags';
import { enumLabel } from '../../domain/enums';
import { formatInstant } from '../../domain/format';

/** 培训建议: targeted training proposed to me (a capability gap, before a posting, warning education); I accept or dismiss. */
export function ProposalsCard({ proposals }: { proposals: readonly TrainingProposal[] }) {
  const { t, i18n } = useTranslation();
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

  const columns: TableColumnsType<TrainingProposal> = [
    { title: field('course'), dataIndex: 'courseTitle', key: 'course', render: (title?: string) => title ?? field('noCourse') },
    { title: field('reason'), dataIndex: 'reason', key: 'reason', width: 150, render: (reason) => enumLabel(t, 'proposalReason', reason) },
    {
      title: field('capability'),
      dataIndex: 'capability',
      key: 'capability',
      width: 140,
      render: (capability) => capability && <Tag color="geekblue">{enumLabel(t, 'capability', capability)}</Tag>,
    },
    { title: field('detail'), dataIndex: 'detail', key: 'detail', ellipsis: true },
    { title: field('createdAt'), dataIndex: 'createdAt', key: 'createdAt', width: 170, render: (at: string) => formatInstant(at, i18n.language) },
    {
      title: field('decision'),
      key: 'decision',
      width: 170,
      render: (_, proposal) =>
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
        ),
    },
  ];

  return (
    <Card title={t('myLearning.proposals')}>
      <Table<TrainingProposal> rowKey="id" size="middle" columns={columns} dataSource={[...proposals]} pagination={false} scroll={{ x: 900 }} />
    </Card>
  );
}
