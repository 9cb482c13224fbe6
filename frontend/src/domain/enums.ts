import type { TFunction } from 'i18next';
import type {
  AnnualEffect,
  AppointmentCommand,
  AppointmentStage,
  AuditType,
  CadreCategory,
  CadreStatus,
  Capability,
  ComplianceStatus,
  CheckAnswer,
  CheckInMethod,
  ClassStatus,
  ConsequenceKind,
  CourseKind,
  CoverageStatus,
  CycleStatus,
  Education,
  EnrolmentStatus,
  Evaluation,
  EvidenceSource,
  FindingStatus,
  GapStatus,
  HeldPassportStatus,
  Gender,
  Grade,
  HoursClaimStatus,
  JointReviewCheck,
  MeasureFamily,
  MeasureStatus,
  OpeningStatus,
  PersonalChangeKind,
  PersonalMatters,
  PersonalReportFilingStatus,
  PoliticalStatus,
  PoolMemberStatus,
  ReadinessLevel,
  DevelopmentKind,
  PostExperience,
  SuccessionStep,
  GridBand,
  PostingProposalStatus,
  PostingStatus,
  PostingType,
  RankLevel,
  Region,
  RoundKind,
  ReviewOutcome,
  RoundStatus,
  SelectionMethod,
  Severity,
  SpotCheckResult,
  TenureStatus,
  TripCommand,
  TripStatus,
  VotingKind,
  VotingStatus,
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
  GRADE_SENIORITY_NOT_COUNTED: true,
  NO_ASSESSMENT_BONUS: true,
  TENURE_NOT_COUNTED: true,
});

/** 学时申报: pending until HR accepts or rejects the evidence. */
export const CLAIM_STATUSES = valuesOf<HoursClaimStatus>({ PENDING: true, ACCEPTED: true, REJECTED: true });

export const CYCLE_STATUSES = valuesOf<CycleStatus>({ OPEN: true, FINALIZED: true });

export const GAP_STATUSES = valuesOf<GapStatus>({ OPEN: true, CLOSED: true });

/** Where the points of a capability score come from. */
export const EVIDENCE_SOURCES = valuesOf<EvidenceSource>({
  RATING: true,
  UNRATED: true,
  TRAINING: true,
  POSTING: true,
  STUDY: true,
  VISIT: true,
  RESEARCH: true,
  MEASURE: true,
  FINDING: true,
});

/** 挂职/交流 through its workflow: proposed → approved → active → completed, or cancelled before it starts. */
export const POSTING_STATUSES = valuesOf<PostingStatus>({ PROPOSED: true, APPROVED: true, ACTIVE: true, COMPLETED: true, CANCELLED: true });

export const POSTING_TYPES = valuesOf<PostingType>({
  TEMPORARY_POST: true,
  POVERTY_ALLEVIATION: true,
  JOB_ROTATION: true,
  CROSS_REGION_EXCHANGE: true,
  NATIONAL_STRATEGY_REGION: true,
  CROSS_DEPARTMENT: true,
  INSPECTION_DUTY: true,
});

/** 东部 / 中部 / 西部 (国家统计局). */
export const REGIONS = valuesOf<Region>({ EAST: true, CENTRAL: true, WEST: true });

export const CHECK_IN_METHODS = valuesOf<CheckInMethod>({ VISIT: true, CALL: true, TALK: true, VIDEO: true });

/** 期满鉴定, from best to worst. */
export const EVALUATIONS = valuesOf<Evaluation>({ EXCELLENT: true, GOOD: true, PASSED: true, FAILED: true });

export const TENURE_STATUSES = valuesOf<TenureStatus>({ DUE: true, SOON_DUE: true, NOT_DUE: true });

export const POSTING_PROPOSAL_STATUSES = valuesOf<PostingProposalStatus>({ PROPOSED: true, ACCEPTED: true, DISMISSED: true, OBSOLETE: true });

export const OPENING_STATUSES = valuesOf<OpeningStatus>({ OPEN: true, FILLED: true, CLOSED: true });

export const CLASS_STATUSES = valuesOf<ClassStatus>({ OPEN: true, COMPLETED: true, CANCELLED: true });

/**
 * 巡视 (the bureau of its provincial administrations), 巡察 (a province of its municipal ones) and 经济责任审计 (of a
 * unit's leader, by the bureau or a province above the unit).
 */
export const ROUND_KINDS = valuesOf<RoundKind>({ INSPECTION: true, CIRCUIT: true, AUDIT: true });

/** 经济责任审计: 离任 (on leaving the post) or 任中 (while in it). */
export const AUDIT_TYPES = valuesOf<AuditType>({ DEPARTURE: true, IN_TERM: true });

/** A round's stages, in order. */
export const ROUND_STATUSES = valuesOf<RoundStatus>({ PLANNED: true, ON_SITE: true, FEEDBACK: true, RECTIFICATION: true, CLOSED: true });

export const FINDING_STATUSES = valuesOf<FindingStatus>({ OPEN: true, REPORTED: true, CLOSED: true, REOPENED: true });

export const SEVERITIES = valuesOf<Severity>({ MINOR: true, SERIOUS: true, GRAVE: true });

export const COVERAGE_STATUSES = valuesOf<CoverageStatus>({ COVERED: true, PLANNED: true, NOT_YET: true });

export const MEASURE_STATUSES = valuesOf<MeasureStatus>({ IN_FORCE: true, EXPIRED: true, REVOKED: true, CONCLUDED: true });

/** The four forms of supervision (监督执纪"四种形态"), mildest first. */
export const MEASURE_FORMS = [1, 2, 3, 4] as const;
export type MeasureForm = (typeof MEASURE_FORMS)[number];

/** The families of the measure catalogue (DOMAIN.md), in the order the apply form groups them. */
export const MEASURE_FAMILIES = valuesOf<MeasureFamily>({
  FORM_ONE: true,
  ADMONISHMENT: true,
  PARTY_DISCIPLINE: true,
  GOVERNMENT_SANCTION: true,
  ORGANISATIONAL_HANDLING: true,
  CASE: true,
});

/** What a supervision measure does to one annual assessment, lightest first. */
export const ANNUAL_EFFECTS = valuesOf<AnnualEffect>({ NONE: true, NO_EXCELLENT: true, PENDING: true, UNGRADED: true, INCOMPETENT: true });

export const REVIEW_OUTCOMES = valuesOf<ReviewOutcome>({ GRADED: true, UNGRADED: true, PENDING: true });

// 个人有关事项
export const MARITAL_STATUSES = valuesOf<PersonalMatters['maritalStatus']>({ MARRIED: true, UNMARRIED: true, DIVORCED: true, WIDOWED: true });
export const FAMILY_RELATIONS = valuesOf<PersonalMatters['family'][number]['relation']>({ SPOUSE: true, CHILD: true, CHILD_SPOUSE: true });
export const PASSPORT_KINDS = valuesOf<PersonalMatters['passports'][number]['kind']>({
  PASSPORT: true,
  HONG_KONG_MACAO_PERMIT: true,
  TAIWAN_PERMIT: true,
});
export const INVESTMENT_KINDS = valuesOf<PersonalMatters['investments'][number]['kind']>({ STOCK: true, FUND: true, INSURANCE: true, COMPANY: true });
export const PERSONAL_CHANGE_KINDS = valuesOf<PersonalChangeKind>({ MARRIAGE: true, FAMILY_ABROAD: true });
export const FILING_STATUSES = valuesOf<PersonalReportFilingStatus>({ FILED: true, LATE: true, MISSING: true });
export const SPOT_CHECK_RESULTS = valuesOf<SpotCheckResult>({ TRUTHFUL: true, OMISSION: true, CONCEALMENT: true });

// 出国（境）
/** 集中保管中, 已领用 (out for a trip), 已注销. */
export const HELD_PASSPORT_STATUSES = valuesOf<HeldPassportStatus>({ HELD: true, ISSUED: true, CANCELLED: true });
/** A trip through its workflow: asked → approved → passport out → passport back; refused or withdrawn on the way. */
export const TRIP_STATUSES = valuesOf<TripStatus>({ REQUESTED: true, APPROVED: true, ISSUED: true, RETURNED: true, REFUSED: true, CANCELLED: true });
/** The order a trip's buttons stand in: forward first, withdrawing last. */
export const TRIP_COMMANDS = valuesOf<TripCommand>({ APPROVE: true, REFUSE: true, ISSUE_PASSPORT: true, RETURN_PASSPORT: true, CANCEL: true });

// 选拔任用
/** 民主推荐 (recommend up to the places) or 民主测评 (grade each person). */
export const VOTING_KINDS = valuesOf<VotingKind>({ RECOMMENDATION: true, EVALUATION: true });
/** A voting session: prepared (its codes issued once), open for ballots, closed and counted. */
export const VOTING_STATUSES = valuesOf<VotingStatus>({ DRAFT: true, OPEN: true, CLOSED: true });
/** 选拔方式. */
export const SELECTION_METHODS = valuesOf<SelectionMethod>({ RECOMMENDATION: true, COMPETITION: true, OPEN_SELECTION: true });
/** The appointment trail's stages in the order 党政领导干部选拔任用工作条例 sets, then 终止. */
export const APPOINTMENT_STAGES = valuesOf<AppointmentStage>({
  MOTION: true,
  RECOMMENDATION: true,
  CANDIDATES: true,
  INVESTIGATION: true,
  JOINT_REVIEW: true,
  DECISION: true,
  PUBLICITY: true,
  APPOINTED: true,
  WITHDRAWN: true,
});
/** The trail's commands, each moving it one stage on (终止 last). */
export const APPOINTMENT_COMMANDS = valuesOf<AppointmentCommand>({
  RECOMMEND: true,
  SET_CANDIDATES: true,
  INVESTIGATE: true,
  REVIEW: true,
  DECIDE: true,
  PUBLISH: true,
  APPOINT: true,
  WITHDRAW: true,
});
/** 凡提四必: the personnel file (必审), the personal matters (必核), the discipline organ's opinion (必听), the petitions (必查). */
export const JOINT_REVIEW_CHECKS = valuesOf<JointReviewCheck>({ PERSONNEL_FILE: true, PERSONAL_MATTERS: true, DISCIPLINE_OPINION: true, PETITIONS: true });
export const CHECK_ANSWERS = valuesOf<CheckAnswer>({ REQUESTED: true, CLEAR: true, NEGATIVE: true });

/** 后备干部库: nominated and awaiting review, admitted, declined, taken out. */
export const POOL_MEMBER_STATUSES = valuesOf<PoolMemberStatus>({ NOMINATED: true, ADMITTED: true, DECLINED: true, LEFT: true });
/** 培养计划: training that builds a capability, or a posting. */
export const DEVELOPMENT_KINDS = valuesOf<DevelopmentKind>({ TRAINING: true, POSTING: true });
/** 依事择人: the experience a key post may ask for (基层, 西部地区, 跨地区交流, 乡村振兴). */
export const POST_EXPERIENCES = valuesOf<PostExperience>({ GRASSROOTS: true, WESTERN_REGION: true, CROSS_REGION_EXCHANGE: true, POVERTY_ALLEVIATION: true });
/** 后备人选成熟度, the readiest first. */
export const READINESS_LEVELS = valuesOf<ReadinessLevel>({ READY_NOW: true, ONE_TO_TWO_YEARS: true, THREE_PLUS_YEARS: true });
/** How a successor would step into the post: at the same level, a deputy to chief, a chief to the higher deputy. */
export const SUCCESSION_STEPS = valuesOf<SuccessionStep>({ SAME_LEVEL: true, DEPUTY_TO_CHIEF: true, CHIEF_TO_HIGHER_DEPUTY: true });
/** 九宫格's bands of performance and potential, high first. */
export const GRID_BANDS = valuesOf<GridBand>({ HIGH: true, MEDIUM: true, LOW: true });

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
  | 'evidenceSource'
  | 'postingStatus'
  | 'postingType'
  | 'postingCommand'
  | 'region'
  | 'checkInMethod'
  | 'evaluation'
  | 'tenureStatus'
  | 'postingProposalStatus'
  | 'openingStatus'
  | 'roundKind'
  | 'auditType'
  | 'roundStatus'
  | 'roundCommand'
  | 'findingStatus'
  | 'severity'
  | 'coverageStatus'
  | 'measureType'
  | 'measureFamily'
  | 'measureStatus'
  | 'annualEffect'
  | 'reviewOutcome'
  | 'claimStatus'
  | 'measureForm'
  | 'reportVerdict'
  | 'maritalStatus'
  | 'familyRelation'
  | 'passportKind'
  | 'investmentKind'
  | 'personalChangeKind'
  | 'personalReportKind'
  | 'filingStatus'
  | 'spotCheckReason'
  | 'spotCheckStatus'
  | 'spotCheckResult'
  | 'heldPassportStatus'
  | 'tripStatus'
  | 'tripCommand'
  | 'votingKind'
  | 'votingStatus'
  | 'selectionMethod'
  | 'appointmentStage'
  | 'appointmentCommand'
  | 'jointReviewCheck'
  | 'checkAnswer'
  | 'poolMemberStatus'
  | 'readinessLevel'
  | 'successionStep'
  | 'gridBand'
  | 'developmentKind'
  | 'developmentTaskStatus'
  | 'postExperience'
  | 'postingProposalOrigin';

/** The localized label of an API enum code (`SECTION_PRINCIPAL` → 正乡科级); the code itself when unknown. */
export function enumLabel(t: TFunction, kind: EnumKind, value: string | null | undefined): string {
  if (value == null || value === '') return '';
  return t(`enum.${kind}.${value}`, { defaultValue: value });
}

export function enumOptions<T extends string>(t: TFunction, kind: EnumKind, values: readonly T[]) {
  return values.map((value) => ({ value, label: enumLabel(t, kind, value) }));
}
