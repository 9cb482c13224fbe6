import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '../../app/access';
import type { UnitNode } from '../../api/types';
import { BUREAU_ID, CADRE_ID, pageOf, sessionFor, unitTree } from '../../test/fixtures';
import { currentUrl, renderApp } from '../../test/render';
import { candidates, GUIZHOU_ID, massWorkProposal, opening, OPENING_ID, POSTING_ID, PROPOSAL_ID, proposedPosting, SICHUAN_ID } from '../../test/rotationFixtures';

/** The fixture tree with two western provinces to host postings (outside Guangdong HR's scope: no cadre counts). */
const units: UnitNode[] = [
  {
    ...unitTree[0],
    children: [
      ...(unitTree[0].children ?? []),
      { id: SICHUAN_ID, code: '510000', name: '四川省邮政管理局', kind: 'PROVINCIAL', parentId: BUREAU_ID, active: true, activeCadres: null, version: 1, children: [] },
      { id: GUIZHOU_ID, code: '520000', name: '贵州省邮政管理局', kind: 'PROVINCIAL', parentId: BUREAU_ID, active: true, activeCadres: null, version: 1, children: [] },
    ],
  },
];

function renderProposals(path: string, role: Role = 'hr') {
  return renderApp({
    session: sessionFor(role),
    path,
    handlers: {
      'GET /api/me': {},
      'GET /api/units': units,
      'GET /api/rotation/proposals': { items: [massWorkProposal, { ...massWorkProposal, id: 'p-2', status: 'ACCEPTED', postingId: POSTING_ID, capability: 'IMPLEMENTATION' }], page: 0, size: 20, total: 2, totalPages: 1 },
      [`GET /api/rotation/eligibility/${CADRE_ID}`]: { cadreId: CADRE_ID, eligible: true, reasons: [] },
      [`POST /api/rotation/proposals/${PROPOSAL_ID}/posting`]: () => new Response(JSON.stringify(proposedPosting), { status: 201, headers: { 'Content-Type': 'application/json' } }),
      [`POST /api/rotation/proposals/${PROPOSAL_ID}/dismiss`]: { ...massWorkProposal, status: 'DISMISSED' },
      'GET /api/rotation/openings': pageOf([opening]),
      [`GET /api/rotation/openings/${OPENING_ID}/candidates`]: candidates,
      [`POST /api/rotation/openings/${OPENING_ID}/postings`]: () => new Response(JSON.stringify(proposedPosting), { status: 201, headers: { 'Content-Type': 'application/json' } }),
      [`GET /api/rotation/postings/${POSTING_ID}`]: proposedPosting,
      [`GET /api/rotation/postings/${POSTING_ID}/check-ins`]: [],
      [`GET /api/rotation/postings/${POSTING_ID}/audit`]: [],
    },
  });
}

describe('实践锻炼建议', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-26T02:00:00Z'));
    document.cookie = 'XSRF-TOKEN=csrf-6; path=/';
  });
  afterEach(() => vi.useRealTimers());

  it('lists open proposals with the gap, the suggested types and hosts with their regions', async () => {
    const { api } = renderProposals('/rotation/proposals');
    const row = (await screen.findAllByText('陈建国'))[0].closest('tr')!;
    expect(Object.fromEntries(new URL(api.calls('GET /api/rotation/proposals').at(-1)!.url).searchParams)).toEqual({ status: 'PROPOSED' });
    expect(row).toHaveTextContent('群众工作本领');
    expect(row).toHaveTextContent('55 / 60');
    expect(row).toHaveTextContent('挂职扶贫（乡村振兴）挂职锻炼');
    expect(row).toHaveTextContent('四川省邮政管理局西部');
    const accepted = screen.getByText('查看挂职').closest('tr')!;
    expect(accepted).toHaveTextContent('已提名');
    expect(within(accepted).queryByText('据此提名')).not.toBeInTheDocument();
  }, 15_000);

  it('proposes a posting from a proposal with the suggested type and host, and opens it', async () => {
    const { api, router } = renderProposals('/rotation/proposals');
    await userEvent.click((await screen.findAllByText('据此提名', { selector: 'button span' }))[0]);
    const dialog = (await screen.findByText('挂职目的', { selector: 'label' })).closest('.ant-modal') as HTMLElement;
    expect(within(dialog).getByText('陈建国（YZ000001）')).toBeInTheDocument();
    expect(await within(dialog).findByText('陈建国 符合提名条件')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('类型').closest('.ant-select')).toHaveTextContent('挂职扶贫（乡村振兴）（建议）');
    expect(within(dialog).getByLabelText('接收单位').closest('.ant-select')).toHaveTextContent('四川省邮政管理局');
    await userEvent.click(within(dialog).getByText('贵州省邮政管理局'));
    await waitFor(() => expect(within(dialog).getByLabelText('接收单位').closest('.ant-select')).toHaveTextContent('贵州省邮政管理局'));
    await userEvent.click(within(dialog).getByText(/^保\s?存$/));

    await waitFor(() => expect(api.calls(`POST /api/rotation/proposals/${PROPOSAL_ID}/posting`)).toHaveLength(1));
    expect(await api.calls(`POST /api/rotation/proposals/${PROPOSAL_ID}/posting`)[0].json()).toEqual({
      cadreId: CADRE_ID,
      type: 'POVERTY_ALLEVIATION',
      hostUnitId: GUIZHOU_ID,
      plannedStart: '2026-12-01',
      plannedEnd: '2027-12-01',
    });
    await waitFor(() => expect(currentUrl(router)).toBe(`/rotation/postings/${POSTING_ID}`));
  }, 25_000);

  it('dismisses a proposal once confirmed', async () => {
    const { api } = renderProposals('/rotation/proposals');
    await userEvent.click((await screen.findAllByText('不采纳', { selector: 'button span' }))[0]);
    await userEvent.click(await screen.findByText(/^确\s?定$/, { selector: '.ant-popconfirm button span' }));
    await waitFor(() => expect(api.calls(`POST /api/rotation/proposals/${PROPOSAL_ID}/dismiss`)).toHaveLength(1));
  }, 15_000);

  it('ranks an opening’s candidates with the reasons for each rank, and HR proposes the first', async () => {
    const { api } = renderProposals('/rotation/proposals?tab=openings');
    const row = (await screen.findByText('四川省邮政管理局')).closest('tr')!;
    expect(row).toHaveTextContent('0 / 1');
    await userEvent.click(within(row).getByText('人选推荐', { selector: 'button span' }));
    const first = await screen.findByRole('listitem', { name: '第 1 名：陈建国' });
    expect(within(first).getByRole('list', { name: '推荐理由' })).toHaveTextContent('能力短板：群众工作本领 55 分（阈值 60）');
    expect(within(first).getByRole('progressbar', { name: '综合得分' })).toHaveAttribute('aria-valuenow', '85');
    expect(screen.getByRole('listitem', { name: '第 2 名：林晓' })).toHaveTextContent('东部 → 西部 交流');
    expect(screen.getByText('不符合条件').closest('tr, .ant-descriptions-item')).toHaveTextContent('1 人');

    await userEvent.click(within(first).getByText(/^提\s?名$/, { selector: 'button span' }));
    await userEvent.click(await screen.findByText(/^确\s?定$/, { selector: '.ant-popconfirm button span' }));
    await waitFor(() => expect(api.calls(`POST /api/rotation/openings/${OPENING_ID}/postings`)).toHaveLength(1));
    expect(await api.calls(`POST /api/rotation/openings/${OPENING_ID}/postings`)[0].json()).toEqual({ cadreId: CADRE_ID });
  }, 20_000);

  it('shows a cadre the own proposals without filters, openings or actions', async () => {
    renderProposals('/rotation/proposals', 'cadre');
    await screen.findAllByText('陈建国');
    expect(screen.queryByRole('tab', { name: '挂职岗位' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('单位（含下级）')).not.toBeInTheDocument();
    expect(screen.queryByText('据此提名')).not.toBeInTheDocument();
  }, 15_000);
});
