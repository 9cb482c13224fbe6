import { Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCadreProposals } from '../../api/trainingQueries';
import type { Capability } from '../../api/types';
import { PageLoading } from '../../components/PageLoading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ProposalStatusTag } from '../../components/training/StatusTags';
import { formatInstant } from '../../domain/format';
import { reasonText } from '../../domain/reasons';

/** What training has proposed to the cadre for this capability, and where each proposal stands. */
export function GapProposals({ cadreId, capability }: { cadreId: string; capability?: Capability }) {
  const { t, i18n } = useTranslation();
  const proposals = useCadreProposals(cadreId);
  if (proposals.isPending) return <PageLoading />;
  if (proposals.isError) return <ProblemAlert error={proposals.error} onRetry={() => void proposals.refetch()} />;
  const matching = proposals.data.filter((proposal) => proposal.capability === capability);
  if (matching.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('assessment.gaps.noProposals')} />;

  return (
    <Flex vertical gap={8} role="list" aria-label={t('assessment.gaps.proposals')}>
      {matching.map((proposal) => (
        <Flex key={proposal.id} gap={8} align="baseline" wrap role="listitem">
          <ProposalStatusTag status={proposal.status} />
          <Typography.Text strong>{proposal.courseTitle ?? t('myLearning.proposal.noCourse')}</Typography.Text>
          {(proposal.detailCode || proposal.detail) && (
            <Typography.Text type="secondary">
              {reasonText(i18n.language, { code: proposal.detailCode, params: { ...proposal.detailParams, capability: proposal.capability } }, proposal.detail)}
            </Typography.Text>
          )}
          <Typography.Text type="secondary">{formatInstant(proposal.createdAt, i18n.language)}</Typography.Text>
        </Flex>
      ))}
    </Flex>
  );
}
