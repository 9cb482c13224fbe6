import type { HeldPassport, Trip } from '../api/types';
import { CADRE_ID, GUANGDONG_ID } from './fixtures';

export const PASSPORT_ID = '84000000-0000-4000-8000-000000000001';
export const PERMIT_ID = '84000000-0000-4000-8000-000000000002';
export const TRIP_ID = '83000000-0000-4000-8000-000000000001';
export const OVERDUE_TRIP_ID = '83000000-0000-4000-8000-000000000002';
export const LATE_TRIP_ID = '83000000-0000-4000-8000-000000000003';

/** 陈建国's passport, in the custody of Guangdong's HR office since March. */
export const heldPassport: HeldPassport = {
  id: PASSPORT_ID,
  cadreId: CADRE_ID,
  employeeNumber: 'YZ000001',
  name: '陈建国',
  unitId: GUANGDONG_ID,
  unitName: '广东省邮政管理局',
  kind: 'PASSPORT',
  number: 'E12345678',
  expiresOn: '2031-05-31',
  status: 'HELD',
  expired: false,
  issuedFor: null,
  registeredBy: 'hr',
  registeredAt: '2026-03-02T02:00:00Z',
  cancelledBy: null,
  cancelledAt: null,
  cancelReason: null,
  version: 0,
};

/** His Hong Kong and Macao permit, past its expiry and still held. */
export const expiredPermit: HeldPassport = {
  ...heldPassport,
  id: PERMIT_ID,
  kind: 'HONG_KONG_MACAO_PERMIT',
  number: 'C98765432',
  expiresOn: '2025-12-31',
  expired: true,
  version: 1,
};

/** A family visit to Singapore asked for in December, waiting for a leader (who may approve or refuse it). */
export const requestedTrip: Trip = {
  id: TRIP_ID,
  cadreId: CADRE_ID,
  employeeNumber: 'YZ000001',
  name: '陈建国',
  unitId: GUANGDONG_ID,
  unitName: '广东省邮政管理局',
  passportId: PASSPORT_ID,
  passportKind: 'PASSPORT',
  passportNumber: 'E12345678',
  destination: '新加坡',
  purpose: '探亲',
  departOn: '2027-01-20',
  returnOn: '2027-01-28',
  status: 'REQUESTED',
  requestedBy: 'cadre',
  requestedAt: '2026-12-01T02:00:00Z',
  decidedBy: null,
  decidedAt: null,
  decisionNote: null,
  issuedOn: null,
  passportDue: null,
  returnedOn: null,
  overdue: false,
  returnedLate: false,
  actions: ['APPROVE', 'REFUSE'],
  version: 3,
};

/** A trip to Japan long over, the passport still out past its last day (逾期未交回). */
export const overdueTrip: Trip = {
  ...requestedTrip,
  id: OVERDUE_TRIP_ID,
  employeeNumber: 'YZ000002',
  name: '李明',
  destination: '日本',
  purpose: '旅游',
  departOn: '2026-10-01',
  returnOn: '2026-10-07',
  status: 'ISSUED',
  decidedBy: 'leader',
  decidedAt: '2026-09-20T02:00:00Z',
  decisionNote: '同意',
  issuedOn: '2026-09-28',
  passportDue: '2026-10-17',
  overdue: true,
  actions: ['RETURN_PASSPORT'],
  version: 5,
};

/** A trip to Thailand whose passport came back after its last day (逾期交回). */
export const lateTrip: Trip = {
  ...overdueTrip,
  id: LATE_TRIP_ID,
  employeeNumber: 'YZ000003',
  name: '王芳',
  destination: '泰国',
  departOn: '2026-07-01',
  returnOn: '2026-07-05',
  status: 'RETURNED',
  issuedOn: '2026-06-30',
  passportDue: '2026-07-15',
  returnedOn: '2026-07-20',
  overdue: false,
  returnedLate: true,
  actions: [],
  version: 7,
};
