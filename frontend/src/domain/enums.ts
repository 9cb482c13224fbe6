import type { TFunction } from 'i18next';
import type {
  CadreCategory,
  CadreStatus,
  Capability,
  ComplianceStatus,
  ConsequenceKind,
  CourseKind,
  CycleStatus,
  Education,
  EnrolmentStatus,
  EvidenceSource,
  GapStatus,
  Gender,
  Grade,
  PoliticalStatus,
  RankLevel,
} from '../api/types';

/** Lists every value of an API enum in display order; the Record type makes the compiler catch a missing one. */
function valuesOf<T extends string>(all: Record<T, true>): T[] {
  return Object.keys(all) as T[];
}

export const RANK_LEVELS = valuesOf<RankLevel>({
  BUREAU_PRINCIPAL: true,
  BUREAU_DEPUTY: true,
  DIVISION_PRINCIPAL: true,
  DIVISION_DEPUTY: true,
  SECTION_PRINCIPAL: true,
  SECTION_DEPUTY: true,
});

export const CADRE_CATEGORIES = valuesOf<CadreCategory>({
  PARTY_GROUP_MANAGED: true,
  YOUNG_AND_MIDDLE_AGED: true,
  OUTSTANDING_YOUNG: true,
  RESERVE: true,
});

export const GENDERS = valuesOf<Gender>({ MALE: true, FEMALE: true });

export const POLITICAL_STATUSES = valuesOf<PoliticalStatus>({
  CPC_MEMBER: true,
  CPC_PROBATIONARY_MEMBER: true,
  DEMOCRATIC_PARTY_MEMBER: true,
  NON_PARTY: true,
  MASSES: true,
});

export const EDUCATIONS = valuesOf<Education>({
  DOCTORATE: true,
  MASTER: true,
  BACHELOR: true,
  JUNIOR_COLLEGE: true,
  SECONDARY: true,
});

export const CADRE_STATUSES = valuesOf<CadreStatus>({ ACTIVE: true, RETIRED: true });

export const COURSE_KINDS = valuesOf<CourseKind>({
  THEORY_STUDY: true,
  SPECIAL_TOPIC: true,
  DESIGNATED: true,
  ROTATIONAL: true,
  LECTURE_SERIES: true,
  ONLINE: true,
  EXTERNAL_PLACEMENT: true,
  BUSINESS: true,
});

/** The eight capabilities (八项本领) a course builds. */
export const CAPABILITIES = valuesOf<Capability>({
  LEARNING: true,
  POLITICAL_LEADERSHIP: true,
  REFORM_INNOVATION: true,
  SCIENTIFIC_DEVELOPMENT: true,
  LAW_BASED_GOVERNANCE: true,
  MASS_WORK: true,
  IMPLEMENTATION: true,
  RISK_MANAGEMENT: true,
});

/** From fine to worst, as the training service orders them. */
export const COMPLIANCE_STATUSES = valuesOf<ComplianceStatus>({
  COMPLIANT: true,
  ON_TRACK: true,
  GRACE: true,
  AT_RISK: true,
  SHORTFALL: true,
});

export const ENROLMENT_STATUSES = valuesOf<EnrolmentStatus>({
  ENROLLED: true,
  WAITLISTED: true,
  WITHDRAWN: true,
  COMPLETED: true,
  FAILED: true,
});

/** 年度考核等次, from best to worst. */
export const GRADES = valuesOf<Grade>({ EXCELLENT: true, COMPETENT: true, BASICALLY_COMPETENT: true, INCOMPETENT: true });

/** What a final grade brings with it, in the order the rules name them. */
export const CONSEQUENCE_KINDS = valuesOf<ConsequenceKind>({
  COMMENDATION: true,
  MERIT_CITATION_CANDIDATE: true,
  ADMONISHMENT_FOLLOW_UP: true,
  SENIORITY_NOT_COUNTED: true,
  POST_ADJUSTMENT: true,
  DISMISSAL_REVIEW: true,
});

export const CYCLE_STATUSES = valuesOf<CycleStatus>({ OPEN: true, FINALIZED: true });

export const GAP_STATUSES = valuesOf<GapStatus>({ OPEN: true, CLOSED: true });

/** Where the points of a capability score come from. */
export const EVIDENCE_SOURCES = valuesOf<EvidenceSource>({ RATING: true, UNRATED: true, TRAINING: true, POSTING: true, MEASURE: true, FINDING: true });

/** 厅局级 / 县处级 / 乡科级, each with its principal (正) and deputy (副) rank. */
export const RANK_TIERS = [
  { tier: 'BUREAU', ranks: ['BUREAU_PRINCIPAL', 'BUREAU_DEPUTY'] },
  { tier: 'DIVISION', ranks: ['DIVISION_PRINCIPAL', 'DIVISION_DEPUTY'] },
  { tier: 'SECTION', ranks: ['SECTION_PRINCIPAL', 'SECTION_DEPUTY'] },
] as const satisfies readonly { tier: string; ranks: readonly RankLevel[] }[];

export type EnumKind =
  | 'rankLevel'
  | 'category'
  | 'gender'
  | 'politicalStatus'
  | 'education'
  | 'cadreStatus'
  | 'unitKind'
  | 'rowStatus'
  | 'auditKind'
  | 'courseKind'
  | 'capability'
  | 'complianceStatus'
  | 'requirementKind'
  | 'enrolmentStatus'
  | 'classStatus'
  | 'proposalReason'
  | 'proposalStatus'
  | 'recordSource'
  | 'grade'
  | 'consequence'
  | 'cycleStatus'
  | 'reviewStatus'
  | 'gapStatus'
  | 'gapReason'
  | 'evidenceSource';

/** The localized label of an API enum code (`SECTION_PRINCIPAL` → 正乡科级); the code itself when unknown. */
export function enumLabel(t: TFunction, kind: EnumKind, value: string | null | undefined): string {
  if (value == null || value === '') return '';
  return t(`enum.${kind}.${value}`, { defaultValue: value });
}

export function enumOptions<T extends string>(t: TFunction, kind: EnumKind, values: readonly T[]) {
  return values.map((value) => ({ value, label: enumLabel(t, kind, value) }));
}
