import { App, Button, Flex, Popconfirm, Space, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDismissProposal } from '../../api/rotationQueries';
import type { PostingProposal, PostingProposalPage } from '../../api/types';
import { useAccess } from '../../app/session';
import { PostingProposalStatusTag, PostingTypeTag, RegionTag } from '../../components/rotation/RotationTags';
import { problemMessage } from '../../components/problemText';
import { cadreColumn } from '../../components/cadre/cadreColumn';
import { ServerTable } from '../../components/ServerTable';
import type { TableSearch } from '../../components/useTableSearch';
import { enumLabel } from '../../domain/enums';
import { formatInstant } from '../../domain/format';
import type { ProposalSearch } from '../../domain/rotationSearch';

interface Props {
  table: TableSearch<ProposalSearch>;
  page?: PostingProposalPage;
  loading: boolean;
  onAccept: (proposal: PostingProposal) => void;
  empty: string;
}

/** One server page of 实践锻炼建议: whose gap, how far below, the posting types and hosts that would close it. */
export function ProposalTable({ table, page, loading, onAccept, empty }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const access = useAccess();
  const dismiss = useDismissProposal();
  const field = (key: string) => t(`fields.proposal.${key}`);

  const columns: TableColumnsType<PostingProposal> = [
    cadreColumn<PostingProposal>(t('fields.cadre.name'), 140, (proposal) =>
      access.canSeeCapabilityProfiles ? <Link to={`/assessment/profiles/${proposal.cadreId}`}>{proposal.name}</Link> : proposal.name,
    ),
    { title: t('fields.cadre.unitName'), dataIndex: 'unitName', key: 'unitName', width: 170, ellipsis: true },
    { title: field('capability'), dataIndex: 'capability', key: 'capability', width: 140, render: (capability) => <Tag color="geekblue">{enumLabel(t, 'capability', capability)}</Tag> },
    {
      title: field('score'),
      key: 'score',
      width: 110,
      align: 'right',
      sorter: true,
      render: (_, proposal) =>
        proposal.origin === 'DEVELOPMENT_PLAN' ? (
          <Typography.Text>{t('rotation.proposals.plannedBy', { dueOn: proposal.dueOn })}</Typography.Text>
        ) : (
          <Typography.Text type="danger">{t('assessment.gaps.scoreOf', { score: proposal.score, threshold: proposal.threshold })}</Typography.Text>
        ),
    },
    {
      title: field('postingTypes'),
      key: 'postingTypes',
      width: 190,
      render: (_, proposal) => (
        <Space size={[0, 4]} wrap>
          {(proposal.postingTypes ?? []).map((type) => (
            <PostingTypeTag key={type} type={type} />
          ))}
        </Space>
      ),
    },
    {
      title: field('hosts'),
      key: 'hosts',
      width: 260,
      render: (_, proposal) => (
        <Flex vertical gap={2}>
          {(proposal.hosts ?? []).map((host) => (
            <Flex key={host.unitId} gap={4} align="center">
              <span>{host.name}</span>
              <RegionTag region={host.region} />
            </Flex>
          ))}
        </Flex>
      ),
    },
    {
      title: field('status'),
      key: 'status',
      width: 150,
      render: (_, proposal) => (
        <Flex vertical gap={2}>
          <span>
            <PostingProposalStatusTag status={proposal.status} />
          </span>
          {proposal.postingId && <Link to={`/rotation/postings/${proposal.postingId}`}>{t('rotation.proposals.openPosting')}</Link>}
        </Flex>
      ),
    },
    { title: field('createdAt'), dataIndex: 'createdAt', key: 'createdAt', width: 170, sorter: true, render: (at: string) => formatInstant(at, i18n.language) },
    {
      title: t('rotation.actions.title'),
      key: 'actions',
      fixed: 'right',
      width: 170,
      render: (_, proposal) =>
        access.canDecideRotationProposals && proposal.status === 'PROPOSED' ? (
          <Space size={4} wrap>
            <Button size="small" type="primary" onClick={() => onAccept(proposal)}>
              {t('rotation.proposals.accept')}
            </Button>
            <Popconfirm
              title={t('rotation.proposals.dismissConfirm', { name: proposal.name })}
              okText={t('common.confirm')}
              cancelText={t('common.cancel')}
              onConfirm={() =>
                dismiss.mutate({ id: proposal.id!, version: proposal.version }, {
                  onSuccess: () => void message.success(t('rotation.proposals.dismissed', { name: proposal.name })),
                  onError: (error) => void message.error(problemMessage(error, t)),
                })
              }
            >
              <Button size="small">{t('rotation.proposals.dismiss')}</Button>
            </Popconfirm>
          </Space>
        ) : null,
    },
  ];

  return (
    <ServerTable<PostingProposal, ProposalSearch>
      columns={columns}
      table={table}
      page={page}
      loading={loading}
      showTotal={(total) => t('rotation.proposals.total', { count: total })}
      empty={empty}
      scroll={{ x: 1500 }}
    />
  );
}
