import type { Appointment, AppointmentCandidate, BallotForm, IssuedVoterCodes, VotingCandidate, VotingSession } from '../api/types';
import { CADRE_ID, GUANGDONG_ID } from './fixtures';
import { OTHER_CADRE_ID } from './trainingFixtures';

export const SESSION_ID = '80000000-0000-4000-8000-000000000001';
export const EVALUATION_ID = '80000000-0000-4000-8000-000000000002';
export const APPOINTMENT_ID = '81000000-0000-4000-8000-000000000001';
export const THIRD_CADRE_ID = '10000000-0000-4000-8000-000000000003';

export const chen: VotingCandidate = { cadreId: CADRE_ID, employeeNumber: 'YZ000001', name: '陈建国', unitName: '广东省邮政管理局' };
export const lin: VotingCandidate = { cadreId: OTHER_CADRE_ID, employeeNumber: 'YZ000002', name: '林晓', unitName: '广东省邮政管理局' };
export const zhou: VotingCandidate = { cadreId: THIRD_CADRE_ID, employeeNumber: 'YZ000003', name: '周敏', unitName: '深圳市邮政管理局' };

/** 民主推荐 for a head of division in Guangdong: three on the list, two places, two voter categories; no codes yet. */
export const draftSession: VotingSession = {
  id: SESSION_ID,
  unitId: GUANGDONG_ID,
  unitName: '广东省邮政管理局',
  kind: 'RECOMMENDATION',
  title: '市场监管处处长民主推荐',
  places: 2,
  status: 'DRAFT',
  codesIssued: false,
  candidates: [chen, lin, zhou],
  categories: [
    { code: 'C1', name: '班子成员', weight: 40, voters: 3, voted: 0, turnout: 0 },
    { code: 'C2', name: '职工代表', weight: 60, voters: 2, voted: 0, turnout: 0 },
  ],
  results: null,
  createdBy: 'hr-guangdong',
  createdAt: '2026-05-06T02:00:00Z',
  openedAt: null,
  closedAt: null,
  version: 0,
};

/** What 生成投票码 answers, the only time the codes are seen. */
export const issuedCodes: IssuedVoterCodes = {
  sessionId: SESSION_ID,
  categories: [
    { code: 'C1', name: '班子成员', codes: ['ABCDE-FGHJK', 'LMNPQ-RSTUV', 'WXYZ2-34567'] },
    { code: 'C2', name: '职工代表', codes: ['89ABC-DEFGH', 'JKLMN-PQRST'] },
  ],
};

export const openSession: VotingSession = {
  ...draftSession,
  status: 'OPEN',
  codesIssued: true,
  openedAt: '2026-05-07T01:00:00Z',
  categories: [
    { code: 'C1', name: '班子成员', weight: 40, voters: 3, voted: 2, turnout: 0.6667 },
    { code: 'C2', name: '职工代表', weight: 60, voters: 2, voted: 1, turnout: 0.5 },
  ],
  version: 2,
};

/** Counted: 林晓 first (every ballot of both categories), then 陈建国, 周敏 named by nobody. */
export const closedSession: VotingSession = {
  ...openSession,
  status: 'CLOSED',
  closedAt: '2026-05-07T09:00:00Z',
  results: [
    {
      person: lin,
      byCategory: [
        { category: 'C1', cast: 3, count: 3, share: 1, grades: null },
        { category: 'C2', cast: 2, count: 2, share: 1, grades: null },
      ],
      weighted: 1,
    },
    {
      person: chen,
      byCategory: [
        { category: 'C1', cast: 3, count: 2, share: 0.6667, grades: null },
        { category: 'C2', cast: 2, count: 1, share: 0.5, grades: null },
      ],
      weighted: 0.5667,
    },
    {
      person: zhou,
      byCategory: [
        { category: 'C1', cast: 3, count: 0, share: 0, grades: null },
        { category: 'C2', cast: 2, count: 0, share: 0, grades: null },
      ],
      weighted: 0,
    },
  ],
  categories: [
    { code: 'C1', name: '班子成员', weight: 40, voters: 3, voted: 3, turnout: 1 },
    { code: 'C2', name: '职工代表', weight: 60, voters: 2, voted: 2, turnout: 1 },
  ],
  version: 3,
};

/** 民主测评 of the team, closed: 陈建国 graded by both categories. */
export const closedEvaluation: VotingSession = {
  ...closedSession,
  id: EVALUATION_ID,
  kind: 'EVALUATION',
  title: '2026 年度领导班子成员民主测评',
  places: null,
  candidates: [chen],
  results: [
    {
      person: chen,
      byCategory: [
        { category: 'C1', cast: 3, count: 2, share: 0.6667, grades: { EXCELLENT: 1, COMPETENT: 1, BASICALLY_COMPETENT: 1, INCOMPETENT: 0 } },
        { category: 'C2', cast: 2, count: 2, share: 1, grades: { EXCELLENT: 2, COMPETENT: 0, BASICALLY_COMPETENT: 0, INCOMPETENT: 0 } },
      ],
      weighted: 0.8667,
    },
  ],
};

export const recommendationBallot: BallotForm = {
  title: draftSession.title,
  kind: 'RECOMMENDATION',
  places: 2,
  category: '班子成员',
  candidates: [chen, lin, zhou],
};

export const evaluationBallot: BallotForm = {
  title: closedEvaluation.title,
  kind: 'EVALUATION',
  places: null,
  category: '职工代表',
  candidates: [chen, lin],
};

const requested = (check: AppointmentCandidate['checks'][number]['check']) => ({
  check,
  answer: 'REQUESTED' as const,
  note: null,
  requestedBy: 'hr-guangdong',
  requestedAt: '2026-06-03T02:00:00Z',
  answeredBy: null,
  answeredAt: null,
});

/** 动议 of a head of division's post: HR may record the recommendation next, or withdraw. */
export const motionTrail: Appointment = {
  id: APPOINTMENT_ID,
  unitId: GUANGDONG_ID,
  unitName: '广东省邮政管理局',
  postTitle: '市场监管处处长',
  rankLevel: 'DIVISION_PRINCIPAL',
  reason: '原处长交流任职，职位出缺',
  method: 'RECOMMENDATION',
  stage: 'MOTION',
  votingSessionId: null,
  candidates: [],
  decision: null,
  publicity: null,
  appointedOn: null,
  withdrawnReason: null,
  steps: [{ stage: 'MOTION', actor: 'hr-guangdong', at: '2026-05-01T02:00:00Z', note: '原处长交流任职，职位出缺' }],
  allowedCommands: ['RECOMMEND', 'WITHDRAW'],
  createdBy: 'hr-guangdong',
  createdAt: '2026-05-01T02:00:00Z',
  version: 0,
};

/** At 凡提四必: 陈建国's personnel file answered clear, the rest asked; 林晓's petitions check negative. */
export const reviewTrail: Appointment = {
  ...motionTrail,
  stage: 'JOINT_REVIEW',
  votingSessionId: SESSION_ID,
  candidates: [
    {
      person: chen,
      report: '政治素质好，熟悉市场监管业务，群众公认度高。',
      checks: [
        { ...requested('PERSONNEL_FILE'), answer: 'CLEAR', answeredBy: 'hr-guangdong', answeredAt: '2026-06-04T02:00:00Z' },
        requested('PERSONAL_MATTERS'),
        requested('DISCIPLINE_OPINION'),
        requested('PETITIONS'),
      ],
      cleared: false,
    },
    {
      person: lin,
      report: '工作扎实，作风严谨。',
      checks: [
        requested('PERSONNEL_FILE'),
        requested('PERSONAL_MATTERS'),
        requested('DISCIPLINE_OPINION'),
        { ...requested('PETITIONS'), answer: 'NEGATIVE', note: '有线索具体的举报待查', answeredBy: 'inspector', answeredAt: '2026-06-04T03:00:00Z' },
      ],
      cleared: false,
    },
  ],
  steps: [
    ...motionTrail.steps,
    { stage: 'RECOMMENDATION', actor: 'hr-guangdong', at: '2026-05-08T02:00:00Z', note: null },
    { stage: 'CANDIDATES', actor: 'hr-guangdong', at: '2026-05-10T02:00:00Z', note: '按得票排序确定' },
    { stage: 'INVESTIGATION', actor: 'hr-guangdong', at: '2026-05-20T02:00:00Z', note: null },
    { stage: 'JOINT_REVIEW', actor: 'hr-guangdong', at: '2026-06-03T02:00:00Z', note: null },
  ],
  allowedCommands: ['DECIDE', 'WITHDRAW'],
  version: 6,
};

const clear = (check: AppointmentCandidate['checks'][number]['check']) => ({ ...requested(check), answer: 'CLEAR' as const, answeredBy: 'hr-guangdong', answeredAt: '2026-06-05T02:00:00Z' });

/** In 任前公示 after the meeting decided 陈建国; one objection raised and looked into. */
export const publicityTrail: Appointment = {
  ...reviewTrail,
  stage: 'PUBLICITY',
  candidates: [{ ...reviewTrail.candidates[0], checks: reviewTrail.candidates[0].checks.map((one) => clear(one.check)), cleared: true }],
  decision: { person: chen, meetingOn: '2026-06-10', members: 9, present: 8, inFavour: 7 },
  publicity: { startOn: '2026-06-11', lastDay: '2026-06-17', objectionsOpen: 0 },
  steps: [
    ...reviewTrail.steps,
    { stage: 'DECISION', actor: 'hr-guangdong', at: '2026-06-10T08:00:00Z', note: null },
    { stage: 'PUBLICITY', actor: 'hr-guangdong', at: '2026-06-11T01:00:00Z', note: null },
    { stage: 'PUBLICITY', actor: 'hr-guangdong', at: '2026-06-12T01:00:00Z', note: '反映 / objection: 群众来信反映其驾驶公车办私事' },
    { stage: 'PUBLICITY', actor: 'hr-guangdong', at: '2026-06-15T01:00:00Z', note: '核查 / looked into: 经核查，反映不属实' },
  ],
  allowedCommands: ['APPOINT', 'WITHDRAW'],
  version: 11,
};

/** Appointed on 2026-06-18: the whole trail, as the printed record shows it. */
export const appointedTrail: Appointment = {
  ...publicityTrail,
  stage: 'APPOINTED',
  appointedOn: '2026-06-18',
  steps: [...publicityTrail.steps, { stage: 'APPOINTED', actor: 'hr-guangdong', at: '2026-06-18T02:00:00Z', note: null }],
  allowedCommands: [],
  version: 12,
};
