import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { CadrePage } from '../../api/types';
import { cadre, GUANGDONG_ID, sessionFor, unitTree } from '../../test/fixtures';
import { currentUrl, renderApp } from '../../test/render';

const page = (total: number): CadrePage => ({ items: [cadre], page: 0, size: 20, total, totalPages: Math.ceil(total / 20) });

function renderList(path: string, role: 'hr' | 'inspector' | 'leader' = 'hr') {
  return renderApp({
    session: sessionFor(role),
    path,
    handlers: { 'GET /api/cadres': () => page(45), 'GET /api/units': unitTree, 'GET /api/me': {} },
  });
}

const lastQuery = (api: ReturnType<typeof renderList>['api']) =>
  Object.fromEntries(new URL(api.calls('GET /api/cadres').at(-1)!.url).searchParams);

describe('cadre list', () => {
  it('asks the API for exactly the search in the URL and shows the rows with Chinese labels', async () => {
    const { api } = renderList(`/cadres?q=陈&unitId=${GUANGDONG_ID}&rank=DIVISION_PRINCIPAL&page=1&sort=name,desc`);

    expect(await screen.findByRole('link', { name: '陈建国' })).toHaveAttribute('href', `/cadres/${cadre.id}`);
    expect(lastQuery(api)).toEqual({ q: '陈', unitId: GUANGDONG_ID, rank: 'DIVISION_PRINCIPAL', page: '1', sort: 'name,desc' });
    expect(screen.getByRole('cell', { name: '正县处级' })).toBeInTheDocument();
    expect(screen.getByText('后备干部')).toBeInTheDocument();
    expect(screen.getByText('共 45 人')).toBeInTheDocument();
  });

  it('puts a new search term in the URL and starts from the first page', async () => {
    const { router, api } = renderList('/cadres?page=2');
    const box = await screen.findByRole('searchbox', { name: '姓名或工号（可输入部分）' });

    await userEvent.type(box, 'YZ0001{Enter}');

    await waitFor(() => expect(currentUrl(router)).toBe('/cadres?q=YZ0001'));
    await waitFor(() => expect(lastQuery(api)).toEqual({ q: 'YZ0001' }));
  });

  it('sorts on the server when a column header is clicked', async () => {
    const { router } = renderList('/cadres?page=1');
    await screen.findByRole('link', { name: '陈建国' });

    await userEvent.click(screen.getByRole('columnheader', { name: /出生日期/ }));

    await waitFor(() => expect(currentUrl(router)).toBe('/cadres?sort=birthDate,asc'));
  });

  it('pages on the server', async () => {
    const { router } = renderList('/cadres');
    await screen.findByRole('link', { name: '陈建国' });

    await userEvent.click(screen.getByRole('listitem', { name: '3' }));

    await waitFor(() => expect(currentUrl(router)).toBe('/cadres?page=2'));
  });

  it('exports the current search as xlsx', async () => {
    renderList(`/cadres?q=陈&category=RESERVE&status=ALL&page=1&size=50`, 'inspector');
    const link = await screen.findByRole('link', { name: /^download 导出$/ });
    expect(link).toHaveAttribute('href', '/api/cadres/export?q=%E9%99%88&category=RESERVE&status=ALL');
    // the same cadres as the 干部名册 for printing and reporting
    expect(screen.getByRole('link', { name: /导出干部名册/ })).toHaveAttribute('href', '/api/cadres/export?q=%E9%99%88&category=RESERVE&status=ALL&layout=register');
  });

  it('says so when nothing matches', async () => {
    renderApp({
      session: sessionFor('leader'),
      path: '/cadres?q=nobody',
      handlers: { 'GET /api/cadres': { items: [], page: 0, size: 20, total: 0, totalPages: 0 }, 'GET /api/units': unitTree, 'GET /api/me': {} },
    });
    expect(await screen.findByText('没有符合条件的干部，请调整查询条件')).toBeInTheDocument();
  });
});
