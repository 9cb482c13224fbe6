import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '../../app/access';
import type { VotingSession } from '../../api/types';
import type { Handler } from '../../test/fakeApi';
import { sessionFor } from '../../test/fixtures';
import { currentUrl, renderApp } from '../../test/render';
import { closedEvaluation, closedSession, draftSession, issuedCodes, openSession, SESSION_ID } from '../../test/selectionFixtures';

const SESSION = `/api/selection/voting-sessions/${SESSION_ID}`;

/** The session's page for `role`; `read` answers each GET (the page reads the session again after every command). */
function renderSession(read: () => VotingSession, role: Role = 'hr', handlers: Record<string, Handler> = {}) {
  const id = read().id;
  return renderApp({
    session: sessionFor(role),
    path: `/selection/voting-sessions/${id}`,
    handlers: { 'GET /api/me': {}, [`GET /api/selection/voting-sessions/${id}`]: () => read(), ...handlers },
  });
}

/** The confirmation just opened (antd keeps the ones closed before in the page, hidden). */
const confirmPopup = async () => userEvent.click((await screen.findAllByText(/^确\s?定$/, { selector: '.ant-popconfirm button span' })).at(-1)!);

describe('a voting session’s page', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=csrf-8; path=/';
  });

  it('issues the codes once and shows them only then, as slips to print with their category, warning they will not be shown again', async () => {
    let current: VotingSession = draftSession;
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const { api, router } = renderSession(() => current, 'hr', {
      [`POST ${SESSION}/codes`]: () => {
        current = { ...draftSession, codesIssued: true, version: 1 };
        return issuedCodes;
      },
    });
    await userEvent.click(await screen.findByText('生成投票码', { selector: 'button span' }));
    expect(await screen.findByText('投票码只生成一次，并且只在生成后显示这一次，系统不保存原码。请准备好打印。')).toBeInTheDocument();
    await confirmPopup();

    const slips = await screen.findByRole('list', { name: '投票码（仅显示这一次）' });
    const items = within(slips).getAllByRole('listitem');
    expect(items).toHaveLength(5);
    expect(items[0]).toHaveTextContent('ABCDE-FGHJK');
    expect(items[0]).toHaveTextContent('投票人类别：班子成员');
    expect(items[0]).toHaveTextContent(`投票网址：${window.location.origin}/ballot`);
    expect(items[4]).toHaveTextContent('JKLMN-PQRST');
    expect(items[4]).toHaveTextContent('投票人类别：职工代表');
    expect(screen.getByText('投票码不会再次显示')).toBeInTheDocument();
    expect(screen.getByText(/共 5 张（班子成员 3 张、职工代表 2 张）/)).toBeInTheDocument();
    const [request] = api.calls(`POST ${SESSION}/codes`);
    expect(request.headers.get('If-Match')).toBe('"0"');
    expect(request.headers.get('X-XSRF-TOKEN')).toBe('csrf-8');

    // printed with the app around them hidden: the print stylesheet is scoped to this class
    expect(document.body).toHaveClass('benling-voter-slips');
    await userEvent.click(screen.getByText('打印投票码', { selector: 'button span' }));
    expect(print).toHaveBeenCalledTimes(1);

    // the next step is to open the voting; the codes are not offered again
    expect(await screen.findByText('开始投票', { selector: 'button span' })).toBeInTheDocument();
    expect(screen.queryByText('生成投票码', { selector: 'button span' })).not.toBeInTheDocument();

    // leaving for another page is asked first: the codes would be lost
    await userEvent.click(screen.getByLabelText('返回'));
    expect(await screen.findByText('投票码只显示这一次，离开后无法再次查看。请确认已经打印。')).toBeInTheDocument();
    await userEvent.click(screen.getByText(/^取\s?消$/, { selector: '.ant-modal-confirm button span' }));
    expect(currentUrl(router)).toBe(`/selection/voting-sessions/${SESSION_ID}`);
    expect(screen.getByText('ABCDE-FGHJK')).toBeInTheDocument();

    await userEvent.click(screen.getByText('已打印，收起', { selector: 'button span' }));
    await confirmPopup();
    await waitFor(() => expect(screen.queryByText('ABCDE-FGHJK')).not.toBeInTheDocument());
    expect(document.body).not.toHaveClass('benling-voter-slips');
    expect(screen.getByText('已生成（仅在生成时显示一次）')).toBeInTheDocument();
  }, 30_000);

  it('follows the turnout while the voting runs, reading it again every few seconds', async () => {
    let voted = 2;
    const { api } = renderSession(() => ({ ...openSession, categories: [{ ...openSession.categories[0], voted }, openSession.categories[1]] }), 'leader');
    const turnout = (await screen.findByText('投票率', { selector: '.ant-card-head-title' })).closest('.ant-card') as HTMLElement;
    expect(within(turnout).getByText('合计：已投 3 / 5 人，投票率 60.0%')).toBeInTheDocument();
    expect(within(turnout).getByText('投票进行中，每 5 秒自动刷新')).toBeInTheDocument();
    voted = 3;
    await waitFor(() => expect(within(turnout).getByText('合计：已投 4 / 5 人，投票率 80.0%')).toBeInTheDocument(), { timeout: 9000 });
    expect(api.calls(`GET ${SESSION}`).length).toBeGreaterThanOrEqual(2);
    // a leader follows it, but neither opens nor closes a session
    expect(screen.queryByText('结束投票并计票', { selector: 'button span' })).not.toBeInTheDocument();
  }, 20_000);

  it('closes the voting after a confirmation and shows the count per category and weighted', async () => {
    let current: VotingSession = openSession;
    const { api } = renderSession(() => current, 'hr', {
      [`POST ${SESSION}/closing`]: () => {
        current = closedSession;
        return closedSession;
      },
    });
    await userEvent.click(await screen.findByText('结束投票并计票', { selector: 'button span' }));
    expect(await screen.findByText('已有 3 人投票。结束后不再接受投票，票箱计入分类统计后清空。')).toBeInTheDocument();
    await confirmPopup();

    const results = (await screen.findByText('计票结果', { selector: '.ant-card-head-title' })).closest('.ant-card') as HTMLElement;
    const rows = within(results).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.querySelector('td')!.textContent)).toEqual(['1', '2', '3']);
    expect(rows[0]).toHaveTextContent('林晓（YZ000002）');
    expect(rows[0]).toHaveTextContent('3 / 3 票（100.0%）');
    expect(rows[1]).toHaveTextContent('2 / 3 票（66.7%）');
    expect(rows[1]).toHaveTextContent('56.7%');
    expect(within(results).getAllByText('班子成员（权重 40）').length).toBeGreaterThan(0);
    const [request] = api.calls(`POST ${SESSION}/closing`);
    expect(request.headers.get('If-Match')).toBe('"2"');
    expect(screen.queryByText('投票进行中，每 5 秒自动刷新')).not.toBeInTheDocument();
  }, 20_000);

  it('shows a closed 民主测评 with the grades given in each category and the weighted approval', async () => {
    renderSession(() => closedEvaluation, 'inspector');
    const results = (await screen.findByText('计票结果', { selector: '.ant-card-head-title' })).closest('.ant-card') as HTMLElement;
    const row = within(results).getByText('陈建国（YZ000001）').closest('tr')!;
    expect(row).toHaveTextContent('称职以上 2 / 3（66.7%）');
    expect(row).toHaveTextContent('优秀 1、称职 1、基本称职 1、不称职 0');
    expect(row).toHaveTextContent('86.7%');
    expect(within(results).getAllByText('加权称职以上率').length).toBeGreaterThan(0);
    expect(within(results).queryByText('名次')).not.toBeInTheDocument();
  }, 15_000);
});
