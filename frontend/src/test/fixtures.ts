import type { Cadre, Me, Session, UnitNode } from '../api/types';
import type { Role } from '../app/access';

export const BUREAU_ID = '00000000-0000-4000-8000-000000000001';
export const GUANGDONG_ID = '00000000-0000-4000-8000-000000000044';
export const SHENZHEN_ID = '00000000-0000-4000-8000-000000000403';
export const BEIJING_ID = '00000000-0000-4000-8000-000000000011';
export const CADRE_ID = '10000000-0000-4000-8000-000000000001';

const NAMES: Record<Role, string> = { admin: '管理员', leader: '王领导', hr: '李粤华', inspector: '赵巡视', cadre: '陈干部' };

/** HR and cadres sit in Guangdong; everyone else in the bureau. */
const unitOf = (role: Role): string => (role === 'hr' || role === 'cadre' ? GUANGDONG_ID : BUREAU_ID);

export function sessionFor(role: Role, extra: Partial<Session> = {}): Session {
  return {
    authenticated: true,
    username: role,
    name: NAMES[role],
    roles: [role],
    unitId: unitOf(role),
    cadreId: role === 'cadre' ? CADRE_ID : null,
    ...extra,
  };
}

export const unitTree: UnitNode[] = [
  {
    id: BUREAU_ID,
    code: '100000',
    name: '国家邮政局',
    kind: 'BUREAU',
    parentId: null,
    active: true,
    activeCadres: 5,
    version: 1,
    children: [
      { id: BEIJING_ID, code: '110000', name: '北京市邮政管理局', kind: 'PROVINCIAL', parentId: BUREAU_ID, active: true, activeCadres: 7, version: 1, children: [] },
      {
        id: GUANGDONG_ID,
        code: '440000',
        name: '广东省邮政管理局',
        kind: 'PROVINCIAL',
        parentId: BUREAU_ID,
        active: true,
        activeCadres: 10,
        version: 1,
        children: [
          { id: SHENZHEN_ID, code: '440300', name: '深圳市邮政管理局', kind: 'MUNICIPAL', parentId: GUANGDONG_ID, active: true, activeCadres: 4, version: 1, children: [] },
        ],
      },
    ],
  },
];

export const cadre: Cadre = {
  id: CADRE_ID,
  employeeNumber: 'YZ000001',
  name: '陈建国',
  gender: 'MALE',
  birthDate: '1975-06-01',
  unitId: GUANGDONG_ID,
  unitCode: '440000',
  unitName: '广东省邮政管理局',
  positionTitle: '市场监管处处长',
  rankLevel: 'DIVISION_PRINCIPAL',
  postSince: '2019-03-01',
  rankSince: '2018-01-01',
  joinedWorkOn: '1997-07-01',
  categories: ['RESERVE', 'PARTY_GROUP_MANAGED'],
  politicalStatus: 'CPC_MEMBER',
  education: 'MASTER',
  status: 'ACTIVE',
  retiredOn: null,
  version: 3,
};

const UNIT_NAMES: Record<string, string> = { [BUREAU_ID]: '国家邮政局', [GUANGDONG_ID]: '广东省邮政管理局' };

/** What `GET /api/me` answers the account of {@link sessionFor}: its roles and unit, and a cadre's own record. */
export function meFor(role: Role, extra: Partial<Me> = {}): Me {
  const unitId = unitOf(role);
  return { username: role, roles: [role], unitId, unitName: UNIT_NAMES[unitId] ?? null, cadre: role === 'cadre' ? cadre : null, ...extra };
}

/** One server page holding all the items, as a paged list answers. */
export const pageOf = <T,>(items: T[]) => ({ items, page: 0, size: 20, total: items.length, totalPages: 1 });
