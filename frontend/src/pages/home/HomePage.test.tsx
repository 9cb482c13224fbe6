import { screen, within } from '@testing-library/react';
import { cadre, sessionFor, unitTree } from '../../test/fixtures';
import { renderApp } from '../../test/render';

const TOTALS: Record<string, number> = {
  '': 120,
  BUREAU_PRINCIPAL: 1,
  BUREAU_DEPUTY: 3,
  DIVISION_PRINCIPAL: 10,
  DIVISION_DEPUTY: 16,
  SECTION_PRINCIPAL: 40,
  SECTION_DEPUTY: 50,
};

const cadreTotals = (_: Request, url: URL) => ({ items: [], page: 0, size: 1, total: TOTALS[url.searchParams.get('rank') ?? ''], totalPages: 1 });

describe('home page', () => {
  it('shows HR the real counts of its scope, per rank and tier, with links on', async () => {
    const { api } = renderApp({
      session: sessionFor('hr'),
      path: '/',
      handlers: { 'GET /api/cadres': cadreTotals, 'GET /api/units': unitTree, 'GET /api/me': { unitName: '广东省邮政管理局' } },
    });

    const active = (await screen.findByText('在职干部（管理范围内）')).closest('.ant-statistic')!;
    expect(await within(active as HTMLElement).findByText('120')).toBeInTheDocument();
    const units = screen.getByText('单位数').closest('.ant-statistic') as HTMLElement;
    expect(await within(units).findByText('2')).toBeInTheDocument();

    const division = screen.getByText('县处级').closest('.ant-card') as HTMLElement;
    expect(await within(division).findByText('26 人')).toBeInTheDocument();
    expect(within(division).getByRole('link', { name: '副县处级' })).toHaveAttribute('href', '/cadres?rank=DIVISION_DEPUTY');
    expect(within(division).getByText('16')).toBeInTheDocument();

    expect(api.calls('GET /api/cadres').every((request) => new URL(request.url).searchParams.get('size') === '1')).toBe(true);
    expect(within(screen.getByRole('main')).getByRole('link', { name: /花名册导入/ })).toHaveAttribute('href', '/roster-import');
    expect(within(screen.getByRole('main')).getByRole('link', { name: /统计分析/ })).toHaveAttribute('href', '/dashboard');
  });

  it('shows a cadre the own summary instead of statistics', async () => {
    const { api } = renderApp({ session: sessionFor('cadre'), path: '/', handlers: { 'GET /api/me': { unitName: '广东省邮政管理局', cadre } } });

    expect(await screen.findByText('市场监管处处长')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '查看我的档案' })).toHaveAttribute('href', '/my-profile');
    expect(screen.queryByText('在职干部（管理范围内）')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /统计分析/ })).not.toBeInTheDocument();
    expect(api.calls('GET /api/cadres')).toHaveLength(0);
  });
});

describe('home page without a role', () => {
  it('tells the user to ask for a role instead of showing empty pages', async () => {
    const { api } = renderApp({ session: { authenticated: true, username: 'newcomer', name: '新同事', roles: [], unitId: null, cadreId: null }, path: '/' });
    expect(await screen.findByText('您的账号尚未分配本系统的角色，请联系系统管理员。')).toBeInTheDocument();
    // The API answers GET /api/me with 403 to an account without a role, so the header does not ask.
    expect(api.requests).toHaveLength(0);
  });
});
