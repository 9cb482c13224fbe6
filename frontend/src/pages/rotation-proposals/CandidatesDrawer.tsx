import { App, Button, Descriptions, Drawer, Empty, Flex, List, Popconfirm, Progress, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCandidates, useNominate } from '../../api/rotationQueries';
import type { Candidate, Opening } from '../../api/types';
import { useAccess } from '../../app/session';
import { PageLoading } from '../../components/PageLoading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { problemMessage } from '../../components/problemText';
import { enumLabel } from '../../domain/enums';

/** 人选推荐 of an opening, beside the list: the ranked candidates, each with the score, its parts and the reasons. */
export function CandidatesDrawer({ opening, onClose }: { opening?: Opening; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Drawer
      open={Boolean(opening)}
      onClose={onClose}
      size={720}
      destroyOnHidden
      title={opening && t('rotation.candidates.title', { host: opening.hostOrganisation, type: enumLabel(t, 'postingType', opening.type) })}
    >
      {opening && <CandidateList opening={opening} />}
    </Drawer>
  );
}

function CandidateList({ opening }: { opening: Opening }) {
  const { t } = useTranslation();
  const candidates = useCandidates(opening.id!);
  if (candidates.isPending) return <PageLoading />;
  if (candidates.isError) return <ProblemAlert error={candidates.error} onRetry={() => void candidates.refetch()} />;
  const data = candidates.data;

  return (
    <Flex vertical gap={12}>
      <Descriptions
        size="small"
        column={3}
        items={[
          { key: 'considered', label: t('rotation.candidates.considered'), children: t('assessment.people', { count: data.considered ?? 0 }) },
          { key: 'notEligible', label: t('rotation.candidates.notEligible'), children: t('assessment.people', { count: data.notEligible ?? 0 }) },
          { key: 'onPosting', label: t('rotation.candidates.onPosting'), children: t('assessment.people', { count: data.onPosting ?? 0 }) },
        ]}
      />
      <Typography.Text type="secondary">{t('rotation.candidates.hint')}</Typography.Text>
      <List<Candidate>
        dataSource={data.candidates ?? []}
        locale={{ emptyText: <Empty description={t('rotation.candidates.empty')} /> }}
        renderItem={(candidate) => <CandidateItem opening={opening} candidate={candidate} />}
      />
    </Flex>
  );
}

function Fit({ label, value }: { label: string; value?: number }) {
  return (
    <Flex gap={8} align="center">
      <Typography.Text type="secondary">{label}</Typography.Text>
      <Progress percent={Math.round((value ?? 0) * 100)} status="normal" size="small" showInfo={false} style={{ width: 72, margin: 0 }} />
    </Flex>
  );
}

/** One ranked candidate: the rank, the score as a bar with its three parts, the reasons and 提名. */
function CandidateItem({ opening, candidate }: { opening: Opening; candidate: Candidate }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const access = useAccess();
  const nominate = useNominate(opening.id!);
  const score = new Intl.NumberFormat(i18n.language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(candidate.score ?? 0);

  return (
    <List.Item
      aria-label={t('rotation.candidates.rankOf', { rank: candidate.rank, name: candidate.name })}
      actions={
        access.canDecideRotationProposals && opening.status === 'OPEN'
          ? [
              <Popconfirm
                key="nominate"
                title={t('rotation.candidates.nominateConfirm', { name: candidate.name })}
                okText={t('common.confirm')}
                cancelText={t('common.cancel')}
                onConfirm={() =>
                  // Awaited rather than a callback: the candidate leaves the list (now on a posting) before it settles.
                  nominate.mutateAsync({ cadreId: candidate.cadreId!, version: opening.version }).then(
                    (posting) => {
                      void message.success(t('rotation.propose.done', { name: posting.name ?? '' }));
                      navigate(`/rotation/postings/${posting.id}`);
                    },
                    (error) => void message.error(problemMessage(error, t)),
                  )
                }
              >
                <Button type="primary" size="small" loading={nominate.isPending}>
                  {t('rotation.candidates.nominate')}
                </Button>
              </Popconfirm>,
            ]
          : []
      }
    >
      <Flex vertical gap={6} style={{ width: '100%' }}>
        <Flex gap={8} align="center" wrap>
          <Tag color={candidate.rank === 1 ? 'gold' : 'default'}>{t('rotation.candidates.rank', { rank: candidate.rank })}</Tag>
          <Typography.Text strong>{`${candidate.name}（${candidate.employeeNumber}）`}</Typography.Text>
          <Typography.Text type="secondary">{[candidate.unitName, enumLabel(t, 'rankLevel', candidate.rankLevel)].filter(Boolean).join(' · ')}</Typography.Text>
        </Flex>
        <Flex gap={8} align="center">
          <Typography.Text style={{ width: 72 }}>{t('rotation.candidates.score')}</Typography.Text>
          <Progress percent={Math.round((candidate.score ?? 0) * 100)} status="normal" format={() => score} style={{ maxWidth: 320, margin: 0 }} aria-label={t('rotation.candidates.score')} />
        </Flex>
        <Flex gap={16} wrap={false}>
          <Fit label={t('rotation.candidates.gapFit')} value={candidate.gapFit} />
          <Fit label={t('rotation.candidates.tenureFit')} value={candidate.tenureFit} />
          <Fit label={t('rotation.candidates.regionFit')} value={candidate.regionFit} />
        </Flex>
        <ul style={{ margin: 0, paddingInlineStart: 20 }} aria-label={t('rotation.candidates.reasons')}>
          {(candidate.reasons ?? []).map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      </Flex>
    </List.Item>
  );
}
