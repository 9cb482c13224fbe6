import type { AppointmentStage, CheckAnswer, VotingKind, VotingStatus } from '../../api/types';
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
