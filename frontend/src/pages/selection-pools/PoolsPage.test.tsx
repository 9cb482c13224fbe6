import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '../../app/access';
import type { ReservePoolPage } from '../../api/types';
import { GUANGDONG_ID, pageOf, sessionFor, unitTree } from '../../test/fixtures';
import { currentUrl, renderApp } from '../../test/render';
import { divisionPool, POOL_ID, youngPool } from '../../test/successionFixtures';

function renderList(path: string, role: Role, pools: ReservePoolPage = pageOf([youngPool, divisionPool]), handlers: Record<string, unknown> = {}) {
  return renderApp({
    session: sessionFor(role),
    path,
    handlers: { 'GET /api/me': {}, 'GET /api/units': unitTree, 'GET /api/selection/pools': pools, ...handlers },
  });
}

describe('后备干部库', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=csrf-11; path=/';
  });

  it('asks for the filters of the URL and shows each pool’s rules and counts, without a create button for a leader', async () => {
    const { api } = renderList(`/selection/pools?unitId=${GUANGDONG_ID}&level=DIVISION_PRINCIPAL&q=年轻`, 'leader');
    const young = (await screen.findByRole('link', { name: '正处级优秀年轻干部库' })).closest('tr')!;
    expect(Object.fromEntries(new URL(api.calls('GET /api/selection/pools').at(-1)!.url).searchParams)).toEqual({
      unitId: GUANGDONG_ID,
      level: 'DIVISION_PRINCIPAL',
      q: '年轻',
    });
    expect(young).toHaveTextContent('正县处级');
    expect(young).toHaveTextContent('45 岁以下');
    expect(young).toHaveTextContent('近 3 年');
    const cells = [...young.querySelectorAll('td')].map((cell) => cell.textContent);
    expect(cells.slice(-2)).toEqual(['1', '2']);
    const division = screen.getByRole('link', { name: '副处级后备干部库' }).closest('tr')!;
    expect(division).toHaveTextContent('不限');
    expect(screen.getByText('共 2 个')).toBeInTheDocument();
    expect(screen.queryByText('新建后备干部库', { selector: 'button span' })).not.toBeInTheDocument();
  }, 20_000);

  it('explains to HR what a pool is for when there is none yet, and sets one up with its rules', async () => {
    const { api, router } = renderList('/selection/pools', 'hr', pageOf([]), {
      'POST /api/selection/pools': () => new Response(JSON.stringify(youngPool), { status: 201, headers: { 'Content-Type': 'application/json' } }),
      [`GET /api/selection/pools/${POOL_ID}`]: youngPool,
      [`GET /api/selection/pools/${POOL_ID}/members`]: pageOf([]),
    });
    const empty = (await screen.findByText(/还没有后备干部库/)).closest('.ant-empty') as HTMLElement;
    expect(within(empty).getByText('新建后备干部库', { selector: 'button span' })).toBeInTheDocument();
    await userEvent.click((await screen.findAllByText('新建后备干部库', { selector: 'button span' }))[0]);
    const dialog = (await screen.findByText('年龄上限', { selector: 'label' })).closest('.ant-modal') as HTMLElement;
    expect(dialog).toHaveTextContent('不填默认 3 年');
    await userEvent.type(within(dialog).getByLabelText('名称'), '正处级优秀年轻干部库');
    await userEvent.click(within(dialog).getByLabelText('拟任职务层次'));
    await userEvent.click(await screen.findByTitle('正县处级'));
    await userEvent.type(within(dialog).getByLabelText('年龄上限'), '45');
    await userEvent.click(within(dialog).getByText(/^保\s?存$/));

    await waitFor(() => expect(api.calls('POST /api/selection/pools')).toHaveLength(1));
    expect(await api.calls('POST /api/selection/pools')[0].json()).toEqual({ unitId: GUANGDONG_ID, name: '正处级优秀年轻干部库', level: 'DIVISION_PRINCIPAL', maxAge: 45 });
    await waitFor(() => expect(currentUrl(router)).toBe(`/selection/pools/${POOL_ID}`));
  }, 30_000);
});
