import { createI18n } from '../i18n';
import { accessFor, type Role } from './access';
import { buildMenu, selectedMenuKey } from './menu';
import { appRoutes } from './routes';

const t = createI18n('zh-CN').t;
const menuFor = (roles: Role[], cadreId: string | null = null) =>
  buildMenu(appRoutes, accessFor({ roles, cadreId }), t).map((item) => item?.key);

describe('side menu', () => {
  it.each<[Role, string[]]>([
    ['admin', ['/', '/units', '/cadres', '/roster-import']],
    ['leader', ['/', '/units', '/cadres']],
    ['hr', ['/', '/units', '/cadres', '/roster-import']],
    ['inspector', ['/', '/units', '/cadres']],
    ['cadre', ['/', '/my-profile']],
  ])('for %s lists %j', (role, keys) => {
    expect(menuFor([role])).toEqual(keys);
  });

  it('adds 我的档案 for staff whose account is linked to a cadre record', () => {
    expect(menuFor(['hr'], 'cadre-id')).toEqual(['/', '/units', '/cadres', '/roster-import', '/my-profile']);
  });

  it('never lists a page without a menu entry (a cadre detail)', () => {
    expect(menuFor(['admin', 'leader', 'hr', 'inspector', 'cadre'])).not.toContain('/cadres/:id');
  });

  it('highlights 干部名册 on a cadre detail page and nothing on an unknown page', () => {
    expect(selectedMenuKey(appRoutes, '/cadres/123')).toBe('/cadres');
    expect(selectedMenuKey(appRoutes, '/units')).toBe('/units');
    expect(selectedMenuKey(appRoutes, '/nowhere')).toBeUndefined();
  });
});
