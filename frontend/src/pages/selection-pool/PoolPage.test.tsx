import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '../../app/access';
import { problem, type Handler } from '../../test/fakeApi';
import { cadre, CADRE_ID, GUANGDONG_ID, pageOf, sessionFor } from '../../test/fixtures';
import { renderApp } from '../../test/render';
import { admittedMember, declinedMember, MEMBER_ID, NOMINEE_ID, nominee, POOL_ID, youngPool } from '../../test/successionFixtures';

const POOL = `/api/selection/pools/${POOL_ID}`;

function renderPool(role: Role, handlers: Record<string, Handler> = {}, path = `/selection/pools/${POOL_ID}`) {
  return renderApp({
    session: sessionFor(role),
    path,
    handlers: {
      'GET /api/me': {},
      [`GET ${POOL}`]: youngPool,
      [`GET ${POOL}/members`]: pageOf([nominee, admittedMember, declinedMember]),
      'GET /api/cadres': pageOf([cadre]),
      ...handlers,
    },
  });
}

const rowOf = async (name: string) => (await screen.findByText(name, { selector: 'strong', exact: false })).closest('tr') as HTMLElement;
const dialogOf = async (label: string) => (await screen.findByText(label, { selector: 'label' })).closest('.ant-modal') as HTMLElement;
const save = (dialog: HTMLElement) => userEvent.click(within(dialog).getByText(/^保\s?存$/));

describe('a reserve pool’s page', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=csrf-12; path=/';
  });

  it('shows the rules and each live member’s standing against them, and gives an inspector no action', async () => {
    renderPool('inspector');
    expect(await screen.findByRole('heading', { name: '正处级优秀年轻干部库' })).toBeInTheDocument();
    expect(screen.getByText('近 3 年年度考核均为称职以上')).toBeInTheDocument();
    expect(screen.getByText('待审 1 人，在库 2 人')).toBeInTheDocument();
    const chen = await rowOf('陈建国');
    expect(within(chen).getByText('符合')).toBeInTheDocument();
    const lin = await rowOf('林晓');
    expect(within(lin).getByText('年龄 46 岁，超过本库年龄上限 45 岁')).toBeInTheDocument();
    expect(within(lin).getByText('近 3 年无年度考核结果')).toBeInTheDocument();
    expect(within(lin).queryByText('符合')).not.toBeInTheDocument();
    // a membership that is over is not reviewed
    const zhou = await rowOf('周敏');
    expect(within(zhou).queryByText('符合')).not.toBeInTheDocument();
    expect(zhou).toHaveTextContent('任职年限不足');
    expect(screen.queryByText('提名', { selector: 'button span' })).not.toBeInTheDocument();
    expect(screen.queryByText('审核通过', { selector: 'button span' })).not.toBeInTheDocument();
    expect(screen.queryByText('出库', { selector: 'button span' })).not.toBeInTheDocument();
  }, 20_000);

  it('asks the members of a status tab and a search', async () => {
    const { api } = renderPool('leader', {}, `/selection/pools/${POOL_ID}?status=ADMITTED&q=林`);
    await rowOf('林晓');
    expect(Object.fromEntries(new URL(api.calls(`GET ${POOL}/members`).at(-1)!.url).searchParams)).toEqual({ status: 'ADMITTED', q: '林' });
    await userEvent.click(screen.getByRole('tab', { name: '已提名待审' }));
    await waitFor(() => expect(new URL(api.calls(`GET ${POOL}/members`).at(-1)!.url).searchParams.get('status')).toBe('NOMINATED'));
  }, 20_000);

  it('shows each entry rule a nominee does not meet when the service refuses the nomination', async () => {
    const { api } = renderPool('hr', {
      [`POST ${POOL}/members`]: () =>
        problem(422, {
          type: 'https://benling.org/problems/pool-entry-refused',
          title: 'Rule violated',
          detail: '不符合入库条件 / does not meet the pool\'s entry rules',
          violations: [
            { field: 'cadreId', code: 'pool.AGE_OVER_LIMIT', params: { age: 47, limit: 45 }, message: '年龄 47 岁，超过本库年龄上限 45 岁' },
            { field: 'cadreId', code: 'pool.GRADE_BELOW_COMPETENT', params: { year: 2024, grade: 'BASICALLY_COMPETENT' }, message: '2024 年度考核为基本称职，近年考核须为称职以上' },
          ],
        }),
    });
    await userEvent.click(await screen.findByText('提名', { selector: 'button span' }));
    const dialog = await dialogOf('提名理由');
    await userEvent.type(within(dialog).getByLabelText('干部'), '陈');
    await userEvent.click(await screen.findByTitle('陈建国（YZ000001）'));
    // the picker searches the pool unit's subtree
    expect(new URL(api.calls('GET /api/cadres').at(-1)!.url).searchParams.get('unitId')).toBe(GUANGDONG_ID);
    await userEvent.type(within(dialog).getByLabelText('提名理由'), '业绩突出');
    await save(dialog);
    await waitFor(() => expect(api.calls(`POST ${POOL}/members`)).toHaveLength(1));
    expect(await api.calls(`POST ${POOL}/members`)[0].json()).toEqual({ cadreId: CADRE_ID, reason: '业绩突出' });
    const refusal = (await within(dialog).findByText('不符合入库条件')).closest('.ant-alert') as HTMLElement;
    expect(refusal).toHaveTextContent('年龄 47 岁，超过本库年龄上限 45 岁');
    expect(refusal).toHaveTextContent('2024 年度考核为基本称职，近年考核须为称职以上');
  }, 30_000);

  it('admits a nominee with a note and takes a member out with the reason, each at the member’s version', async () => {
    const { api } = renderPool('hr', {
      [`POST ${POOL}/members/${NOMINEE_ID}/admission`]: { ...nominee, status: 'ADMITTED', version: 1 },
      [`POST ${POOL}/members/${MEMBER_ID}/exit`]: { ...admittedMember, status: 'LEFT', version: 4 },
    });
    const chen = await rowOf('陈建国');
    expect(within(chen).queryByText('出库', { selector: 'button span' })).not.toBeInTheDocument();
    await userEvent.click(within(chen).getByLabelText('审核通过陈建国（YZ000001）'));
    let dialog = await dialogOf('审核意见');
    await userEvent.type(within(dialog).getByLabelText('审核意见'), '同意');
    await save(dialog);
    await waitFor(() => expect(api.calls(`POST ${POOL}/members/${NOMINEE_ID}/admission`)).toHaveLength(1));
    const [admission] = api.calls(`POST ${POOL}/members/${NOMINEE_ID}/admission`);
    expect(await admission.json()).toEqual({ note: '同意' });
    expect(admission.headers.get('If-Match')).toBe('"0"');

    const lin = await rowOf('林晓');
    expect(within(lin).queryByText('审核通过', { selector: 'button span' })).not.toBeInTheDocument();
    await userEvent.click(within(lin).getByLabelText('林晓（YZ000002）出库'));
    dialog = await dialogOf('理由');
    await save(dialog);
    expect(await within(dialog).findByText('请填写此项')).toBeInTheDocument();
    await userEvent.type(within(dialog).getByLabelText('理由'), '年龄超过上限');
    await save(dialog);
    await waitFor(() => expect(api.calls(`POST ${POOL}/members/${MEMBER_ID}/exit`)).toHaveLength(1));
    const [exit] = api.calls(`POST ${POOL}/members/${MEMBER_ID}/exit`);
    expect(await exit.json()).toEqual({ reason: '年龄超过上限' });
    expect(exit.headers.get('If-Match')).toBe('"3"');
  }, 30_000);

  it('declines a nominee only with the reason, and keeps a stale version’s refusal in view', async () => {
    const { api } = renderPool('admin', {
      [`POST ${POOL}/members/${NOMINEE_ID}/declining`]: () =>
        problem(412, { type: 'https://benling.org/problems/precondition-failed', title: 'Precondition failed', detail: '已被他人修改 / changed meanwhile' }),
    });
    await userEvent.click(within(await rowOf('陈建国')).getByLabelText('不予通过陈建国（YZ000001）'));
    const dialog = await dialogOf('理由');
    await userEvent.type(within(dialog).getByLabelText('理由'), '任职年限不足');
    await save(dialog);
    await waitFor(() => expect(api.calls(`POST ${POOL}/members/${NOMINEE_ID}/declining`)).toHaveLength(1));
    const [request] = api.calls(`POST ${POOL}/members/${NOMINEE_ID}/declining`);
    expect(await request.json()).toEqual({ reason: '任职年限不足' });
    expect(request.headers.get('If-Match')).toBe('"0"');
    expect(await within(dialog).findByRole('alert')).toBeInTheDocument();
  }, 25_000);
});
