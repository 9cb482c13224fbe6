import { KeyOutlined, PlayCircleOutlined, StopOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Popconfirm, Steps, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useIssueVoterCodes, useVotingCommand, useVotingSession } from '../../api/selectionQueries';
import type { IssuedVoterCodes, VotingSession } from '../../api/types';
import { useAccess } from '../../app/session';
import { PageLoading } from '../../components/PageLoading';
import { problemMessage } from '../../components/problemText';
import { ProblemResult } from '../../components/ProblemResult';
import { DetailHeader } from '../../components/selection/DetailHeader';
import { RecordFacts } from '../../components/selection/RecordFacts';
import { VotingKindTag, VotingStatusTag } from '../../components/selection/SelectionTags';
import { cadreLabel, formatInstant } from '../../domain/format';
import { Turnout } from './Turnout';
import { VoterCodeSlips } from './VoterCodeSlips';
import { VotingResults } from './VotingResults';
import '../../components/selection/selectionPrint.css';
import './VotingSessionPage.css';

/** Where a session stands: prepared, its codes issued, voting, counted. */
function progressOf(session: VotingSession): number {
  if (session.status === 'CLOSED') return 3;
  if (session.status === 'OPEN') return 2;
  return session.codesIssued ? 1 : 0;
}

/**
 * One voting session: its list and voter categories, the organisers' commands in order (生成投票码 — the codes shown
 * this once, on slips to print —, 开始投票, 结束投票并计票), the turnout per category (read again every few seconds while
 * the voting runs) and, once closed, the result per category and weighted.
 */
export default function VotingSessionPage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const session = useVotingSession(id);
  // the codes of the answer to 生成投票码, for this page only: the service never shows them again
  const [codes, setCodes] = useState<IssuedVoterCodes>();

  if (session.isPending) return <PageLoading />;
  if (session.isError) return <ProblemResult error={session.error} onRetry={() => void session.refetch()} />;
  const data = session.data;
  const steps = ['prepared', 'codes', 'voting', 'counted'].map((step) => ({ title: t(`selection.session.steps.${step}`) }));

  return (
    <Flex vertical gap={16}>
      <DetailHeader back="/selection/voting-sessions" title={data.title} className="selection-no-print" extra={<SessionActions session={data} onCodes={setCodes} />}>
        <VotingKindTag kind={data.kind} />
        <VotingStatusTag status={data.status} />
      </DetailHeader>
      {codes && <VoterCodeSlips session={data} codes={codes} onDone={() => setCodes(undefined)} />}
      <Card className="selection-no-print">
        <Flex vertical gap={24}>
          <Steps size="small" current={progressOf(data)} status={data.status === 'CLOSED' ? 'finish' : 'process'} items={steps} />
          <RecordFacts
            items={[
              { key: 'unit', label: t('fields.votingSession.unitId'), children: data.unitName ?? '—' },
              {
                key: 'places',
                label: t('fields.votingSession.places'),
                children: data.kind === 'RECOMMENDATION' ? t('selection.session.places', { count: data.places ?? 0 }) : t('selection.session.evaluationHint'),
              },
              {
                key: 'candidates',
                label: t('fields.votingSession.candidates'),
                span: 2,
                children: (
                  <Flex wrap gap={4}>
                    {data.candidates.map((person) => (
                      <Tag key={person.cadreId}>{cadreLabel(person.name, person.employeeNumber)}</Tag>
                    ))}
                  </Flex>
                ),
              },
              { key: 'createdBy', label: t('fields.votingSession.createdBy'), children: `${data.createdBy} · ${formatInstant(data.createdAt, i18n.language)}` },
              { key: 'codes', label: t('fields.votingSession.codesIssued'), children: data.codesIssued ? t('selection.session.codesIssued') : t('selection.session.codesNotIssued') },
              { key: 'openedAt', label: t('fields.votingSession.openedAt'), children: formatInstant(data.openedAt, i18n.language) || '—' },
              { key: 'closedAt', label: t('fields.votingSession.closedAt'), children: formatInstant(data.closedAt, i18n.language) || '—' },
            ]}
          />
        </Flex>
      </Card>
      {data.status !== 'DRAFT' && (
        <Card className="selection-no-print" title={t('selection.turnout.title')} extra={data.status === 'OPEN' && <Typography.Text type="secondary">{t('selection.turnout.live')}</Typography.Text>}>
          <Turnout session={data} updatedAt={session.dataUpdatedAt} />
        </Card>
      )}
      {data.status === 'CLOSED' && (
        <Card className="selection-no-print" title={t('selection.results.title')}>
          <VotingResults session={data} />
        </Card>
      )}
    </Flex>
  );
}

/**
 * What the organisers may do next, one command at a time, each confirmed: issuing the codes warns that they are shown
 * once, closing that no ballot is taken afterwards. Offered to HR and administrators; the service refuses others of
 * another unit.
 */
function SessionActions({ session, onCodes }: { session: VotingSession; onCodes: (codes: IssuedVoterCodes) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const access = useAccess();
  const issue = useIssueVoterCodes(session.id);
  const command = useVotingCommand(session.id);
  if (!access.canRunSelection) return null;
  const failed = (error: unknown) => void message.error(problemMessage(error, t));

  const issueCodes = () =>
    issue.mutateAsync({ version: session.version }).then((codes) => {
      onCodes(codes);
      issue.reset();
    }, failed);
  const open = () =>
    command.mutateAsync({ command: 'OPEN', version: session.version }).then(() => void message.success(t('selection.session.opened')), failed);
  const close = () =>
    command.mutateAsync({ command: 'CLOSE', version: session.version }).then(() => void message.success(t('selection.session.closed')), failed);
  const confirm = { okText: t('common.confirm'), cancelText: t('common.cancel') };

  if (session.status === 'DRAFT' && !session.codesIssued) {
    return (
      <Popconfirm title={t('selection.session.issueTitle')} description={t('selection.session.issueConfirm')} onConfirm={issueCodes} {...confirm}>
        <Button type="primary" icon={<KeyOutlined />} loading={issue.isPending}>
          {t('selection.session.issue')}
        </Button>
      </Popconfirm>
    );
  }
  if (session.status === 'DRAFT') {
    return (
      <Popconfirm title={t('selection.session.openConfirm')} onConfirm={open} {...confirm}>
        <Button type="primary" icon={<PlayCircleOutlined />} loading={command.isPending}>
          {t('selection.session.open')}
        </Button>
      </Popconfirm>
    );
  }
  if (session.status === 'OPEN') {
    return (
      <Popconfirm
        title={t('selection.session.closeTitle')}
        description={t('selection.session.closeConfirm', { voted: session.categories.reduce((sum, c) => sum + c.voted, 0) })}
        onConfirm={close}
        okButtonProps={{ danger: true }}
        {...confirm}
      >
        <Button danger icon={<StopOutlined />} loading={command.isPending}>
          {t('selection.session.close')}
        </Button>
      </Popconfirm>
    );
  }
  return null;
}
