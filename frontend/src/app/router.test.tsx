import { screen, waitFor, within } from '@testing-library/react';
import * as browserModule from '../api/browser';
import { notFound } from '../test/fakeApi';
import { cadre, CADRE_ID, meFor, sessionFor } from '../test/fixtures';
import { renderApp, renderSignedOut } from '../test/render';
import { isPublicPath } from './router';

describe('routes and access', () => {
  it('shows a cadre the 403 page for the cadre list, with the menu still there', async () => {
    renderApp({ session: sessionFor('cadre'), path: '/cadres', handlers: { 'GET /api/me': meFor('cadre') } });
    expect(await screen.findByText('无权访问')).toBeInTheDocument();
    const menu = screen.getByRole('navigation', { name: '主菜单' });
    expect(within(menu).getAllByRole('link').map((link) => link.textContent)).toEqual(['首页', '课程目录', '中心组学习', '能力短板', '挂职交流', '实践锻炼建议', '我的档案', '我的学习', '我的考核', '我的个人有关事项', '我的出国（境）', '我的联系点与调研']);
  });

  it.each([
    ['cadre', '/classes'],
    ['cadre', '/compliance'],
    ['cadre', '/plans'],
    ['cadre', '/assessment/cycles'],
    ['cadre', '/assessment/cycles/0b6e4f00-0000-4000-8000-000000000001'],
    ['hr', '/assessment/me'],
    ['leader', '/classes'],
    ['inspector', '/classes/0b6e4f00-0000-4000-8000-000000000001'],
    ['hr', '/inspection/measures'],
    ['hr', '/inspection/coverage'],
    ['cadre', '/inspection/measures'],
    ['cadre', '/inspection/rounds'],
    ['cadre', '/rotation/due'],
    ['cadre', '/rotation/balance'],
    ['cadre', '/inspection/travel'],
    ['leader', '/travel/me'],
    ['cadre', '/rotation/grassroots'],
    ['leader', '/rotation/grassroots/me'],
    ['cadre', '/selection/voting-sessions'],
    ['cadre', '/selection/appointments/0b6e4f00-0000-4000-8000-000000000001'],
    ['cadre', '/selection/pools'],
    ['cadre', '/selection/key-posts/0b6e4f00-0000-4000-8000-000000000001'],
    ['inspector', '/selection/talent-grid'],
  ] as const)('shows a %s the 403 page for %s', async (role, path) => {
    renderApp({ session: sessionFor(role), path, handlers: { 'GET /api/me': {} } });
    expect(await screen.findByText('无权访问')).toBeInTheDocument();
  });

  it('shows HR the 403 page for 监督执纪 without asking the API, and no such menu entry', async () => {
    const { api } = renderApp({ session: sessionFor('hr', { cadreId: CADRE_ID }), path: '/inspection/measures', handlers: { 'GET /api/me': {} } });
    expect(await screen.findByText('无权访问')).toBeInTheDocument();
    const menu = screen.getByRole('navigation', { name: '主菜单' });
    expect(within(menu).queryByRole('link', { name: '监督执纪' })).not.toBeInTheDocument();
    expect(within(menu).getByRole('link', { name: '问题整改' })).toBeInTheDocument();
    expect(api.requests.filter((request) => request.url.includes('/api/inspection/measures'))).toHaveLength(0);
  });

  it('shows the 403 page for 我的学习 to an account without a cadre record', async () => {
    const { api } = renderApp({ session: sessionFor('hr'), path: '/my-learning', handlers: { 'GET /api/me': {} } });
    expect(await screen.findByText('无权访问')).toBeInTheDocument();
    expect(api.calls('GET /api/training/me')).toHaveLength(0);
  });

  it('shows an inspector the 403 page for roster import', async () => {
    renderApp({ session: sessionFor('inspector'), path: '/roster-import', handlers: { 'GET /api/me': meFor('inspector') } });
    expect(await screen.findByText('无权访问')).toBeInTheDocument();
    expect(screen.queryByText('花名册文件')).not.toBeInTheDocument();
  });

  it('shows the 404 page for an unknown address', async () => {
    renderApp({ session: sessionFor('admin'), path: '/no/such/page', handlers: { 'GET /api/me': meFor('admin') } });
    expect(await screen.findByText('页面不存在')).toBeInTheDocument();
  });

  it('opens a cadre’s detail with the profile and, for HR, the audit tab', async () => {
    renderApp({
      session: sessionFor('hr'),
      path: `/cadres/${CADRE_ID}`,
      handlers: { [`GET /api/cadres/${CADRE_ID}`]: cadre, 'GET /api/me': {} },
    });
    expect(await screen.findByRole('heading', { name: '陈建国' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: '变更记录' })).toBeInTheDocument();
    expect(within(screen.getByRole('tabpanel')).getByText('正县处级')).toBeInTheDocument();
    const menu = screen.getByRole('navigation', { name: '主菜单' });
    expect(within(menu).getByRole('menuitem', { name: /干部名册/ })).toHaveClass('ant-menu-item-selected');
    expect(screen.getByText('能力画像', { selector: 'button span' })).toBeInTheDocument();
  });

  it('hides the audit tab from an inspector', async () => {
    renderApp({ session: sessionFor('inspector'), path: `/cadres/${CADRE_ID}`, handlers: { [`GET /api/cadres/${CADRE_ID}`]: cadre, 'GET /api/me': meFor('inspector') } });
    expect(await screen.findByRole('tab', { name: '调动记录' })).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: '变更记录' })).not.toBeInTheDocument();
  });

  it('says "not found or not yours" when the API answers 404 for a cadre', async () => {
    renderApp({
      session: sessionFor('hr'),
      path: `/cadres/${CADRE_ID}`,
      handlers: { [`GET /api/cadres/${CADRE_ID}`]: () => notFound(`cadre ${CADRE_ID} does not exist or is not visible to you`), 'GET /api/me': meFor('hr') },
    });
    expect(await screen.findByText('未找到，或不在您的查看范围内')).toBeInTheDocument();
  });

  it('sends a signed-out browser to the login from any page of the app, but opens the ballot page without one', async () => {
    const assign = vi.spyOn(browserModule.browser, 'assign').mockImplementation(() => {});
    const signedOut = renderSignedOut({ path: '/selection/voting-sessions', handlers: { 'GET /api/session': { authenticated: false } } });
    await waitFor(() => expect(assign).toHaveBeenCalledWith('/login?redirect=%2Fselection%2Fvoting-sessions'));
    signedOut.unmount();

    assign.mockClear();
    const ballot = renderSignedOut({ path: '/ballot' });
    expect(await screen.findByLabelText('投票码')).toBeInTheDocument();
    expect(ballot.api.calls('GET /api/session')).toHaveLength(0);
    expect(assign).not.toHaveBeenCalled();
  });

  it('knows the public pages by their address, so that a refusal there sends nobody to the login', () => {
    expect(isPublicPath('/ballot')).toBe(true);
    expect(isPublicPath('/ballot/')).toBe(true);
    expect(isPublicPath('/ballot/elsewhere')).toBe(false);
    expect(isPublicPath('/selection/voting-sessions')).toBe(false);
  });
});
