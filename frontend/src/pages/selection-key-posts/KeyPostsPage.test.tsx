import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '../../app/access';
import type { KeyPostPage } from '../../api/types';
import { GUANGDONG_ID, pageOf, sessionFor, unitTree } from '../../test/fixtures';
import { currentUrl, renderApp } from '../../test/render';
import { KEY_POST_ID, keyPost } from '../../test/successionFixtures';

function renderList(path: string, role: Role, posts: KeyPostPage = pageOf([keyPost]), handlers: Record<string, unknown> = {}) {
  return renderApp({
    session: sessionFor(role),
    path,
    handlers: { 'GET /api/me': {}, 'GET /api/units': unitTree, 'GET /api/selection/key-posts': posts, ...handlers },
  });
}

describe('关键岗位与后备人选', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=csrf-13; path=/';
  });

  it('asks for the filters of the URL and shows what each post asks and its successors by readiness, without a create button for an inspector', async () => {
    const { api } = renderList(`/selection/key-posts?unitId=${GUANGDONG_ID}&level=DIVISION_PRINCIPAL&q=处长`, 'inspector');
    const row = (await screen.findByRole('link', { name: '市场监管处处长' })).closest('tr')!;
    expect(Object.fromEntries(new URL(api.calls('GET /api/selection/key-posts').at(-1)!.url).searchParams)).toEqual({
      unitId: GUANGDONG_ID,
      level: 'DIVISION_PRINCIPAL',
      q: '处长',
    });
    expect(within(row).getByText('政治领导本领 ≥ 70')).toBeInTheDocument();
    expect(within(row).getByText('狠抓落实本领 ≥ 75')).toBeInTheDocument();
    expect(within(row).getByText('已成熟 1')).toBeInTheDocument();
    expect(within(row).getByText('1–2年 1')).toBeInTheDocument();
    expect(within(row).getByText('3年以上 0')).toBeInTheDocument();
    expect(screen.queryByText('设立关键岗位', { selector: 'button span' })).not.toBeInTheDocument();
  }, 20_000);

  it('names a key post with the minimum scores and the experience given and opens its page', async () => {
    const { api, router } = renderList('/selection/key-posts', 'hr', pageOf([]), {
      'POST /api/selection/key-posts': () => new Response(JSON.stringify(keyPost), { status: 201, headers: { 'Content-Type': 'application/json' } }),
      [`GET /api/selection/key-posts/${KEY_POST_ID}`]: keyPost,
      [`GET /api/selection/key-posts/${KEY_POST_ID}/successors`]: pageOf([]),
    });
    expect(await screen.findByText(/还没有关键岗位/)).toBeInTheDocument();
    await userEvent.click((await screen.findAllByText('设立关键岗位', { selector: 'button span' }))[0]);
    const dialog = (await screen.findByText('岗位名称', { selector: 'label' })).closest('.ant-modal') as HTMLElement;
    await userEvent.type(within(dialog).getByLabelText('岗位名称'), '市场监管处处长');
    await userEvent.click(within(dialog).getByLabelText('职务层次'));
    await userEvent.click(await screen.findByTitle('正县处级'));
    await userEvent.type(within(dialog).getByLabelText('政治领导本领'), '70');
    await userEvent.type(within(dialog).getByLabelText('狠抓落实本领'), '75');
    await userEvent.click(within(dialog).getByLabelText('西部地区'));
    await userEvent.click(within(dialog).getByLabelText('基层'));
    await userEvent.click(within(dialog).getByText(/^保\s?存$/));

    await waitFor(() => expect(api.calls('POST /api/selection/key-posts')).toHaveLength(1));
    expect(await api.calls('POST /api/selection/key-posts')[0].json()).toEqual({
      unitId: GUANGDONG_ID,
      title: '市场监管处处长',
      level: 'DIVISION_PRINCIPAL',
      minimumScores: { POLITICAL_LEADERSHIP: 70, IMPLEMENTATION: 75 },
      experience: ['GRASSROOTS', 'WESTERN_REGION'],
    });
    await waitFor(() => expect(currentUrl(router)).toBe(`/selection/key-posts/${KEY_POST_ID}`));
  }, 30_000);
});
