import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '../../app/access';
import { problem, type Handler } from '../../test/fakeApi';
import { cadre, CADRE_ID, pageOf, sessionFor } from '../../test/fixtures';
import { renderApp } from '../../test/render';
import { candidates, KEY_POST_ID, keyPost, removedSuccessor, successor, SUCCESSOR_ID } from '../../test/successionFixtures';

const POST = `/api/selection/key-posts/${KEY_POST_ID}`;

function renderPost(role: Role, handlers: Record<string, Handler> = {}) {
  return renderApp({
    session: sessionFor(role),
    path: `/selection/key-posts/${KEY_POST_ID}`,
    handlers: {
      'GET /api/me': {},
      [`GET ${POST}`]: keyPost,
      [`GET ${POST}/successors`]: (_request: Request, url: URL) => pageOf(url.searchParams.get('includeRemoved') === 'true' ? [successor, removedSuccessor] : [successor]),
      [`GET ${POST}/candidates`]: pageOf(candidates),
      'GET /api/cadres': pageOf([cadre]),
      ...handlers,
    },
  });
}

const rowOf = async (name: string, scope: HTMLElement = document.body) => (await within(scope).findByText(name, { selector: 'strong', exact: false })).closest('tr') as HTMLElement;
const dialogOf = async (label: string) => (await screen.findByText(label, { selector: 'label' })).closest('.ant-modal') as HTMLElement;
const save = (dialog: HTMLElement) => userEvent.click(within(dialog).getByText(/^保\s?存$/));

describe('a key post’s page', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=csrf-14; path=/';
  });

  it('shows each successor’s readiness, step and gaps, those taken off on demand, and gives a leader no action', async () => {
    const { api } = renderPost('leader');
    expect(await screen.findByRole('heading', { name: '市场监管处处长' })).toBeInTheDocument();
    const lin = await rowOf('林晓');
    expect(within(lin).getByText('1–2年')).toBeInTheDocument();
    expect(lin).toHaveTextContent('副职提任正职');
    expect(lin).toHaveTextContent('狠抓落实本领得分 68，岗位要求 75');
    expect(lin).toHaveTextContent('重点培养');
    expect(screen.queryByText('周敏', { selector: 'strong', exact: false })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('switch', { name: '含已调整出的' }));
    const zhou = await rowOf('周敏');
    expect(zhou).toHaveTextContent('已调整出');
    expect(zhou).toHaveTextContent('已交流到其他单位');
    expect(new URL(api.calls(`GET ${POST}/successors`).at(-1)!.url).searchParams.get('includeRemoved')).toBe('true');
    expect(screen.queryByText('列为后备人选', { selector: 'button span' })).not.toBeInTheDocument();
    expect(screen.queryByText('调整出', { selector: 'button span' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('tab', { name: '依事择人' }));
    const chen = await rowOf('陈建国');
    expect(within(chen).getByText('已成熟')).toBeInTheDocument();
    expect(within(chen).getByText('库内')).toBeInTheDocument();
    expect(chen).toHaveTextContent('同级');
    expect(chen).toHaveTextContent('82');
    const named = (await screen.findAllByText('林晓', { selector: 'strong', exact: false })).map((name) => name.closest('tr')!).find((row) => row.textContent?.includes('已列入'));
    expect(named).toBeDefined();
    expect(screen.queryByLabelText('将陈建国（YZ000001）列为后备人选')).not.toBeInTheDocument();
  }, 25_000);

  it('names a ranked candidate a successor from the ranking, and shows the service’s 409 in the dialog', async () => {
    const { api } = renderPost('hr', {
      [`POST ${POST}/successors`]: () => problem(409, { type: 'https://benling.org/problems/already-successor', title: 'Conflict', detail: '已是该岗位后备人选 / a successor to the post already' }),
    });
    await userEvent.click(await screen.findByRole('tab', { name: '依事择人' }));
    await rowOf('陈建国');
    // 林晓 is named already: no button on that row
    expect(screen.queryByLabelText('将林晓（YZ000002）列为后备人选')).not.toBeInTheDocument();
    await userEvent.click(screen.getByLabelText('将陈建国（YZ000001）列为后备人选'));
    const dialog = await dialogOf('备注');
    await userEvent.type(within(dialog).getByLabelText('备注'), '同级交流');
    await save(dialog);
    await waitFor(() => expect(api.calls(`POST ${POST}/successors`)).toHaveLength(1));
    expect(await api.calls(`POST ${POST}/successors`)[0].json()).toEqual({ cadreId: CADRE_ID, note: '同级交流' });
    const refusal = (await within(dialog).findByText('已是该岗位后备人选')).closest('.ant-alert') as HTMLElement;
    expect(refusal).toBeInTheDocument();
  }, 25_000);

  it('puts the service’s refusal of the cadre on the picker', async () => {
    renderPost('hr', {
      [`POST ${POST}/successors`]: () =>
        problem(400, {
          type: 'https://benling.org/problems/validation',
          title: 'Invalid',
          detail: 'invalid / 请求有误',
          violations: [{ field: 'cadreId', message: '职务层次不符 / not at the post’s level or the one below' }],
        }),
    });
    await userEvent.click(await screen.findByText('列为后备人选', { selector: 'button span' }));
    const dialog = await dialogOf('备注');
    await userEvent.type(within(dialog).getByLabelText('干部'), '陈');
    await userEvent.click(await screen.findByTitle('陈建国（YZ000001）'));
    await save(dialog);
    await waitFor(() => expect(within(dialog).getByLabelText('干部').closest('.ant-form-item')).toHaveTextContent('职务层次不符'));
  }, 25_000);

  it('takes a successor off with the reason at the version read', async () => {
    const { api } = renderPost('hr', { [`POST ${POST}/successors/${SUCCESSOR_ID}/removal`]: { ...removedSuccessor, id: SUCCESSOR_ID } });
    await userEvent.click(within(await rowOf('林晓')).getByLabelText('调整出林晓（YZ000002）'));
    const dialog = await dialogOf('调整理由');
    await userEvent.type(within(dialog).getByLabelText('调整理由'), '已交流到其他单位');
    await save(dialog);
    await waitFor(() => expect(api.calls(`POST ${POST}/successors/${SUCCESSOR_ID}/removal`)).toHaveLength(1));
    const [request] = api.calls(`POST ${POST}/successors/${SUCCESSOR_ID}/removal`);
    expect(await request.json()).toEqual({ reason: '已交流到其他单位' });
    expect(request.headers.get('If-Match')).toBe('"2"');
  }, 25_000);
});
