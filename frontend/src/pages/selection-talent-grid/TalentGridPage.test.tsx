import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '../../app/access';
import type { Session } from '../../api/types';
import { BUREAU_ID, GUANGDONG_ID, sessionFor, unitTree } from '../../test/fixtures';
import { renderApp } from '../../test/render';
import { talentGrid } from '../../test/successionFixtures';

function renderGrid(role: Role, extra: Partial<Session> = {}) {
  return renderApp({
    session: sessionFor(role, extra),
    path: '/selection/talent-grid',
    handlers: { 'GET /api/me': {}, 'GET /api/units': unitTree, 'GET /api/selection/talent-grid': talentGrid },
  });
}

const gridQuery = (api: ReturnType<typeof renderGrid>['api']) => Object.fromEntries(new URL(api.calls('GET /api/selection/talent-grid').at(-1)!.url).searchParams);

describe('人才盘点九宫格', () => {
  it('reads the grid of HR’s own unit and lays the cells out by performance (rows) and potential (columns), each with its people', async () => {
    const { api } = renderGrid('hr');
    const star = await screen.findByRole('region', { name: '业绩高 · 潜力高' });
    expect(gridQuery(api)).toEqual({ unitId: GUANGDONG_ID });
    const cells = screen.getAllByRole('region').map((cell) => cell.getAttribute('aria-label'));
    expect(cells).toEqual([
      '业绩高 · 潜力低',
      '业绩高 · 潜力中',
      '业绩高 · 潜力高',
      '业绩中 · 潜力低',
      '业绩中 · 潜力中',
      '业绩中 · 潜力高',
      '业绩低 · 潜力低',
      '业绩低 · 潜力中',
      '业绩低 · 潜力高',
    ]);
    expect(star).toHaveTextContent('1 人');
    expect(within(star).getByText('陈建国（YZ000001）')).toBeInTheDocument();
    expect(star).toHaveTextContent('优秀（2025） · 86 分');
    expect(within(screen.getByRole('region', { name: '业绩中 · 潜力中' })).getByText('林晓（YZ000002）')).toBeInTheDocument();
    const bottom = screen.getByRole('region', { name: '业绩低 · 潜力低' });
    expect(within(bottom).getAllByRole('listitem')).toHaveLength(2);
    expect(within(bottom).getByText('共 12 人')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: '业绩高 · 潜力低' })).toHaveTextContent('0 人');
    expect(screen.getByText(/80 分以上为高、65 分以下为低/)).toBeInTheDocument();
    expect(screen.getByText('无年度考核结果').closest('.ant-statistic')).toHaveTextContent('3');
    expect(screen.getByText('无本领得分').closest('.ant-statistic')).toHaveTextContent('2');
  }, 20_000);

  it('reads a leader’s own unit, and asks again for one level', async () => {
    const { api } = renderGrid('leader');
    await screen.findByRole('region', { name: '业绩高 · 潜力高' });
    expect(gridQuery(api)).toEqual({ unitId: BUREAU_ID });
    await userEvent.click(screen.getByLabelText('职务层次'));
    await userEvent.click(await screen.findByTitle('正县处级'));
    await waitFor(() => expect(gridQuery(api)).toEqual({ unitId: BUREAU_ID, level: 'DIVISION_PRINCIPAL' }));
  }, 20_000);

  it('asks for a unit first when the session has none', async () => {
    const { api } = renderGrid('admin', { unitId: null });
    expect(await screen.findByText('请选择单位')).toBeInTheDocument();
    expect(api.calls('GET /api/selection/talent-grid')).toHaveLength(0);
  }, 15_000);
});
