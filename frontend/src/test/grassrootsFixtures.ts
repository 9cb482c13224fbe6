import type { ContactPoint, ContactVisit, ResearchReport } from '../api/types';
import { CADRE_ID, GUANGDONG_ID } from './fixtures';

export const POINT_ID = '87000000-0000-4000-8000-000000000001';
export const EARLIER_POINT_ID = '87000000-0000-4000-8000-000000000002';
export const REPORT_ID = '88000000-0000-4000-8000-000000000001';
export const ADOPTED_REPORT_ID = '88000000-0000-4000-8000-000000000002';

/** A visit in October: two problems of the park's outlets solved. */
export const visit: ContactVisit = {
  id: '87100000-0000-4000-8000-000000000001',
  visitedOn: '2026-10-15',
  learned: '园区快递末端网点用工紧张',
  problemsRaised: '夜间分拣噪声扰民',
  problemsSolved: 2,
  solutions: '协调调整分拣时段，增设隔音设施',
  recordedBy: 'leader',
  recordedAt: '2026-10-16T02:00:00Z',
};

/** 陈建国's contact point since March, still kept: he (or his HR office) may record visits. */
export const contactPoint: ContactPoint = {
  id: POINT_ID,
  cadreId: CADRE_ID,
  employeeNumber: 'YZ000001',
  name: '陈建国',
  unitId: GUANGDONG_ID,
  unitName: '广东省邮政管理局',
  place: '深圳市南山区快递物流园区',
  description: '园区内有 12 家快递企业分拨中心',
  since: '2026-03-01',
  endedOn: null,
  visitCount: 1,
  problemsSolved: 2,
  lastVisitedOn: '2026-10-15',
  visits: [],
  mayRecord: true,
  createdBy: 'leader',
  createdAt: '2026-03-01T02:00:00Z',
  version: 4,
};

/** The point as its own read answers it: with its visits. */
export const contactPointWithVisits: ContactPoint = { ...contactPoint, visits: [visit] };

/** The point he kept before, ended last year. */
export const earlierPoint: ContactPoint = {
  ...contactPoint,
  id: EARLIER_POINT_ID,
  place: '广州市白云区邮政支局',
  description: null,
  since: '2024-03-01',
  endedOn: '2025-12-31',
  visitCount: 6,
  problemsSolved: 9,
  lastVisitedOn: '2025-12-10',
  mayRecord: false,
  version: 7,
};

/** His report on express delivery to villages, nothing recorded of it yet: HR or a leader may. */
export const researchReport: ResearchReport = {
  id: REPORT_ID,
  cadreId: CADRE_ID,
  employeeNumber: 'YZ000001',
  name: '陈建国',
  unitId: GUANGDONG_ID,
  unitName: '广东省邮政管理局',
  title: '关于快递进村工作的调研报告',
  summary: '粤北山区快递进村覆盖率不足六成，建议推动邮快合作。',
  capabilities: ['MASS_WORK', 'IMPLEMENTATION'],
  submittedOn: '2026-09-30',
  adopted: false,
  followUp: null,
  followedUpBy: null,
  followedUpAt: null,
  mayFollowUp: true,
  filedBy: 'leader',
  filedAt: '2026-09-30T02:00:00Z',
  version: 1,
};

/** A report whose proposals were adopted; the caller may not record anything more (its author, say). */
export const adoptedReport: ResearchReport = {
  ...researchReport,
  id: ADOPTED_REPORT_ID,
  title: '关于寄递安全监管的调研报告',
  capabilities: ['RISK_MANAGEMENT'],
  submittedOn: '2026-05-20',
  adopted: true,
  followUp: '对策建议已纳入年度工作要点',
  followedUpBy: 'hr',
  followedUpAt: '2026-06-10T02:00:00Z',
  mayFollowUp: false,
  version: 3,
};
