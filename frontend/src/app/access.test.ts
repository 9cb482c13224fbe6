import { accessFor, type Access, type Role } from './access';

const only = (role: Role, cadreId: string | null = null) => accessFor({ roles: [role], cadreId });
const allowed = (access: Access) =>
  (Object.keys(access) as (keyof Access)[]).filter((key) => access[key]).sort();

describe('access rules', () => {
  it('gives an administrator every page but not a profile of their own', () => {
    expect(allowed(only('admin'))).toEqual(
      ['canExportCadres', 'canImportRoster', 'canSeeCadreAudit', 'canSeeCadres', 'canSeeHome', 'canSeeUnits', 'readsEveryUnit'].sort(),
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

  it('shows a cadre the home page and the own profile only', () => {
    expect(allowed(only('cadre'))).toEqual(['canSeeHome', 'canSeeOwnProfile']);
  });

  it('offers the own profile to anyone whose account is linked to a cadre record', () => {
    expect(only('hr').canSeeOwnProfile).toBe(false);
    expect(only('hr', 'a-cadre-id').canSeeOwnProfile).toBe(true);
  });

  it('allows nothing but home to an account without roles', () => {
    expect(allowed(accessFor({}))).toEqual(['canSeeHome']);
  });
});
