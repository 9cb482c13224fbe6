import type { CandidateList, CheckIn, Opening, Posting, PostingProposal, RotationBalance, TenureDue } from '../api/types';
import { CADRE_ID, GUANGDONG_ID, SHENZHEN_ID } from './fixtures';
import { OTHER_CADRE_ID } from './trainingFixtures';

export const POSTING_ID = '70000000-0000-4000-8000-000000000001';
export const APPROVED_POSTING_ID = '70000000-0000-4000-8000-000000000002';
export const ACTIVE_POSTING_ID = '70000000-0000-4000-8000-000000000003';
export const PROPOSAL_ID = '71000000-0000-4000-8000-000000000001';
export const OPENING_ID = '72000000-0000-4000-8000-000000000001';
export const SICHUAN_ID = '00000000-0000-4000-8000-000000000051';
export const GUIZHOU_ID = '00000000-0000-4000-8000-000000000052';

/** 陈建国, proposed for a rural-revitalisation post in Sichuan (west); a leader may approve it. */
export const proposedPosting: Posting = {
  id: POSTING_ID,
  cadreId: CADRE_ID,
  employeeNumber: 'YZ000001',
  name: '陈建国',
  rankLevel: 'DIVISION_PRINCIPAL',
  homeUnitId: GUANGDONG_ID,
  homeUnitName: '广东省邮政管理局',
  unitId: GUANGDONG_ID,
  unitName: '广东省邮政管理局',
  homeRegion: 'EAST',
  type: 'POVERTY_ALLEVIATION',
  hostUnitId: SICHUAN_ID,
  hostOrganisation: '四川省邮政管理局',
  region: 'WEST',
  crossDepartment: false,
  purpose: '补齐群众工作本领短板',
  plannedStart: '2027-01-01',
  plannedEnd: '2028-01-01',
  startedOn: null,
  endedOn: null,
  status: 'PROPOSED',
  proposedBy: 'hr-guangdong',
  proposedAt: '2026-11-20T02:00:00Z',
  approvedBy: null,
  approvedAt: null,
  cancelledBy: null,
  cancelledAt: null,
  cancelReason: null,
  evaluation: null,
  capabilitiesExercised: [],
  evaluationRemarks: null,
  evaluatedBy: null,
  lastCheckIn: null,
  nextCheckInDue: null,
  careOverdue: false,
  allowedCommands: ['APPROVE', 'CANCEL'],
  openingId: null,
  proposalId: null,
  version: 0,
};

/** 林晓, approved for a temporary post in Guizhou: HR may record the arrival. */
export const approvedPosting: Posting = {
  ...proposedPosting,
  id: APPROVED_POSTING_ID,
  cadreId: OTHER_CADRE_ID,
  employeeNumber: 'YZ000002',
  name: '林晓',
  homeUnitId: SHENZHEN_ID,
  homeUnitName: '深圳市邮政管理局',
  unitId: SHENZHEN_ID,
  unitName: '深圳市邮政管理局',
  type: 'TEMPORARY_POST',
  hostUnitId: GUIZHOU_ID,
  hostOrganisation: '贵州省邮政管理局',
  status: 'APPROVED',
  approvedBy: 'leader',
  approvedAt: '2026-11-21T03:00:00Z',
  allowedCommands: ['START', 'CANCEL'],
  version: 1,
};

/** 周敏, on a posting since June whose last check-in was in July: the next one was due in October. */
export const activePosting: Posting = {
  ...proposedPosting,
  id: ACTIVE_POSTING_ID,
  cadreId: 'c-9',
  employeeNumber: 'YZ000009',
  name: '周敏',
  type: 'CROSS_REGION_EXCHANGE',
  hostUnitId: null,
  hostOrganisation: '西藏自治区商务厅',
  region: 'WEST',
  status: 'ACTIVE',
  approvedBy: 'leader',
  approvedAt: '2026-05-21T03:00:00Z',
  startedOn: '2026-06-01',
  lastCheckIn: '2026-07-10',
  nextCheckInDue: '2026-10-08',
  careOverdue: true,
  allowedCommands: ['COMPLETE'],
  version: 3,
};

export const checkIns: CheckIn[] = [
  { id: 'ci-1', heldOn: '2026-07-10', method: 'VISIT', notes: '到拉萨走访，工作生活情况良好', concerns: '高原反应，需定期体检', recordedBy: 'hr-guangdong', recordedAt: '2026-07-10T08:00:00Z' },
];

export const postingPage = (items: Posting[]) => ({ items, page: 0, size: 20, total: items.length, totalPages: 1 });

/** A MASS_WORK gap of 陈建国 (55 / 60): two posting types and three western hosts suggested. */
export const massWorkProposal: PostingProposal = {
  id: PROPOSAL_ID,
  cadreId: CADRE_ID,
  employeeNumber: 'YZ000001',
  name: '陈建国',
  unitId: GUANGDONG_ID,
  unitName: '广东省邮政管理局',
  origin: 'CAPABILITY_GAP',
  capability: 'MASS_WORK',
  score: 55,
  threshold: 60,
  dueOn: null,
  postingTypes: ['POVERTY_ALLEVIATION', 'TEMPORARY_POST'],
  hosts: [
    { unitId: SICHUAN_ID, name: '四川省邮政管理局', region: 'WEST' },
    { unitId: GUIZHOU_ID, name: '贵州省邮政管理局', region: 'WEST' },
  ],
  status: 'PROPOSED',
  createdAt: '2026-11-01T02:00:00Z',
  decidedBy: null,
  decidedAt: null,
  postingId: null,
  version: 0,
};

export const opening: Opening = {
  id: OPENING_ID,
  unitId: GUANGDONG_ID,
  unitName: '广东省邮政管理局',
  type: 'TEMPORARY_POST',
  hostUnitId: SICHUAN_ID,
  hostOrganisation: '四川省邮政管理局',
  region: 'WEST',
  capabilities: ['MASS_WORK'],
  plannedStart: '2027-03-01',
  plannedEnd: '2028-03-01',
  places: 1,
  filled: 0,
  description: null,
  status: 'OPEN',
  createdBy: 'hr-guangdong',
  version: 0,
};

export const candidates: CandidateList = {
  considered: 12,
  notEligible: 1,
  onPosting: 2,
  candidates: [
    {
      rank: 1,
      cadreId: CADRE_ID,
      employeeNumber: 'YZ000001',
      name: '陈建国',
      unitName: '广东省邮政管理局',
      rankLevel: 'DIVISION_PRINCIPAL',
      score: 0.85,
      gapFit: 0.625,
      tenureFit: 0.75,
      regionFit: 1,
      reasons: ['能力短板：群众工作本领 55 分（阈值 60）', '现岗任职 7.5 年（满 10 年须交流）', '东部 → 西部 交流'],
    },
    {
      rank: 2,
      cadreId: OTHER_CADRE_ID,
      employeeNumber: 'YZ000002',
      name: '林晓',
      unitName: '深圳市邮政管理局',
      rankLevel: 'SECTION_PRINCIPAL',
      score: 0.35,
      gapFit: 0,
      tenureFit: 0.5,
      regionFit: 1,
      reasons: ['现岗任职 5.0 年（满 10 年须交流）', '东部 → 西部 交流'],
    },
  ],
};

export const dueRows: TenureDue[] = [
  {
    cadreId: CADRE_ID,
    employeeNumber: 'YZ000001',
    name: '陈建国',
    unitId: GUANGDONG_ID,
    unitName: '广东省邮政管理局',
    positionTitle: '人事处处长',
    rankLevel: 'DIVISION_PRINCIPAL',
    postSince: '2019-03-01',
    yearsInPost: 7.7,
    keyPost: true,
    limitYears: 5,
    dueOn: '2024-03-01',
    status: 'DUE',
    onPosting: true,
  },
  {
    cadreId: OTHER_CADRE_ID,
    employeeNumber: 'YZ000002',
    name: '林晓',
    unitId: SHENZHEN_ID,
    unitName: '深圳市邮政管理局',
    positionTitle: '市场监管科科长',
    rankLevel: 'SECTION_PRINCIPAL',
    postSince: '2017-06-01',
    yearsInPost: 9.5,
    keyPost: false,
    limitYears: 10,
    dueOn: '2027-06-01',
    status: 'SOON_DUE',
    onPosting: false,
  },
];

/** Guangdong's exchanges: 3 to the centre and 4 to the west; Shenzhen rotated 1 of 17. */
export const balance: RotationBalance = {
  year: 2026,
  unitId: GUANGDONG_ID,
  unitName: '广东省邮政管理局',
  flows: [
    { from: 'EAST', to: 'CENTRAL', postings: 3 },
    { from: 'EAST', to: 'WEST', postings: 4 },
  ],
  byType: { POVERTY_ALLEVIATION: 4, TEMPORARY_POST: 2, CROSS_DEPARTMENT: 1 },
  crossDepartment: 1,
  crossRegion: 7,
  rateYears: 5,
  units: [
    { unitId: SHENZHEN_ID, name: '深圳市邮政管理局', activeCadres: 17, rotated: 1, rate: 0.059 },
    { unitId: 'u-2', name: '广州市邮政管理局', activeCadres: 10, rotated: 2, rate: 0.2 },
  ],
};
