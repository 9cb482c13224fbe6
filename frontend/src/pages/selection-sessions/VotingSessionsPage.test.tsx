import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '../../app/access';
import type { VotingSessionPage } from '../../api/types';
import { problem } from '../../test/fakeApi';
import { cadre, CADRE_ID, GUANGDONG_ID, pageOf, sessionFor, unitTree } from '../../test/fixtures';
import { currentUrl, renderApp } from '../../test/render';
import { closedSession, draftSession, openSession, SESSION_ID } from '../../test/selectionFixtures';

const other = { ...cadre, id: '10000000-0000-4000-8000-000000000002', employeeNumber: 'YZ000002', name: '林晓' };

function renderList(path: string, role: Role, sessions: VotingSessionPage = pageOf([draftSession, { ...openSession, id: '80000000-0000-4000-8000-000000000008' }, { ...closedSession, id: '80000000-0000-4000-8000-000000000009' }]), handlers: Record<string, unknown> = {}) {
  return renderApp({
    session: sessionFor(role),
    path,
    handlers: {
      'GET /api/me': {},
      'GET /api/units': unitTree,
      'GET /api/selection/voting-sessions': sessions,
      'GET /api/cadres': pageOf([cadre, other]),
      ...handlers,
    },
  });
}

const listQuery = (api: ReturnType<typeof renderList>['api']) =>
  Object.fromEntries(new URL(api.calls('GET /api/selection/voting-sessions').at(-1)!.url).searchParams);

describe('民主推荐测评', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=csrf-7; path=/';
  });

  it('asks for the filters of the URL and shows each session’s kind, status and turnout', async () => {
    const { api } = renderList(`/selection/voting-sessions?kind=RECOMMENDATION&status=OPEN&unitId=${GUANGDONG_ID}&q=处长`, 'leader');
    const rows = await screen.findAllByRole('link', { name: '市场监管处处长民主推荐' });
    expect(rows).toHaveLength(3);
    expect(listQuery(api)).toEqual({ kind: 'RECOMMENDATION', status: 'OPEN', unitId: GUANGDONG_ID, q: '处长' });
    const [draft, open] = rows.map((link) => link.closest('tr')!);
    expect(draft).toHaveTextContent('未生成投票码');
    expect(draft).toHaveTextContent('3 人推荐 2 人');
    expect(open).toHaveTextContent('投票中');
    expect(open).toHaveTextContent('3 / 5 人');
    // a leader reads, but prepares no session
    expect(screen.queryByText('新建投票', { selector: 'button span' })).not.toBeInTheDocument();
  }, 20_000);

  it('explains to HR what a session is for when there is none yet, with the button to prepare one', async () => {
    renderList('/selection/voting-sessions', 'hr', pageOf([]));
    const empty = (await screen.findByText(/还没有投票场次/)).closest('.ant-empty') as HTMLElement;
    expect(empty).toHaveTextContent('生成一次性投票码');
    expect(within(empty).getByText('新建投票', { selector: 'button span' })).toBeInTheDocument();
  }, 15_000);

  it('prepares a 民主推荐 with its list and two voter categories, and opens its page', async () => {
    const { api, router } = renderList('/selection/voting-sessions', 'hr', pageOf([]), {
      'POST /api/selection/voting-sessions': () => new Response(JSON.stringify(draftSession), { status: 201, headers: { 'Content-Type': 'application/json' } }),
      [`GET /api/selection/voting-sessions/${SESSION_ID}`]: draftSession,
    });
    await userEvent.click((await screen.findAllByText('新建投票', { selector: 'button span' }))[0]);
    const dialog = (await screen.findByText('每票推荐人数', { selector: 'label' })).closest('.ant-modal') as HTMLElement;
    await userEvent.type(within(dialog).getByLabelText('名称'), '市场监管处处长民主推荐');
    await userEvent.clear(within(dialog).getByLabelText('每票推荐人数'));
    await userEvent.type(within(dialog).getByLabelText('每票推荐人数'), '2');
    await userEvent.type(within(dialog).getByLabelText('名单'), '陈');
    await userEvent.click(await screen.findByTitle('陈建国（YZ000001）'));
    await userEvent.click(await screen.findByTitle('林晓（YZ000002）'));
    // the list is searched within the unit chosen
    expect(new URL(api.calls('GET /api/cadres').at(-1)!.url).searchParams.get('unitId')).toBe(GUANGDONG_ID);
    // three categories to start with: keep two
    await userEvent.click(within(dialog).getByLabelText('删除第 2 个类别'));
    await userEvent.clear(within(dialog).getByLabelText('人数 2'));
    await userEvent.type(within(dialog).getByLabelText('人数 2'), '12');
    await userEvent.click(within(dialog).getByText(/^保\s?存$/));

    await waitFor(() => expect(api.calls('POST /api/selection/voting-sessions')).toHaveLength(1));
    expect(await api.calls('POST /api/selection/voting-sessions')[0].json()).toEqual({
      unitId: GUANGDONG_ID,
      kind: 'RECOMMENDATION',
      title: '市场监管处处长民主推荐',
      places: 2,
      candidateIds: [CADRE_ID, other.id],
      categories: [
        { code: 'C1', name: '班子成员', weight: 40, voters: 5 },
        { code: 'C2', name: '职工代表', weight: 30, voters: 12 },
      ],
    });
    await waitFor(() => expect(currentUrl(router)).toBe(`/selection/voting-sessions/${SESSION_ID}`));
  }, 30_000);

  it('puts the service’s refusal of a person on the list next to the list, naming the person', async () => {
    renderList('/selection/voting-sessions', 'hr', pageOf([]), {
      'POST /api/selection/voting-sessions': () =>
        problem(400, {
          type: 'https://benling.org/problems/validation',
          title: 'Invalid',
          detail: 'the voting session is invalid / 投票场次有误',
          violations: [{ field: 'candidateIds[0]', message: '不是在职干部 / not an active cadre' }],
        }),
    });
    await userEvent.click((await screen.findAllByText('新建投票', { selector: 'button span' }))[0]);
    const dialog = (await screen.findByText('每票推荐人数', { selector: 'label' })).closest('.ant-modal') as HTMLElement;
    await userEvent.click(within(dialog).getByText('民主测评'));
    expect(within(dialog).queryByLabelText('每票推荐人数')).not.toBeInTheDocument();
    await userEvent.type(within(dialog).getByLabelText('名称'), '年度测评');
    await userEvent.type(within(dialog).getByLabelText('名单'), '陈');
    await userEvent.click(await screen.findByTitle('陈建国（YZ000001）'));
    await userEvent.click(within(dialog).getByText(/^保\s?存$/));
    await waitFor(() => expect(within(dialog).getByLabelText('名单').closest('.ant-form-item')).toHaveTextContent('陈建国（YZ000001）：不是在职干部 / not an active cadre'));
  }, 30_000);
});
