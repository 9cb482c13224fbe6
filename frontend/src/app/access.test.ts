import { accessFor, type Access, type Role } from './access';

const only = (role: Role, cadreId: string | null = null) => accessFor({ roles: [role], cadreId });
const allowed = (access: Access) =>
  (Object.keys(access) as (keyof Access)[]).filter((key) => access[key]).sort();

describe('access rules', () => {
  it('gives an administrator every page but not a profile or learning of their own', () => {
    expect(allowed(only('admin'))).toEqual(
      [
        'canExportCadres',
        'canImportRoster',
        'canManageClasses',
        'canManageCourses',
        'canManagePlans',
        'canSeeCadreAudit',
        'canSeeCadres',
        'canSeeCompliance',
        'canSeeCourses',
        'canSeeHome',
        'canSeePlans',
        'canSeeUnits',
        'readsEveryUnit',
      ].sort(),
    );
  });

  it('lets a leader read everything and the audit trail, but not import', () => {
    const access = only('leader');
    expect(access.readsEveryUnit).toBe(true);
    expect(access.canSeeCadreAudit).toBe(true);
    expect(access.canImportRoster).toBe(false);
  });

  it('lets HR import and audit within its own subtree', () => {
    const access = only('hr');
    expect(access.canImportRoster).toBe(true);
    expect(access.canSeeCadreAudit).toBe(true);
    expect(access.canSeeCadres).toBe(true);
    expect(access.readsEveryUnit).toBe(false);
  });

  it('lets an inspector search and export but neither import nor see who changed a record', () => {
    const access = only('inspector');
    expect(access.canSeeCadres && access.canExportCadres && access.canSeeUnits).toBe(true);
    expect(access.canImportRoster).toBe(false);
    expect(access.canSeeCadreAudit).toBe(false);
  });

  it('shows a cadre the home page, the own profile and the course catalogue', () => {
    expect(allowed(only('cadre'))).toEqual(['canSeeCourses', 'canSeeHome', 'canSeeOwnProfile']);
  });

  it('offers the own profile to anyone whose account is linked to a cadre record', () => {
    expect(only('hr').canSeeOwnProfile).toBe(false);
    expect(only('hr', 'a-cadre-id').canSeeOwnProfile).toBe(true);
  });

  it.each<[Role, { courses: boolean; manageCourses: boolean; classes: boolean; compliance: boolean }]>([
    ['admin', { courses: true, manageCourses: true, classes: true, compliance: true }],
    ['hr', { courses: true, manageCourses: true, classes: true, compliance: true }],
    ['leader', { courses: true, manageCourses: false, classes: false, compliance: true }],
    ['inspector', { courses: true, manageCourses: false, classes: false, compliance: true }],
    ['cadre', { courses: true, manageCourses: false, classes: false, compliance: false }],
  ])('training pages for %s: %j', (role, expected) => {
    const access = only(role);
    expect({
      courses: access.canSeeCourses,
      manageCourses: access.canManageCourses,
      classes: access.canManageClasses,
      compliance: access.canSeeCompliance,
    }).toEqual(expected);
  });

  it.each<[Role, { see: boolean; create: boolean }]>([
    ['admin', { see: true, create: true }],
    ['hr', { see: true, create: true }],
    ['leader', { see: true, create: false }],
    ['inspector', { see: true, create: false }],
    ['cadre', { see: false, create: false }],
  ])('培训计划 for %s: %j', (role, expected) => {
    const access = only(role);
    expect({ see: access.canSeePlans, create: access.canManagePlans }).toEqual(expected);
  });

  it('offers 我的学习 to accounts linked to a cadre record, whatever their role', () => {
    expect(only('cadre', 'a-cadre-id').canSeeMyLearning).toBe(true);
    expect(only('hr', 'a-cadre-id').canSeeMyLearning).toBe(true);
    expect(only('cadre').canSeeMyLearning).toBe(false);
    expect(only('admin').canSeeMyLearning).toBe(false);
  });

  it('allows nothing but home to an account without roles', () => {
    expect(allowed(accessFor({}))).toEqual(['canSeeHome']);
  });
});
