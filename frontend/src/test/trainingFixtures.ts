import type { Course, Enrolment, MyLearning, Requirement, TrainingClass, TrainingPlan, UnitCompliance } from '../api/types';
import { CADRE_ID, GUANGDONG_ID, SHENZHEN_ID } from './fixtures';

export const COURSE_ID = '20000000-0000-4000-8000-000000000002';
export const CLASS_ID = '30000000-0000-4000-8000-000000000001';
export const OTHER_CADRE_ID = '10000000-0000-4000-8000-000000000002';

export const riskCourse: Course = {
  id: COURSE_ID,
  code: 'ZX-2026-02',
  title: '防范化解重大风险专题培训',
  kind: 'SPECIAL_TOPIC',
  capabilities: ['RISK_MANAGEMENT', 'LAW_BASED_GOVERNANCE'],
  creditHours: 32,
  online: false,
  offJobDays: 4,
  provider: '国家邮政局',
  description: '围绕防范化解重大风险，讲授风险研判、应急处置与依法行政。',
  modules: [],
  version: 0,
};

export const onlineCourse: Course = {
  id: '20000000-0000-4000-8000-000000000009',
  code: 'ZX-2026-09',
  title: '数字政府建设在线课程',
  kind: 'ONLINE',
  capabilities: ['SCIENTIFIC_DEVELOPMENT'],
  creditHours: 1.5,
  online: true,
  offJobDays: 0,
  provider: '中国干部网络学院',
  description: null,
  modules: [
    { position: 1, title: '数字政府概论', minutes: 45, hasTest: false },
    { position: 2, title: '数据安全', minutes: 20, hasTest: true },
  ],
  version: 0,
};

/** A class of the risk course last week, organised by the Guangdong bureau. */
export const riskClass: TrainingClass = {
  id: CLASS_ID,
  courseId: COURSE_ID,
  courseTitle: riskCourse.title,
  creditHours: 32,
  capabilities: riskCourse.capabilities,
  unitId: GUANGDONG_ID,
  planId: null,
  title: '防范化解重大风险专题培训（第一期）',
  startDate: '2026-03-02',
  endDate: '2026-03-06',
  capacity: 10,
  enrolled: 2,
  venue: '广州',
  openEnrolment: true,
  status: 'OPEN',
  version: 0,
};

/** An enrolment on {@link riskClass}: designated by HR before the class started, still enrolled, no outcome yet. */
export function enrolmentOf(overrides: Partial<Enrolment> = {}): Enrolment {
  return {
    id: 'e-1',
    classId: CLASS_ID,
    cadreId: CADRE_ID,
    cadreName: '陈建国',
    employeeNumber: 'YZ000001',
    status: 'ENROLLED',
    designated: true,
    enrolledBy: 'hr-guangdong',
    enrolledAt: '2026-02-20T02:00:00Z',
    leaveHours: 0,
    testScore: null,
    completedOn: null,
    version: 0,
    ...overrides,
  };
}

export const roster: Enrolment[] = [
  enrolmentOf({ id: 'e-1', cadreId: CADRE_ID, cadreName: '陈建国', employeeNumber: 'YZ000001', status: 'ENROLLED', designated: true, leaveHours: 0 }),
  enrolmentOf({ id: 'e-2', cadreId: OTHER_CADRE_ID, cadreName: '林晓', employeeNumber: 'YZ000002', status: 'ENROLLED', designated: true, leaveHours: 6, version: 3 }),
  enrolmentOf({
    id: 'e-3',
    cadreId: 'c-3',
    cadreName: '周敏',
    employeeNumber: 'YZ000003',
    status: 'WAITLISTED',
    designated: false,
    enrolledBy: 'c-3',
    enrolledAt: '2026-02-25T08:30:00Z',
    leaveHours: 0,
  }),
];

/** A requirement as the service states it: 乡科级's 90 学时 (or 12 days) this year, nothing done yet, due at the year's end. */
export function requirementOf(overrides: Partial<Requirement> = {}): Requirement {
  return {
    kind: 'ANNUAL',
    requiredHours: 90,
    achievedHours: 0,
    missingHours: 90,
    requiredOffJobDays: 12,
    achievedOffJobDays: 0,
    windowStart: '2026-01-01',
    windowEnd: '2026-12-31',
    dueBy: '2026-12-31',
    status: 'AT_RISK',
    ...overrides,
  };
}

export const myLearning: MyLearning = {
  compliance: {
    cadreId: CADRE_ID,
    employeeNumber: 'YZ000001',
    name: '陈建国',
    unitId: GUANGDONG_ID,
    unitName: '广东省邮政管理局',
    rankLevel: 'SECTION_PRINCIPAL',
    rankSince: '2021-09-01',
    totals: { rollingHours: 32, rollingOffJobDays: 5, yearHours: 32, yearOffJobDays: 5, yearOnlineHours: 0 },
    assessment: {
      status: 'AT_RISK',
      requirements: [
        {
          kind: 'ANNUAL',
          requiredHours: 90,
          achievedHours: 32,
          missingHours: 58,
          requiredOffJobDays: 12,
          achievedOffJobDays: 5,
          windowStart: '2026-01-01',
          windowEnd: '2026-12-31',
          dueBy: '2026-12-31',
          status: 'AT_RISK',
        },
        {
          kind: 'ONLINE_ANNUAL',
          requiredHours: 50,
          achievedHours: 50.5,
          missingHours: 0,
          requiredOffJobDays: null,
          achievedOffJobDays: null,
          windowStart: '2026-01-01',
          windowEnd: '2026-12-31',
          dueBy: '2026-12-31',
          status: 'COMPLIANT',
        },
      ],
    },
  },
  classes: [{ enrolmentId: 'e-1', trainingClass: { ...riskClass, status: 'COMPLETED' }, status: 'COMPLETED', designated: true }],
  records: [
    {
      id: 'r-1',
      cadreId: CADRE_ID,
      courseId: COURSE_ID,
      title: riskClass.title,
      source: 'CLASS',
      capabilities: riskCourse.capabilities,
      hours: 32,
      online: false,
      offJobDays: 5,
      completedOn: '2026-03-06',
      provider: '国家邮政局',
      evidence: null,
      enteredBy: 'hr-guangdong',
      version: 0,
    },
  ],
  proposals: [
    {
      id: 'p-1',
      cadreId: CADRE_ID,
      courseId: COURSE_ID,
      courseTitle: riskCourse.title,
      reason: 'CAPABILITY_GAP',
      capability: 'RISK_MANAGEMENT',
      detail: '驾驭风险本领评分低于同级平均',
      detailCode: null,
      detailParams: {},
      dueOn: null,
      status: 'PROPOSED',
      createdAt: '2026-04-01T02:00:00Z',
      decidedBy: null,
      version: 0,
    },
  ],
};

export const guangdongCompliance: UnitCompliance = {
  assessedOn: '2026-06-30',
  rollingStart: '2021-07-01',
  yearStart: '2026-01-01',
  cadres: 45,
  byStatus: { COMPLIANT: 5, ON_TRACK: 10, GRACE: 0, AT_RISK: 18, SHORTFALL: 12 },
  page: 0,
  size: 20,
  totalPages: 3,
  total: 45,
  items: [
    {
      cadreId: CADRE_ID,
      employeeNumber: 'YZ000001',
      name: '陈建国',
      unitId: GUANGDONG_ID,
      unitName: '广东省邮政管理局',
      rankLevel: 'DIVISION_PRINCIPAL',
      rankSince: '2018-01-01',
      totals: { rollingHours: 120, rollingOffJobDays: 15, yearHours: 40, yearOffJobDays: 5, yearOnlineHours: 12.5 },
      assessment: {
        status: 'SHORTFALL',
        requirements: [
          {
            kind: 'ROLLING_FIVE_YEAR',
            requiredHours: 550,
            achievedHours: 120,
            missingHours: 430,
            requiredOffJobDays: 90,
            achievedOffJobDays: 15,
            windowStart: '2021-07-01',
            windowEnd: '2026-06-30',
            dueBy: null,
            status: 'SHORTFALL',
          },
          {
            kind: 'ONLINE_ANNUAL',
            requiredHours: 50,
            achievedHours: 12.5,
            missingHours: 37.5,
            requiredOffJobDays: null,
            achievedOffJobDays: null,
            windowStart: '2026-01-01',
            windowEnd: '2026-12-31',
            dueBy: '2026-12-31',
            status: 'AT_RISK',
          },
        ],
      },
    },
  ],
};

export const PLAN_ID = '40000000-0000-4000-8000-000000000001';

/** Guangdong's 2026 plan: coverage behind its 80% target, hours per cadre past its 40, 1 of 3 named cadres trained. */
export const guangdongPlan: TrainingPlan = {
  id: PLAN_ID,
  unitId: GUANGDONG_ID,
  year: 2026,
  title: '2026年度干部教育培训计划',
  targetCoverage: 0.8,
  targetHoursPerCadre: 40,
  designatedCadreIds: [CADRE_ID, OTHER_CADRE_ID, 'c-3'],
  progress: { cadres: 8, trained: 5, coverage: 0.625, averageHours: 50.5, designated: 3, designatedTrained: 1, coverageMet: false, hoursMet: true },
  version: 0,
};

/** Shenzhen's 2026 plan, on target for coverage, without named cadres. */
export const shenzhenPlan: TrainingPlan = {
  id: '40000000-0000-4000-8000-000000000002',
  unitId: SHENZHEN_ID,
  year: 2026,
  title: '深圳局2026年度培训计划',
  targetCoverage: 0.5,
  targetHoursPerCadre: 60,
  designatedCadreIds: [],
  progress: { cadres: 4, trained: 4, coverage: 1, averageHours: 12, designated: 0, designatedTrained: 0, coverageMet: true, hoursMet: false },
  version: 0,
};
