import { Table, Tag, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrainingProposal } from '../../api/types';
import { enumLabel } from '../../domain/enums';
import { formatInstant } from '../../domain/format';
import { ProposalStatusTag } from './StatusTags';

interface Props {
  proposals: readonly TrainingProposal[];
  /** The last column: the proposal's status by default; the cadre's own 采纳 / 不采纳 where they decide. */
  decision?: (proposal: TrainingProposal) => ReactNode;
}

/** 培训建议: targeted training proposed to a cadre (a capability gap, before a posting, warning education). */
export function ProposalTable({ proposals, decision }: Props) {
  const { t, i18n } = useTranslation();
  const field = (key: string) => t(`myLearning.proposal.${key}`);
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
      render: (_, proposal) => (decision ? decision(proposal) : <ProposalStatusTag status={proposal.status} />),
    },
  ];
  return <Table<TrainingProposal> rowKey="id" size="middle" columns={columns} dataSource={[...proposals]} pagination={false} scroll={{ x: 900 }} />;
}
