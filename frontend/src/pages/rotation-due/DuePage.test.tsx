import { screen, within } from '@testing-library/react';
import { GUANGDONG_ID, sessionFor, unitTree } from '../../test/fixtures';
import { renderApp } from '../../test/render';
import { dueRows } from '../../test/rotationFixtures';

describe('任职年限提醒', () => {
  it('asks for the unit and alert of the URL, marks key posts and postings, and exports the same list', async () => {
    const { api } = renderApp({
      session: sessionFor('hr'),
      path: `/rotation/due?unitId=${GUANGDONG_ID}&status=DUE&page=1`,
      handlers: { 'GET /api/me': {}, 'GET /api/units': unitTree, 'GET /api/rotation/due': { items: dueRows, page: 1, size: 20, total: 22, totalPages: 2 } },
    });
    const due = (await screen.findByText('陈建国')).closest('tr')!;
    expect(Object.fromEntries(new URL(api.calls('GET /api/rotation/due').at(-1)!.url).searchParams)).toEqual({ unitId: GUANGDONG_ID, status: 'DUE', page: '1' });
    expect(within(due).getByText('重要岗位')).toBeInTheDocument();
    expect(due).toHaveTextContent('7.7 / 5 年');
    expect(within(due).getByText('应交流')).toBeInTheDocument();
    expect(within(due).getByText('挂职交流中')).toBeInTheDocument();
    const soon = screen.getByText('林晓').closest('tr')!;
    expect(within(soon).getByText('即将到期')).toBeInTheDocument();
    expect(within(soon).queryByText('重要岗位')).not.toBeInTheDocument();
    expect(screen.getByText('共 22 人')).toBeInTheDocument();
    expect(screen.getByText(/^导\s?出$/).closest('a')).toHaveAttribute('href', `/api/rotation/due/export?unitId=${GUANGDONG_ID}&status=DUE`);
  }, 15_000);
});
