import { PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Space, Steps, theme, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useAppointment } from '../../api/selectionQueries';
import type { Appointment } from '../../api/types';
import { PageLoading } from '../../components/PageLoading';
import { ProblemResult } from '../../components/ProblemResult';
import { DetailHeader } from '../../components/selection/DetailHeader';
import { RecordFacts } from '../../components/selection/RecordFacts';
import { StageTag } from '../../components/selection/SelectionTags';
import { enumLabel } from '../../domain/enums';
import { cadreLabel, formatInstant, formatInstantDay } from '../../domain/format';
import { objectionSteps, stepKind, stepNote, stepReaching, TRAIL_STAGES, trailPosition } from '../../domain/selection';
import { AppointmentActions } from './AppointmentActions';
import { CandidateChecks } from './CandidateChecks';

/**
 * One appointment trail (选拔任用全程纪实): where it stands among the regulation's stages, the step HR may take next,
 * the candidates with their reports and the four checks of 凡提四必 (each office answering its own), the meeting's vote,
 * the publicity and its objections, and every step with who took it and when; 打印纪实 opens the record laid out for
 * paper.
 */
export default function AppointmentPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const trail = useAppointment(id);

  if (trail.isPending) return <PageLoading />;
  if (trail.isError) return <ProblemResult error={trail.error} onRetry={() => void trail.refetch()} />;
  const data = trail.data;
  const position = trailPosition(data);

  return (
    <Flex vertical gap={16}>
      <DetailHeader
        back="/selection/appointments"
        title={data.postTitle}
        unit={data.unitName}
        extra={
          <Space wrap>
            <AppointmentActions trail={data} />
            <Button icon={<PrinterOutlined />} onClick={() => navigate(`/selection/appointments/${data.id}/record`)}>
              {t('selection.record.print')}
            </Button>
          </Space>
        }
      >
        <StageTag stage={data.stage} />
      </DetailHeader>
      <Card>
        <Flex vertical gap={24}>
          <Steps
            size="small"
            current={position.index}
            status={position.withdrawn ? 'error' : data.stage === 'APPOINTED' ? 'finish' : 'process'}
            items={TRAIL_STAGES.map((stage, index) => {
              const reached = stepReaching(data.steps, stage);
              return {
                title: enumLabel(t, 'appointmentStage', stage),
                description: position.withdrawn && index === position.index ? enumLabel(t, 'appointmentStage', 'WITHDRAWN') : reached ? formatInstantDay(reached.at, i18n.language) : undefined,
              };
            })}
          />
          <TrailFacts trail={data} />
        </Flex>
      </Card>
      {data.candidates.length > 0 && (
        <Card title={t('selection.checks.title')}>
          <CandidateChecks trail={data} />
        </Card>
      )}
      {(data.decision || data.publicity) && (
        <Card title={t('selection.trail.decisionAndPublicity')}>
          <DecisionAndPublicity trail={data} />
        </Card>
      )}
      <Card title={t('selection.record.title')}>
        <Timeline
          aria-label={t('selection.record.title')}
          items={data.steps.map((step, index) => {
            const kind = stepKind(step);
            const note = stepNote(step);
            return {
              key: index,
              color: kind === 'WITHDRAWN' || kind === 'OBJECTION_RAISED' ? 'red' : kind === 'APPOINTED' ? 'green' : 'blue',
              content: (
                <Flex vertical data-step={kind}>
                  <Typography.Text strong>{t(`selection.record.kind.${kind}`)}</Typography.Text>
                  <Typography.Text type="secondary">
                    {step.actor} · {formatInstant(step.at, i18n.language)}
                  </Typography.Text>
                  {note && <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{note}</Typography.Text>}
                </Flex>
              ),
            };
          })}
        />
      </Card>
    </Flex>
  );
}

function TrailFacts({ trail }: { trail: Appointment }) {
  const { t, i18n } = useTranslation();
  const field = (key: string) => t(`fields.appointment.${key}`);
  return (
    <RecordFacts
      items={[
        { key: 'unit', label: field('unitId'), children: trail.unitName ?? '—' },
        { key: 'rank', label: field('rankLevel'), children: enumLabel(t, 'rankLevel', trail.rankLevel) },
        { key: 'method', label: field('method'), children: enumLabel(t, 'selectionMethod', trail.method) },
        { key: 'createdBy', label: field('createdBy'), children: `${trail.createdBy} · ${formatInstant(trail.createdAt, i18n.language)}` },
        { key: 'reason', label: field('reason'), span: 2, children: <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{trail.reason}</Typography.Text> },
        ...(trail.votingSessionId
          ? [{ key: 'session', label: field('votingSession'), span: 2, children: <Link to={`/selection/voting-sessions/${trail.votingSessionId}`}>{t('selection.trail.openSession')}</Link> }]
          : []),
        ...(trail.appointedOn ? [{ key: 'appointedOn', label: field('appointedOn'), span: 2, children: trail.appointedOn }] : []),
        ...(trail.withdrawnReason ? [{ key: 'withdrawn', label: field('withdrawnReason'), span: 2, children: trail.withdrawnReason }] : []),
      ]}
    />
  );
}

/** 讨论决定 (the candidate and the vote) and 任前公示 (its days, the objections raised and looked into). */
function DecisionAndPublicity({ trail }: { trail: Appointment }) {
  const { t, i18n } = useTranslation();
  const { token } = theme.useToken();
  const field = (key: string) => t(`fields.appointment.${key}`);
  const objections = objectionSteps(trail.steps);
  return (
    <Flex vertical gap={16}>
      <RecordFacts
        items={[
          ...(trail.decision
            ? [
                { key: 'decided', label: field('decided'), children: cadreLabel(trail.decision.person.name, trail.decision.person.employeeNumber) },
                { key: 'meetingOn', label: field('meetingOn'), children: trail.decision.meetingOn },
                {
                  key: 'vote',
                  label: field('vote'),
                  span: 2,
                  children: t('selection.trail.vote', { members: trail.decision.members, present: trail.decision.present, inFavour: trail.decision.inFavour }),
                },
              ]
            : []),
          ...(trail.publicity
            ? [
                { key: 'publicity', label: field('publicity'), children: t('rotation.period', { start: trail.publicity.startOn, end: trail.publicity.lastDay }) },
                {
                  key: 'objectionsOpen',
                  label: field('objectionsOpen'),
                  children:
                    trail.publicity.objectionsOpen > 0 ? (
                      <Typography.Text type="danger">{t('selection.trail.objectionsOpen', { count: trail.publicity.objectionsOpen })}</Typography.Text>
                    ) : (
                      t('selection.trail.noObjectionOpen')
                    ),
                },
              ]
            : []),
        ]}
      />
      {objections.length > 0 && (
        <Flex vertical gap={8}>
          <Typography.Text strong>{t('selection.trail.objections')}</Typography.Text>
          <Flex vertical gap={8} role="list" aria-label={t('selection.trail.objections')}>
            {objections.map((step, index) => (
              <Flex key={index} vertical role="listitem" style={{ padding: '8px 12px', border: `1px solid ${token.colorBorderSecondary}`, borderRadius: token.borderRadius }}>
                <Typography.Text strong type={stepKind(step) === 'OBJECTION_RAISED' ? 'danger' : undefined}>
                  {t(`selection.record.kind.${stepKind(step)}`)}
                </Typography.Text>
                <span>{stepNote(step)}</span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {step.actor} · {formatInstant(step.at, i18n.language)}
                </Typography.Text>
              </Flex>
            ))}
          </Flex>
        </Flex>
      )}
    </Flex>
  );
}
