import { createI18n } from '../i18n';
import { accessFor, type Role } from './access';
import { buildMenu, selectedMenuKey } from './menu';
import { appRoutes } from './routes';

const t = createI18n('zh-CN').t;
const menuFor = (roles: Role[], cadreId: string | null = null) =>
  buildMenu(appRoutes, accessFor({ roles, cadreId }), t).map((item) => item?.key);

describe('side menu', () => {
  const ROTATION = ['/rotation/postings', '/rotation/due', '/rotation/proposals', '/rotation/balance', '/rotation/grassroots'];
  const INSPECTION = ['/inspection/rounds', '/inspection/findings', '/inspection/coverage', '/inspection/measures', '/inspection/personal-matters', '/inspection/travel'];
  const ASSESSMENT = ['/assessment/cycles', '/assessment/gaps'];
  const STUDY = '/training/study-sessions';
  const SELECTION = ['/selection/voting-sessions', '/selection/appointments', '/selection/pools', '/selection/key-posts', '/selection/talent-grid'];
  // 人才盘点九宫格 is not offered to inspectors (the service answers them no grid)
  const SELECTION_INSPECTOR = SELECTION.filter((path) => path !== '/selection/talent-grid');

  it.each<[Role, string[]]>([
    ['admin', ['/', '/dashboard', '/units', '/cadres', '/roster-import', '/courses', '/classes', '/plans', '/compliance', '/training/claims', STUDY, ...ASSESSMENT, ...ROTATION, ...INSPECTION, ...SELECTION]],
    ['leader', ['/', '/dashboard', '/units', '/cadres', '/courses', '/plans', '/compliance', '/training/claims', STUDY, ...ASSESSMENT, ...ROTATION, ...INSPECTION, ...SELECTION]],
    ['hr', ['/', '/dashboard', '/units', '/cadres', '/roster-import', '/courses', '/classes', '/plans', '/compliance', '/training/claims', STUDY, ...ASSESSMENT, ...ROTATION, '/inspection/rounds', '/inspection/findings', '/inspection/personal-matters', '/inspection/travel', ...SELECTION]],
    ['inspector', ['/', '/dashboard', '/units', '/cadres', '/courses', '/plans', '/compliance', STUDY, ...ASSESSMENT, ...ROTATION, ...INSPECTION, ...SELECTION_INSPECTOR]],
    ['cadre', ['/', '/courses', STUDY, '/assessment/gaps', '/rotation/postings', '/rotation/proposals', '/my-profile']],
  ])('for %s lists %j', (role, keys) => {
    expect(menuFor([role])).toEqual(keys);
  });

  it('adds 我的档案, 我的学习, 我的出国（境） and 我的联系点与调研 for accounts linked to a cadre record, and 我的考核 for cadres among them', () => {
    expect(menuFor(['cadre'], 'cadre-id')).toEqual([
      '/',
      '/courses',
      STUDY,
      '/assessment/gaps',
      '/rotation/postings',
      '/rotation/proposals',
      '/my-profile',
      '/my-learning',
      '/assessment/me',
      '/personal-matters/me',
      '/travel/me',
      '/rotation/grassroots/me',
    ]);
    expect(menuFor(['hr'], 'cadre-id')).toEqual([
      '/',
      '/dashboard',
      '/units',
      '/cadres',
      '/roster-import',
      '/courses',
      '/classes',
      '/plans',
      '/compliance',
      '/training/claims',
      STUDY,
      ...ASSESSMENT,
      ...ROTATION,
      '/inspection/rounds',
      '/inspection/findings',
      '/inspection/personal-matters',
      '/inspection/travel',
      ...SELECTION,
      '/my-profile',
      '/my-learning',
      '/personal-matters/me',
      '/travel/me',
      '/rotation/grassroots/me',
    ]);
  });

  it('never offers HR the supervision measures, whatever else the account has', () => {
    expect(menuFor(['hr'])).not.toContain('/inspection/measures');
    expect(menuFor(['hr'], 'cadre-id')).not.toContain('/inspection/measures');
    expect(menuFor(['hr', 'cadre'], 'cadre-id')).not.toContain('/inspection/measures');
  });

  it('never lists a page without a menu entry (a cadre detail, a class, a cycle, a profile)', () => {
    const keys = menuFor(['admin', 'leader', 'hr', 'inspector', 'cadre']);
    expect(keys).not.toContain('/cadres/:id');
    expect(keys).not.toContain('/classes/:id');
    expect(keys).not.toContain('/assessment/cycles/:id');
    expect(keys).not.toContain('/assessment/profiles/:cadreId');
    expect(keys).not.toContain('/rotation/postings/:id');
    expect(keys).not.toContain('/inspection/rounds/:id');
  });

  it('highlights 干部名册 on a cadre detail page and nothing on an unknown page', () => {
    expect(selectedMenuKey(appRoutes, '/cadres/123')).toBe('/cadres');
    expect(selectedMenuKey(appRoutes, '/units')).toBe('/units');
    expect(selectedMenuKey(appRoutes, '/classes/0b6e4f00-0000-4000-8000-000000000001')).toBe('/classes');
    expect(selectedMenuKey(appRoutes, '/assessment/cycles/0b6e4f00-0000-4000-8000-000000000001')).toBe('/assessment/cycles');
    expect(selectedMenuKey(appRoutes, '/assessment/profiles/0b6e4f00-0000-4000-8000-000000000001')).toBe('/cadres');
    expect(selectedMenuKey(appRoutes, '/rotation/postings/0b6e4f00-0000-4000-8000-000000000001')).toBe('/rotation/postings');
    expect(selectedMenuKey(appRoutes, '/inspection/rounds/0b6e4f00-0000-4000-8000-000000000001')).toBe('/inspection/rounds');
    expect(selectedMenuKey(appRoutes, '/rotation/grassroots/me')).toBe('/rotation/grassroots/me');
    expect(selectedMenuKey(appRoutes, '/rotation/grassroots')).toBe('/rotation/grassroots');
    expect(selectedMenuKey(appRoutes, '/selection/voting-sessions/0b6e4f00-0000-4000-8000-000000000001')).toBe('/selection/voting-sessions');
    expect(selectedMenuKey(appRoutes, '/selection/appointments/0b6e4f00-0000-4000-8000-000000000001/record')).toBe('/selection/appointments');
    expect(selectedMenuKey(appRoutes, '/selection/pools/0b6e4f00-0000-4000-8000-000000000001')).toBe('/selection/pools');
    expect(selectedMenuKey(appRoutes, '/selection/key-posts/0b6e4f00-0000-4000-8000-000000000001')).toBe('/selection/key-posts');
    expect(selectedMenuKey(appRoutes, '/ballot')).toBeUndefined();
    expect(selectedMenuKey(appRoutes, '/nowhere')).toBeUndefined();
  });
});
