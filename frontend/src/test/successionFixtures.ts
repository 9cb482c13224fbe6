import type { KeyPost, PoolMember, PostCandidate, ReservePool, Successor, TalentGrid } from '../api/types';
import { GUANGDONG_ID } from './fixtures';
import { chen, lin, zhou } from './selectionFixtures';

export const POOL_ID = '82000000-0000-4000-8000-000000000001';
export const NOMINEE_ID = '82100000-0000-4000-8000-000000000001';
export const MEMBER_ID = '82100000-0000-4000-8000-000000000002';
export const DECLINED_ID = '82100000-0000-4000-8000-000000000003';
export const KEY_POST_ID = '83000000-0000-4000-8000-000000000001';
export const SUCCESSOR_ID = '83100000-0000-4000-8000-000000000001';
export const REMOVED_SUCCESSOR_ID = '83100000-0000-4000-8000-000000000002';

/** 广东's pool of young cadres for heads of division: under 45, three years competent or better; one pending, two in. */
export const youngPool: ReservePool = {
  id: POOL_ID,
  unitId: GUANGDONG_ID,
  unitName: '广东省邮政管理局',
  name: '正处级优秀年轻干部库',
  level: 'DIVISION_PRINCIPAL',
  maxAge: 45,
  gradeYears: 3,
  description: '为处级领导岗位储备年轻干部',
  nominated: 1,
  admitted: 2,
  createdBy: 'hr-guangdong',
  createdAt: '2026-04-01T02:00:00Z',
  version: 0,
};

/** A pool without an age limit and the default years, none nominated. */
export const divisionPool: ReservePool = {
  ...youngPool,
  id: '82000000-0000-4000-8000-000000000002',
  name: '副处级后备干部库',
  level: 'DIVISION_DEPUTY',
  maxAge: null,
  description: null,
  nominated: 0,
  admitted: 5,
};

const member = {
  poolId: POOL_ID,
  positionTitle: '市场监管处副处长',
  rankLevel: 'DIVISION_DEPUTY' as const,
  birthDate: '1984-03-02',
  nominatedBy: 'hr-guangdong',
  nominatedAt: '2026-04-03T02:00:00Z',
  reviewedBy: null,
  reviewedAt: null,
  reviewNote: null,
  leftBy: null,
  leftAt: null,
  leftReason: null,
  standing: [],
};

/** 陈建国, nominated and meeting the rules today. */
export const nominee: PoolMember = { ...member, id: NOMINEE_ID, person: chen, status: 'NOMINATED', nominationReason: '业绩突出，群众公认', version: 0 };

/** 林晓, admitted, no longer meeting two rules. */
export const admittedMember: PoolMember = {
  ...member,
  id: MEMBER_ID,
  person: lin,
  status: 'ADMITTED',
  nominationReason: '长期在基层一线',
  reviewedBy: 'hr-guangdong',
  reviewedAt: '2026-04-10T02:00:00Z',
  reviewNote: '同意入库',
  standing: [
    { code: 'pool.AGE_OVER_LIMIT', params: { age: 46, limit: 45 }, message: '年龄 46 岁，超过本库年龄上限 45 岁' },
    { code: 'pool.NO_RECENT_GRADE', params: { years: 3 }, message: '近 3 年无年度考核结果' },
  ],
  version: 3,
};

/** 周敏, declined: no standing shown for a membership that is over. */
export const declinedMember: PoolMember = {
  ...member,
  id: DECLINED_ID,
  person: zhou,
  status: 'DECLINED',
  nominationReason: '工作扎实',
  reviewedBy: 'hr-guangdong',
  reviewedAt: '2026-04-11T02:00:00Z',
  reviewNote: '任职年限不足',
  version: 1,
};

/** 市场监管处处长: asks 70 in political leadership and 75 in implementation; one successor ready now, one in 1–2 years. */
export const keyPost: KeyPost = {
  id: KEY_POST_ID,
  unitId: GUANGDONG_ID,
  unitName: '广东省邮政管理局',
  title: '市场监管处处长',
  level: 'DIVISION_PRINCIPAL',
  minimumScores: { POLITICAL_LEADERSHIP: 70, IMPLEMENTATION: 75 },
  experience: [],
  description: null,
  readiness: { READY_NOW: 1, ONE_TO_TWO_YEARS: 1, THREE_PLUS_YEARS: 0 },
  createdBy: 'hr-guangdong',
  createdAt: '2026-05-01T02:00:00Z',
  version: 0,
};

export const successor: Successor = {
  id: SUCCESSOR_ID,
  keyPostId: KEY_POST_ID,
  person: lin,
  positionTitle: '市场监管处副处长',
  rankLevel: 'DIVISION_DEPUTY',
  step: 'DEPUTY_TO_CHIEF',
  readiness: 'ONE_TO_TWO_YEARS',
  gaps: [{ kind: 'CAPABILITY', code: 'readiness.CAPABILITY', params: { capability: 'IMPLEMENTATION', score: 68, minimum: 75 }, message: '狠抓落实本领得分 68，岗位要求 75' }],
  active: true,
  note: '重点培养',
  addedBy: 'hr-guangdong',
  addedAt: '2026-05-02T02:00:00Z',
  removedBy: null,
  removedAt: null,
  removalReason: null,
  version: 2,
};

export const removedSuccessor: Successor = {
  ...successor,
  id: REMOVED_SUCCESSOR_ID,
  person: zhou,
  readiness: null,
  step: null,
  gaps: [],
  active: false,
  note: null,
  removedBy: 'hr-guangdong',
  removedAt: '2026-05-20T02:00:00Z',
  removalReason: '已交流到其他单位',
  version: 4,
};

/** 依事择人: 陈建国 ready now and in a pool, 林晓 named already. */
export const candidates: PostCandidate[] = [
  {
    rank: 1,
    person: chen,
    positionTitle: '办公室主任',
    rankLevel: 'DIVISION_PRINCIPAL',
    step: 'SAME_LEVEL',
    readiness: 'READY_NOW',
    gaps: [],
    inPool: true,
    successor: false,
    requiredScore: 82,
  },
  {
    rank: 2,
    person: lin,
    positionTitle: '市场监管处副处长',
    rankLevel: 'DIVISION_DEPUTY',
    step: 'DEPUTY_TO_CHIEF',
    readiness: 'ONE_TO_TWO_YEARS',
    gaps: successor.gaps,
    inPool: false,
    successor: true,
    requiredScore: 71,
  },
];

/** 广东's grid: 陈建国 top right (high performance, high potential), 林晓 middle row, 12 in the bottom left cell (2 shown). */
export const talentGrid: TalentGrid = {
  unitId: GUANGDONG_ID,
  unitName: '广东省邮政管理局',
  high: 80,
  low: 65,
  placed: 14,
  withoutGrade: 3,
  withoutScores: 2,
  shownPerCell: 2,
  cells: [
    {
      performance: 'HIGH',
      potential: 'HIGH',
      count: 1,
      people: [{ person: chen, positionTitle: '办公室主任', rankLevel: 'DIVISION_PRINCIPAL', grade: 'EXCELLENT', gradeYear: 2025, potentialScore: 86 }],
    },
    {
      performance: 'MEDIUM',
      potential: 'MEDIUM',
      count: 1,
      people: [{ person: lin, positionTitle: '市场监管处副处长', rankLevel: 'DIVISION_DEPUTY', grade: 'COMPETENT', gradeYear: 2025, potentialScore: 72 }],
    },
    {
      performance: 'LOW',
      potential: 'LOW',
      count: 12,
      people: [
        { person: zhou, positionTitle: '科员', rankLevel: 'SECTION_DEPUTY', grade: 'BASICALLY_COMPETENT', gradeYear: 2025, potentialScore: 60 },
        { person: { ...zhou, cadreId: '10000000-0000-4000-8000-000000000009', name: '吴强', employeeNumber: 'YZ000009' }, positionTitle: '科员', rankLevel: 'SECTION_DEPUTY', grade: 'BASICALLY_COMPETENT', gradeYear: 2025, potentialScore: 58 },
      ],
    },
  ],
};
