import { createI18n } from '../i18n';
import { accessFor, type Role } from './access';
import { buildMenu, selectedMenuKey } from './menu';
import { appRoutes } from './routes';

const t = createI18n('zh-CN').t;
const menuFor = (roles: Role[], cadreId: string | null = null) =>
  buildMenu(appRoutes, accessFor({ roles, cadreId }), t).map((item) => item?.key);

describe('side menu', () => {
  it.each<[Role, string[]]>([
    ['admin', ['/', '/units', '/cadres', '/roster-import', '/courses', '/classes', '/plans', '/compliance', '/assessment/cycles', '/assessment/gaps']],
    ['leader', ['/', '/units', '/cadres', '/courses', '/plans', '/compliance', '/assessment/cycles', '/assessment/gaps']],
    ['hr', ['/', '/units', '/cadres', '/roster-import', '/courses', '/classes', '/plans', '/compliance', '/assessment/cycles', '/assessment/gaps']],
    ['inspector', ['/', '/units', '/cadres', '/courses', '/plans', '/compliance', '/assessment/cycles', '/assessment/gaps']],
    ['cadre', ['/', '/courses', '/assessment/gaps', '/my-profile']],
  ])('for %s lists %j', (role, keys) => {
    expect(menuFor([role])).toEqual(keys);
  });

  it('adds 我的档案 and 我的学习 for accounts linked to a cadre record, and 我的考核 for cadres among them', () => {
    expect(menuFor(['cadre'], 'cadre-id')).toEqual(['/', '/courses', '/assessment/gaps', '/my-profile', '/my-learning', '/assessment/me']);
    expect(menuFor(['hr'], 'cadre-id')).toEqual([
      '/',
      '/units',
      '/cadres',
      '/roster-import',
      '/courses',
      '/classes',
      '/plans',
      '/compliance',
      '/assessment/cycles',
      '/assessment/gaps',
      '/my-profile',
      '/my-learning',
    ]);
  });

  it('never lists a page without a menu entry (a cadre detail, a class, a cycle, a profile)', () => {
    const keys = menuFor(['admin', 'leader', 'hr', 'inspector', 'cadre']);
    expect(keys).not.toContain('/cadres/:id');
    expect(keys).not.toContain('/classes/:id');
    expect(keys).not.toContain('/assessment/cycles/:id');
    expect(keys).not.toContain('/assessment/profiles/:cadreId');
  });

  it('highlights 干部名册 on a cadre detail page and nothing on an unknown page', () => {
    expect(selectedMenuKey(appRoutes, '/cadres/123')).toBe('/cadres');
    expect(selectedMenuKey(appRoutes, '/units')).toBe('/units');
    expect(selectedMenuKey(appRoutes, '/classes/0b6e4f00-0000-4000-8000-000000000001')).toBe('/classes');
    expect(selectedMenuKey(appRoutes, '/assessment/cycles/0b6e4f00-0000-4000-8000-000000000001')).toBe('/assessment/cycles');
    expect(selectedMenuKey(appRoutes, '/assessment/profiles/0b6e4f00-0000-4000-8000-000000000001')).toBe('/cadres');
    expect(selectedMenuKey(appRoutes, '/nowhere')).toBeUndefined();
  });
});
