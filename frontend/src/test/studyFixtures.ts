import type { Cadre, StudySession } from '../api/types';
import { cadre, CADRE_ID, GUANGDONG_ID, SHENZHEN_ID } from './fixtures';

export const STUDY_SESSION_ID = '86000000-0000-4000-8000-000000000001';
export const LI_MING_ID = '10000000-0000-4000-8000-000000000002';
export const SHENZHEN_CADRE_ID = '10000000-0000-4000-8000-000000000403';

/** A second active cadre of Guangdong's own leadership team. */
export const liMing: Cadre = { ...cadre, id: LI_MING_ID, employeeNumber: 'YZ000002', name: '李明', version: 1 };

/** A cadre of Shenzhen: `/api/cadres?unitId=<Guangdong>` answers it too (a unit's search takes in its subunits). */
export const shenzhenCadre: Cadre = {
  ...cadre,
  id: SHENZHEN_CADRE_ID,
  employeeNumber: 'YZ000403',
  name: '周深圳',
  unitId: SHENZHEN_ID,
  unitCode: '440300',
  unitName: '深圳市邮政管理局',
  version: 1,
};

/** Guangdong's leadership team studying the plenary session in November, 陈建国 and 李明 attending. */
export const studySession: StudySession = {
  id: STUDY_SESSION_ID,
  unitId: GUANGDONG_ID,
  unitName: '广东省邮政管理局',
  topic: '学习贯彻党的二十届四中全会精神',
  heldOn: '2026-11-12',
  hours: 3,
  speakers: ['王书记'],
  attendees: [
    { cadreId: CADRE_ID, employeeNumber: 'YZ000001', name: '陈建国' },
    { cadreId: LI_MING_ID, employeeNumber: 'YZ000002', name: '李明' },
  ],
  reports: ['关于寄递安全监管的调研报告'],
  capabilities: ['LEARNING', 'POLITICAL_LEADERSHIP'],
  recordedBy: 'hr',
  recordedAt: '2026-11-13T02:00:00Z',
  version: 2,
};
