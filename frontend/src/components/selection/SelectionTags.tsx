import { Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AppointmentStage, CheckAnswer, PoolMemberStatus, ReadinessGap, ReadinessLevel, VotingKind, VotingStatus } from '../../api/types';
import { reasonText, type ReasonLike } from '../../domain/reasons';
import { EnumTag } from '../EnumTag';

const VOTING_STATUS_COLORS: Record<VotingStatus, string> = { DRAFT: 'default', OPEN: 'processing', CLOSED: 'success' };
const VOTING_KIND_COLORS: Record<VotingKind, string> = { RECOMMENDATION: 'geekblue', EVALUATION: 'purple' };
const STAGE_COLORS: Record<AppointmentStage, string> = {
  MOTION: 'blue',
  RECOMMENDATION: 'blue',
  CANDIDATES: 'blue',
  INVESTIGATION: 'blue',
  JOINT_REVIEW: 'gold',
  DECISION: 'cyan',
  PUBLICITY: 'orange',
  APPOINTED: 'success',
  WITHDRAWN: 'default',
};
/** 待答复 in amber until answered; 有问题 in red: it keeps the candidate from the decision. */
const ANSWER_COLORS: Record<CheckAnswer, string> = { REQUESTED: 'gold', CLEAR: 'success', NEGATIVE: 'error' };

const POOL_MEMBER_COLORS: Record<PoolMemberStatus, string> = { NOMINATED: 'gold', ADMITTED: 'success', DECLINED: 'default', LEFT: 'default' };
const READINESS_COLORS: Record<ReadinessLevel, string> = { READY_NOW: 'success', ONE_TO_TWO_YEARS: 'processing', THREE_PLUS_YEARS: 'default' };

export function VotingStatusTag({ status }: { status?: VotingStatus }) {
  return <EnumTag kind="votingStatus" value={status} colors={VOTING_STATUS_COLORS} />;
}

export function VotingKindTag({ kind }: { kind?: VotingKind }) {
  return <EnumTag kind="votingKind" value={kind} colors={VOTING_KIND_COLORS} />;
}

export function StageTag({ stage }: { stage?: AppointmentStage }) {
  return <EnumTag kind="appointmentStage" value={stage} colors={STAGE_COLORS} />;
}

export function CheckAnswerTag({ answer }: { answer?: CheckAnswer }) {
  return <EnumTag kind="checkAnswer" value={answer} colors={ANSWER_COLORS} />;
}

export function PoolMemberStatusTag({ status }: { status?: PoolMemberStatus }) {
  return <EnumTag kind="poolMemberStatus" value={status} colors={POOL_MEMBER_COLORS} />;
}

export function ReadinessTag({ readiness }: { readiness?: ReadinessLevel | null }) {
  return <EnumTag kind="readinessLevel" value={readiness ?? undefined} colors={READINESS_COLORS} />;
}

/** A reason of the service in the reader's language (its catalogue), the service's own words for a code unknown here. */
function useReasonText() {
  const { i18n } = useTranslation();
  return (reason: ReasonLike & { message: string }) => reasonText(i18n.language, reason, reason.message);
}

/**
 * A live member's review against the pool's entry rules today: 符合 in green when nothing stands against them, else a
 * warning tag per rule not met, in words.
 */
export function StandingTags({ standing }: { standing: readonly (ReasonLike & { message: string })[] }) {
  const { t } = useTranslation();
  const text = useReasonText();
  if (standing.length === 0) return <Tag color="success">{t('selection.pools.meets')}</Tag>;
  return (
    <Flex vertical gap={4} align="start">
      {standing.map((reason, index) => (
        <Tag key={index} color="warning" style={{ whiteSpace: 'normal' }}>
          {text(reason)}
        </Tag>
      ))}
    </Flex>
  );
}

/** What a successor or a candidate still lacks for the post, one line each; nothing when nothing is. */
export function GapList({ gaps }: { gaps: readonly ReadinessGap[] }) {
  const text = useReasonText();
  if (gaps.length === 0) return null;
  return (
    <ul style={{ margin: 0, paddingInlineStart: 16 }}>
      {gaps.map((gap, index) => (
        <li key={index}>{text(gap)}</li>
      ))}
    </ul>
  );
}
