import type { Finding, FourFormDistribution, InspectionRound, Measure, MeasureCatalogRow, TermCoverage } from '../api/types';
import { BEIJING_ID, BUREAU_ID, CADRE_ID, GUANGDONG_ID } from './fixtures';

export const ROUND_ID = '80000000-0000-4000-8000-000000000001';
export const FINDING_ID = '81000000-0000-4000-8000-000000000001';
export const OVERDUE_FINDING_ID = '81000000-0000-4000-8000-000000000002';
export const REPORTED_FINDING_ID = '81000000-0000-4000-8000-000000000003';
export const MEASURE_ID = '82000000-0000-4000-8000-000000000001';

/** The bureau's 巡视 of Guangdong, on site: the inspector may give feedback and record findings. */
export const guangdongRound: InspectionRound = {
  id: ROUND_ID,
  kind: 'INSPECTION',
  ownerUnitId: BUREAU_ID,
  ownerUnitName: '国家邮政局',
  title: '广东省邮政管理局 2026 年巡视',
  teamLeader: '赵巡视',
  teamMembers: ['钱组员', '孙组员'],
  targets: [{ unitId: GUANGDONG_ID, name: '广东省邮政管理局' }],
  onSiteStart: '2026-09-01',
  onSiteEnd: '2026-09-25',
  feedbackDate: '2026-10-10',
  feedbackOn: null,
  followUpOf: null,
  recheckFindingIds: [],
  status: 'ON_SITE',
  findings: 3,
  openFindings: 2,
  overdueFindings: 1,
  allowedCommands: ['FEEDBACK'],
  createdBy: 'inspector',
  auditType: null,
  auditeeCadreId: null,
  auditeeName: null,
  auditFrom: null,
  auditTo: null,
  version: 2,
};

/** Open, due in January: HR of Guangdong may report. */
export const openFinding: Finding = {
  id: FINDING_ID,
  roundId: ROUND_ID,
  roundTitle: '广东省邮政管理局 2026 年巡视',
  unitId: GUANGDONG_ID,
  unitName: '广东省邮政管理局',
  cadres: [{ id: CADRE_ID, employeeNumber: 'YZ000001', name: '陈建国' }],
  category: '安全监管',
  severity: 'SERIOUS',
  capability: 'RISK_MANAGEMENT',
  description: '寄递安全隐患排查不彻底',
  rectificationOwner: '市场监管处处长',
  ownerCadreId: CADRE_ID,
  dueOn: '2027-01-10',
  status: 'OPEN',
  overdue: false,
  daysOverdue: 0,
  conclusion: null,
  closedBy: null,
  closedAt: null,
  reports: [],
  mayReport: true,
  mayJudge: false,
  recordedBy: 'inspector',
  recordedAt: '2026-09-10T02:00:00Z',
  version: 0,
};

/** Open and 16 days past its deadline, no report filed. */
export const overdueFinding: Finding = {
  ...openFinding,
  id: OVERDUE_FINDING_ID,
  category: '作风建设',
  severity: 'MINOR',
  capability: 'MASS_WORK',
  description: '基层调研不深入',
  dueOn: '2026-11-10',
  overdue: true,
  daysOverdue: 16,
};

/** Reported, awaiting the inspectors' verdict. */
export const reportedFinding: Finding = {
  ...openFinding,
  id: REPORTED_FINDING_ID,
  category: '财务管理',
  description: '公务接待超标准',
  status: 'REPORTED',
  mayReport: false,
  mayJudge: true,
  reports: [
    {
      id: 'rep-1',
      summary: '已清退超标准费用',
      measures: '修订公务接待管理办法',
      evidence: ['粤邮管〔2026〕12 号', '退款凭证'],
      completedOn: '2026-11-01',
      filedBy: 'hr-guangdong',
      filedAt: '2026-11-02T02:00:00Z',
      verdict: null,
      verdictNote: null,
      judgedBy: null,
      judgedAt: null,
    },
  ],
};

export const findingPage = (items: Finding[]) => ({ items, page: 0, size: 20, total: items.length, totalPages: 1 });

export const measures: Measure[] = [
  {
    id: MEASURE_ID,
    cadreId: CADRE_ID,
    employeeNumber: 'YZ000001',
    name: '陈建国',
    unitId: BEIJING_ID,
    unitName: '北京市邮政管理局',
    type: 'ADMONISHMENT',
    typeName: '诫勉',
    family: 'ADMONISHMENT',
    familyName: '诫勉',
    form: 2,
    appliedOn: '2026-06-01',
    influence: '6',
    influenceUntil: '2026-11-30',
    hasInfluence: true,
    openEnded: false,
    annualEffects: [{ year: 2026, effect: 'NO_EXCELLENT', effectName: '不得评为优秀' }],
    reason: '履职不力',
    findingId: null,
    status: 'IN_FORCE',
    liftedOn: null,
    liftReason: null,
    outcome: null,
    outcomeName: null,
    caseId: null,
    decidedBy: 'inspector',
    decidedAt: '2026-06-01T02:00:00Z',
    version: 0,
  },
  {
    id: '82000000-0000-4000-8000-000000000002',
    cadreId: 'c-9',
    employeeNumber: 'YZ000009',
    name: '周敏',
    unitId: BEIJING_ID,
    unitName: '北京市邮政管理局',
    type: 'TALK_REMINDER',
    typeName: '提醒谈话',
    family: 'FORM_ONE',
    familyName: '第一种形态',
    influence: 'none',
    openEnded: false,
    annualEffects: [],
    form: 1,
    appliedOn: '2026-10-01',
    influenceUntil: '2026-09-30',
    hasInfluence: false,
    reason: '苗头性问题',
    findingId: null,
    status: 'IN_FORCE',
    liftedOn: null,
    liftReason: null,
    outcome: null,
    outcomeName: null,
    caseId: null,
    decidedBy: 'inspector',
    decidedAt: '2026-10-01T02:00:00Z',
    version: 0,
  },
];

export const distribution: FourFormDistribution = {
  unitId: BUREAU_ID,
  unitName: '国家邮政局',
  termFirst: '2023-01-01',
  termLast: '2027-12-31',
  total: { unitId: BUREAU_ID, name: '国家邮政局', form1: 6, form2: 3, form3: 1, form4: 0 },
  units: [
    { unitId: BEIJING_ID, name: '北京市邮政管理局', form1: 4, form2: 2, form3: 1, form4: 0 },
    { unitId: GUANGDONG_ID, name: '广东省邮政管理局', form1: 0, form2: 0, form3: 0, form4: 0 },
    { unitId: 'u-3', name: '河北省邮政管理局', form1: 2, form2: 1, form3: 0, form4: 0 },
  ],
};

export const coverage: TermCoverage = {
  unitId: BUREAU_ID,
  unitName: '国家邮政局',
  termFirst: '2023-01-01',
  termLast: '2027-12-31',
  units: 3,
  covered: 1,
  planned: 1,
  notYet: 1,
  rows: [
    { unitId: GUANGDONG_ID, name: '广东省邮政管理局', status: 'COVERED', roundId: ROUND_ID, on: '2026-09-01', subunits: 10, subunitsCovered: 3, subunitsPlanned: 2 },
    { unitId: BEIJING_ID, name: '北京市邮政管理局', status: 'PLANNED', roundId: 'r-2', on: '2027-03-10', subunits: 0, subunitsCovered: 0, subunitsPlanned: 0 },
    { unitId: 'u-3', name: '河北省邮政管理局', status: 'NOT_YET', roundId: null, on: null, subunits: 4, subunitsCovered: 0, subunitsPlanned: 0 },
  ],
};

/** Rows of the measure catalogue as the service lists them (the regulations' values). */
export const catalogue: MeasureCatalogRow[] = [
  { type: 'TALK_REMINDER', name: '提醒谈话', family: 'FORM_ONE', familyName: '第一种形态', forms: [1], influence: 'none', effects: [], effectNames: [], openEnded: false },
  { type: 'ADMONISHMENT', name: '诫勉', family: 'ADMONISHMENT', familyName: '诫勉', forms: [2], influence: '6', effects: ['NO_EXCELLENT'], effectNames: ['不得评为优秀'], openEnded: false },
  { type: 'MAJOR_DEMERIT', name: '记大过', family: 'GOVERNMENT_SANCTION', familyName: '政务处分', forms: [3], influence: '18', effects: ['UNGRADED', 'UNGRADED'], effectNames: ['不定等次', '不定等次'], openEnded: false },
  { type: 'DISMISSAL', name: '免职', family: 'ORGANISATIONAL_HANDLING', familyName: '组织处理', forms: [2, 3], influence: '12', effects: ['UNGRADED'], effectNames: ['不定等次'], openEnded: false },
  { type: 'PARTY_EXPULSION', name: '开除党籍', family: 'PARTY_DISCIPLINE', familyName: '党纪处分', forms: [3], influence: 'permanent', effects: ['INCOMPETENT', 'UNGRADED', 'UNGRADED'], effectNames: ['确定为不称职', '不定等次', '不定等次'], openEnded: false },
  { type: 'CASE_FILED', name: '立案审查调查', family: 'CASE', familyName: '立案审查调查', forms: [4], influence: 'until-concluded', effects: ['PENDING'], effectNames: ['暂不定等次（待结案后补定）'], openEnded: true },
];
