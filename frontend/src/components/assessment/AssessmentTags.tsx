import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ConsequenceKind, CycleStatus, EvidenceSource, GapStatus, Grade, ReviewOutcome, ReviewStatus } from '../../api/types';
import { CONSEQUENCE_KINDS, enumLabel } from '../../domain/enums';
import { EnumTag } from '../EnumTag';

const GRADE_COLORS: Record<Grade, string> = { EXCELLENT: 'success', COMPETENT: 'processing', BASICALLY_COMPETENT: 'warning', INCOMPETENT: 'error' };
const STATUS_COLORS: Record<CycleStatus | ReviewStatus, string> = { OPEN: 'processing', FINALIZED: 'success' };
const GAP_STATUS_COLORS: Record<GapStatus, string> = { OPEN: 'error', CLOSED: 'success' };
/** Consequences that reward read green; those that follow a weak grade, orange to red. */
const CONSEQUENCE_COLORS: Record<ConsequenceKind, string> = {
  COMMENDATION: 'green',
  MERIT_CITATION_CANDIDATE: 'gold',
  ADMONISHMENT_FOLLOW_UP: 'orange',
  SENIORITY_NOT_COUNTED: 'orange',
  POST_ADJUSTMENT: 'red',
  DISMISSAL_REVIEW: 'red',
  GRADE_SENIORITY_NOT_COUNTED: 'orange',
  NO_ASSESSMENT_BONUS: 'orange',
  TENURE_NOT_COUNTED: 'orange',
};
const EVIDENCE_COLORS: Record<EvidenceSource, string> = {
  RATING: 'blue',
  UNRATED: 'default',
  TRAINING: 'geekblue',
  POSTING: 'cyan',
  STUDY: 'purple',
  VISIT: 'green',
  RESEARCH: 'gold',
  MEASURE: 'volcano',
  FINDING: 'magenta',
};

export function GradeTag({ grade }: { grade?: Grade | null }) {
  const { t } = useTranslation();
  if (!grade) return null;
  return <Tag color={GRADE_COLORS[grade]}>{enumLabel(t, 'grade', grade)}</Tag>;
}

/**
 * What finalisation gave where it is not a grade: 不定等次 or 暂不定等次 (a case pending); the grade itself otherwise.
 */
export function OutcomeTag({ outcome, grade }: { outcome?: ReviewOutcome | null; grade?: Grade | null }) {
  const { t } = useTranslation();
  if (outcome === 'UNGRADED' || outcome === 'PENDING') {
    return <Tag color={outcome === 'UNGRADED' ? 'default' : 'purple'}>{enumLabel(t, 'reviewOutcome', outcome)}</Tag>;
  }
  return <GradeTag grade={grade} />;
}

export function CycleStatusTag({ status }: { status?: CycleStatus }) {
  return <EnumTag kind="cycleStatus" value={status} colors={STATUS_COLORS} />;
}

export function ReviewStatusTag({ status }: { status?: ReviewStatus }) {
  return <EnumTag kind="reviewStatus" value={status} colors={STATUS_COLORS} />;
}

export function GapStatusTag({ status }: { status?: GapStatus }) {
  return <EnumTag kind="gapStatus" value={status} colors={GAP_STATUS_COLORS} />;
}

export function EvidenceSourceTag({ source }: { source?: EvidenceSource }) {
  return <EnumTag kind="evidenceSource" value={source} colors={EVIDENCE_COLORS} />;
}

/** What a final grade brought (嘉奖, 诫勉谈话…), in the rules' order; nothing when it brought nothing. */
export function ConsequenceTags({ consequences }: { consequences?: readonly ConsequenceKind[] }) {
  const { t } = useTranslation();
  const sorted = CONSEQUENCE_KINDS.filter((kind) => consequences?.includes(kind));
  if (sorted.length === 0) return null;
  return (
    <Space size={[0, 4]} wrap>
      {sorted.map((kind) => (
        <Tag key={kind} color={CONSEQUENCE_COLORS[kind]}>
          {enumLabel(t, 'consequence', kind)}
        </Tag>
      ))}
    </Space>
  );
}
