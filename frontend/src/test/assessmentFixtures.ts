import type { AssessmentCycle, CapabilityGap, CapabilityProfile, Eligibility, Review, ReviewRow, ReviewSupervision, TrainingProposal } from '../api/types';
import { CADRE_ID, SHENZHEN_ID } from './fixtures';
import { OTHER_CADRE_ID } from './trainingFixtures';

export const CYCLE_ID = '50000000-0000-4000-8000-000000000001';
export const REVIEW_ID = '60000000-0000-4000-8000-000000000001';
export const BLOCKED_REVIEW_ID = '60000000-0000-4000-8000-000000000002';

/** A year no supervision measure touches: 优秀 is open, nothing to explain. */
export const FREE_YEAR: ReviewSupervision = { effect: 'NONE', effectName: '无影响', note: null, gradableAfterwards: false };

/** Shenzhen's open 2026 cycle: 12 assessed, 3 proposed 优秀 against a quota of 2 (20% of 12). */
export const shenzhenCycle: AssessmentCycle = {
  id: CYCLE_ID,
  unitId: SHENZHEN_ID,
  unitName: '深圳市邮政管理局',
  year: 2026,
  title: '深圳市邮政管理局 2026 年度考核',
  status: 'OPEN',
  assessed: 12,
  graded: 11,
  ungraded: 0,
  pendingConclusion: 0,
  proposed: { EXCELLENT: 3, COMPETENT: 7, BASICALLY_COMPETENT: 1, INCOMPETENT: 0 },
  finalGrades: { EXCELLENT: 0, COMPETENT: 0, BASICALLY_COMPETENT: 0, INCOMPETENT: 0 },
  quota: { assessed: 12, excellent: 3, quota: 2, rate: 0.2, raised: false, allowed: false, standardQuota: 2, raisedQuota: 3 },
  pool: null,
  raisedQuotaApproval: { approved: false, approver: null, approvedAt: null, reason: null },
  selfReportDue: '2026-12-15',
  createdAt: '2026-11-02T01:00:00Z',
  createdBy: 'hr-guangdong',
  finalizedAt: null,
  finalizedBy: null,
  version: 4,
};

/** Guangdong's finalised 2025 cycle, within its quota. */
export const guangdongCycle2025: AssessmentCycle = {
  ...shenzhenCycle,
  id: '50000000-0000-4000-8000-000000000002',
  unitId: '00000000-0000-4000-8000-000000000044',
  unitName: '广东省邮政管理局',
  year: 2025,
  title: '广东省邮政管理局 2025 年度考核',
  status: 'FINALIZED',
  assessed: 32,
  graded: 32,
  proposed: { EXCELLENT: 6, COMPETENT: 25, BASICALLY_COMPETENT: 1, INCOMPETENT: 0 },
  finalGrades: { EXCELLENT: 6, COMPETENT: 25, BASICALLY_COMPETENT: 1, INCOMPETENT: 0 },
  quota: { assessed: 32, excellent: 6, quota: 6, rate: 0.2, raised: false, allowed: true, standardQuota: 6, raisedQuota: 8 },
  finalizedAt: '2026-01-15T02:00:00Z',
  finalizedBy: 'hr-guangdong',
  version: 2,
};

export const reviewRows: ReviewRow[] = [
  {
    id: REVIEW_ID,
    cadreId: CADRE_ID,
    employeeNumber: 'YZ000001',
    name: '陈建国',
    rankLevel: 'DIVISION_PRINCIPAL',
    superiorGrade: 'EXCELLENT',
    proposedGrade: 'EXCELLENT',
    finalGrade: null,
    outcome: null,
    ballots: 5,
    selfReported: true,
    excellentBlockedBy: null,
    supervision: FREE_YEAR,
    status: 'OPEN',
    version: 3,
  },
  {
    id: BLOCKED_REVIEW_ID,
    cadreId: OTHER_CADRE_ID,
    employeeNumber: 'YZ000002',
    name: '林晓',
    rankLevel: 'SECTION_PRINCIPAL',
    superiorGrade: null,
    proposedGrade: null,
    finalGrade: null,
    outcome: null,
    ballots: 0,
    selfReported: false,
    excellentBlockedBy: '受处分或组织处理影响，2026 年度不得评为优秀',
    supervision: { effect: 'NO_EXCELLENT', effectName: '不得评为优秀', note: '受处分或组织处理影响，2026 年度不得评为优秀', gradableAfterwards: false },
    status: 'OPEN',
    version: 0,
  },
];

/** 陈建国's open review: reported, rated, proposed 优秀, five ballots. */
export const ratedReview: Review = {
  id: REVIEW_ID,
  cycleId: CYCLE_ID,
  year: 2026,
  cadreId: CADRE_ID,
  employeeNumber: 'YZ000001',
  name: '陈建国',
  unitId: SHENZHEN_ID,
  rankLevel: 'DIVISION_PRINCIPAL',
  selfReport: '全年围绕寄递安全监管履职尽责。',
  selfReportedAt: '2026-11-05T02:00:00Z',
  selfReportDue: '2026-11-30',
  superiorGrade: 'EXCELLENT',
  superiorComment: '工作扎实',
  ratedBy: 'hr-guangdong',
  performanceScore: 88,
  styleScore: 85,
  conductScore: 90,
  capabilityScores: { LEARNING: 80, POLITICAL_LEADERSHIP: 82, REFORM_INNOVATION: 78, SCIENTIFIC_DEVELOPMENT: 75, LAW_BASED_GOVERNANCE: 86, MASS_WORK: 79, IMPLEMENTATION: 88, RISK_MANAGEMENT: 84 },
  proposedGrade: 'EXCELLENT',
  finalGrade: null,
  finalCapabilityScores: null,
  outcome: null,
  democratic: {
    ballots: 5,
    grades: { EXCELLENT: 3, COMPETENT: 1, BASICALLY_COMPETENT: 1, INCOMPETENT: 0 },
    approvalRate: 0.8,
    capabilityAverages: { LEARNING: 82.5 },
  },
  consequences: [],
  excellentBlockedBy: null,
  supervision: FREE_YEAR,
  gradedAfterwardsBy: null,
  gradedAfterwardsAt: null,
  gradedAfterwardsReason: null,
  status: 'OPEN',
  version: 3,
};

/** A review of Shenzhen's open 2026 cycle with nothing entered yet and no measure on the year (陈建国's unless overridden). */
export function reviewOf(overrides: Partial<Review> = {}): Review {
  return {
    id: REVIEW_ID,
    cycleId: CYCLE_ID,
    year: 2026,
    cadreId: CADRE_ID,
    employeeNumber: 'YZ000001',
    name: '陈建国',
    unitId: SHENZHEN_ID,
    rankLevel: 'DIVISION_PRINCIPAL',
    selfReport: null,
    selfReportedAt: null,
    selfReportDue: null,
    superiorGrade: null,
    superiorComment: null,
    ratedBy: null,
    performanceScore: null,
    styleScore: null,
    conductScore: null,
    capabilityScores: {},
    proposedGrade: null,
    finalGrade: null,
    finalCapabilityScores: null,
    outcome: null,
    democratic: { ballots: 0, grades: { EXCELLENT: 0, COMPETENT: 0, BASICALLY_COMPETENT: 0, INCOMPETENT: 0 }, approvalRate: null, capabilityAverages: {} },
    consequences: [],
    excellentBlockedBy: null,
    supervision: FREE_YEAR,
    gradedAfterwardsBy: null,
    gradedAfterwardsAt: null,
    gradedAfterwardsReason: null,
    status: 'OPEN',
    version: 0,
    ...overrides,
  };
}

/** 林晓's review: nothing entered yet, and an admonishment in its influence period keeps 优秀 out of reach. */
export const blockedReview: Review = reviewOf({
  id: BLOCKED_REVIEW_ID,
  cadreId: OTHER_CADRE_ID,
  employeeNumber: 'YZ000002',
  name: '林晓',
  rankLevel: 'SECTION_PRINCIPAL',
  excellentBlockedBy: '受处分或组织处理影响，2026 年度不得评为优秀',
  supervision: { effect: 'NO_EXCELLENT', effectName: '不得评为优秀', note: '受处分或组织处理影响，2026 年度不得评为优秀', gradableAfterwards: false },
});

/** 林晓's review once the cycle was final: a case was pending, since concluded, so HR may now grade the year. */
export const pendingReview: Review = {
  ...blockedReview,
  status: 'FINALIZED',
  outcome: 'PENDING',
  excellentBlockedBy: '有待结论的监督执纪事项，2026 年度暂不定等次，结论作出后补定',
  supervision: { effect: 'PENDING', effectName: '暂不定等次（待结案后补定）', note: '有待结论的监督执纪事项，2026 年度暂不定等次，结论作出后补定', gradableAfterwards: true },
  version: 2,
};

const rating = (year: number) => ({ source: 'RATING' as const, points: 72, detail: `${year} 年度考核评分 / rated in the ${year} review`, code: 'profile.RATING', params: { year: String(year) } });

/** 陈建国's profile: RISK_MANAGEMENT raised by 32 学时 of training, MASS_WORK an open gap; no peers for one capability. */
export const profile: CapabilityProfile = {
  cadreId: CADRE_ID,
  employeeNumber: 'YZ000001',
  name: '陈建国',
  unitId: SHENZHEN_ID,
  rankLevel: 'DIVISION_PRINCIPAL',
  computed: true,
  gapThreshold: 60,
  capabilities: [
    { capability: 'RISK_MANAGEMENT', score: 75, peerMedian: 70, peers: 12, openGapId: null, components: [rating(2025), { source: 'TRAINING', points: 3, detail: '近 5 年相关培训 32 学时 / 32 training hours in 5 years', code: 'profile.TRAINING', params: { hours: '32', years: '5' } }] },
    { capability: 'LEARNING', score: 72, peerMedian: 73.5, peers: 12, openGapId: null, components: [rating(2025)] },
    { capability: 'POLITICAL_LEADERSHIP', score: 80, peerMedian: 75, peers: 12, openGapId: null, components: [rating(2025)] },
    { capability: 'REFORM_INNOVATION', score: 60, peerMedian: 74, peers: 12, openGapId: null, components: [rating(2025)] },
    { capability: 'SCIENTIFIC_DEVELOPMENT', score: 100, peerMedian: 74, peers: 12, openGapId: null, components: [rating(2025)] },
    { capability: 'LAW_BASED_GOVERNANCE', score: 50, peerMedian: null, peers: 0, openGapId: null, components: [rating(2025)] },
    {
      capability: 'MASS_WORK',
      score: 55,
      peerMedian: 74,
      peers: 12,
      openGapId: '70000000-0000-4000-8000-000000000001',
      components: [rating(2025), { source: 'MEASURE', points: -17, detail: '受监督执纪影响，影响期至 2026-12-31 / under a supervision measure until 2026-12-31', code: 'profile.MEASURE', params: { until: '2026-12-31' } }],
    },
    { capability: 'IMPLEMENTATION', score: 82, peerMedian: 74, peers: 12, openGapId: null, components: [rating(2025)] },
  ],
  history: [
    { year: 2025, scores: { LEARNING: 72, RISK_MANAGEMENT: 75 } },
    { year: 2024, scores: { LEARNING: 70, RISK_MANAGEMENT: 68 } },
  ],
  grades: [
    { year: 2025, grade: 'EXCELLENT', outcome: 'GRADED', effect: null, note: null, consequences: ['COMMENDATION'] },
    { year: 2024, grade: 'BASICALLY_COMPETENT', outcome: 'GRADED', effect: null, note: null, consequences: ['ADMONISHMENT_FOLLOW_UP', 'SENIORITY_NOT_COUNTED'] },
  ],
};

export const notEligible: Eligibility = {
  eligible: false,
  reasons: [{ code: 'MEASURE_IN_INFLUENCE', year: null, grade: null, considered: null, until: '2026-12-31', message: '受处分或组织处理影响，影响期至 2026-12-31 / under a supervision measure\'s influence until 2026-12-31' }],
};

export const massWorkGap: CapabilityGap = {
  id: '70000000-0000-4000-8000-000000000001',
  cadreId: CADRE_ID,
  employeeNumber: 'YZ000001',
  name: '陈建国',
  unitId: SHENZHEN_ID,
  unitName: '深圳市邮政管理局',
  capability: 'MASS_WORK',
  reason: 'BELOW_THRESHOLD',
  score: 55,
  threshold: 60,
  explanation: '得分 55 低于阈值 60 / score below the threshold',
  cycleYear: 2025,
  status: 'OPEN',
  openedAt: '2026-01-15T02:00:00Z',
  closedAt: null,
  closedScore: null,
};

export const riskGap: CapabilityGap = { ...massWorkGap, id: '70000000-0000-4000-8000-000000000002', capability: 'RISK_MANAGEMENT', score: 58, explanation: '得分 58 低于阈值 60' };

export const massWorkProposals: TrainingProposal[] = [
  {
    id: 'p-7',
    cadreId: CADRE_ID,
    courseId: '20000000-0000-4000-8000-000000000007',
    courseTitle: '群众工作与信访处置能力提升',
    reason: 'CAPABILITY_GAP',
    capability: 'MASS_WORK',
    detail: '群众工作本领得分 55（阈值 60）',
    detailCode: null,
    detailParams: {},
    dueOn: null,
    status: 'ACCEPTED',
    createdAt: '2026-01-16T02:00:00Z',
    decidedBy: 'cadre',
    version: 1,
  },
  {
    id: 'p-8',
    cadreId: CADRE_ID,
    courseId: '20000000-0000-4000-8000-000000000002',
    courseTitle: '防范化解重大风险专题培训',
    reason: 'PRE_POSTING',
    capability: 'RISK_MANAGEMENT',
    detail: '挂职/交流前培训',
    detailCode: null,
    detailParams: {},
    dueOn: null,
    status: 'PROPOSED',
    createdAt: '2026-01-16T02:00:00Z',
    decidedBy: null,
    version: 0,
  },
];
