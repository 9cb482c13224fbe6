import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '../../app/access';
import { problem } from '../../test/fakeApi';
import { cadre, CADRE_ID, GUANGDONG_ID, sessionFor, unitTree } from '../../test/fixtures';
import { currentUrl, renderApp } from '../../test/render';
import { activePosting, approvedPosting, POSTING_ID, postingPage, proposedPosting } from '../../test/rotationFixtures';

const TOTALS: Record<string, number> = { PROPOSED: 6, APPROVED: 7, ACTIVE: 10, COMPLETED: 17, CANCELLED: 5 };
const NOT_ELIGIBLE = {
  cadreId: CADRE_ID,
  eligible: false,
  reasons: [
    { code: 'RECENT_GRADE', year: 2025, grade: 'BASICALLY_COMPETENT', considered: 3, message: '2025 年度考核为基本称职（近 3 年考核结果）' },
    { code: 'MEASURE_IN_INFLUENCE', until: '2026-12-31', message: '受处分或组织处理影响，影响期至 2026-12-31' },
  ],
};

/** The board at `path` for `role`, with its tabs' counts. */
function renderBoard(path: string, role: Role, handlers: Record<string, unknown> = {}) {
  return renderApp({
    session: sessionFor(role),
    path,
    handlers: {
      'GET /api/me': {},
      'GET /api/units': unitTree,
      'GET /api/rotation/postings/counts': { byStatus: TOTALS, total: 45 },
      'GET /api/rotation/postings': () =>
          postingPage([proposedPosting, { ...approvedPosting, allowedCommands: role === 'hr' ? ['START', 'CANCEL'] : ['CANCEL'] }, { ...activePosting, allowedCommands: [] }]),
      'GET /api/cadres': { items: [cadre], page: 0, size: 20, total: 1, totalPages: 1 },
      [`GET /api/rotation/eligibility/${CADRE_ID}`]: NOT_ELIGIBLE,
      ...handlers,
    },
  });
}

const listQuery = (api: ReturnType<typeof renderBoard>['api']) =>
  api
    .calls('GET /api/rotation/postings')
    .map((request) => Object.fromEntries(new URL(request.url).searchParams))
    .at(-1);

/** A tab by its text (the count badge keeps its digits out of the accessible name). */
const tab = (text: string) => screen.getAllByRole('tab').find((candidate) => candidate.textContent === text);

describe('挂职交流', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=csrf-3; path=/';
  });

  it('asks for the tab and filters of the URL and counts every status on its tab', async () => {
    const { api, router } = renderBoard(`/rotation/postings?status=ACTIVE&type=CROSS_REGION_EXCHANGE&careOverdue=true&unitId=${GUANGDONG_ID}`, 'leader');
    const row = (await screen.findByText('周敏')).closest('tr')!;
    expect(listQuery(api)).toEqual({ status: 'ACTIVE', type: 'CROSS_REGION_EXCHANGE', careOverdue: 'true', unitId: GUANGDONG_ID });
    expect(row).toHaveTextContent('西藏自治区商务厅');
    expect(within(row).getByText('西部')).toBeInTheDocument();
    expect(within(row).getByText('谈心走访逾期')).toBeInTheDocument();
    await waitFor(() => expect(tab('挂职中 10')).toHaveAttribute('aria-selected', 'true'));
    expect(tab('已期满 17')).toBeInTheDocument();

    await userEvent.click(tab('已提名 6')!);
    await waitFor(() => expect(currentUrl(router)).toBe(`/rotation/postings?status=PROPOSED&type=CROSS_REGION_EXCHANGE&careOverdue=true&unitId=${GUANGDONG_ID}`));
  }, 20_000);

  it('offers on each posting only the commands it allows, and approves with the version read', async () => {
    const { api } = renderBoard('/rotation/postings', 'leader', { [`POST /api/rotation/postings/${POSTING_ID}/approve`]: { ...proposedPosting, status: 'APPROVED' } });
    const proposed = (await screen.findByText('陈建国')).closest('tr')!;
    expect(within(proposed).getByText('批准', { selector: 'button span' })).toBeInTheDocument();
    expect(within(proposed).getByText('取消', { selector: 'button span' })).toBeInTheDocument();
    const approved = screen.getByText('林晓').closest('tr')!;
    expect(within(approved).queryByText('到岗', { selector: 'button span' })).not.toBeInTheDocument();
    expect(within(approved).getByText('取消', { selector: 'button span' })).toBeInTheDocument();
    expect(within(screen.getByText('周敏').closest('tr')!).queryAllByRole('button')).toHaveLength(0);
    expect(screen.queryByText('提名挂职')).not.toBeInTheDocument();

    await userEvent.click(within(proposed).getByText('批准', { selector: 'button span' }));
    await userEvent.click(await screen.findByText(/^确\s?定$/, { selector: '.ant-popconfirm button span' }));
    await waitFor(() => expect(api.calls(`POST /api/rotation/postings/${POSTING_ID}/approve`)).toHaveLength(1));
    const [request] = api.calls(`POST /api/rotation/postings/${POSTING_ID}/approve`);
    expect(await request.json()).toEqual({ version: 0 });
    expect(request.headers.get('If-Match')).toBe('"0"');
    expect(request.headers.get('X-XSRF-TOKEN')).toBe('csrf-3');
  }, 20_000);

  it('gives HR 到岗 on an approved posting', async () => {
    renderBoard('/rotation/postings', 'hr');
    const approved = (await screen.findByText('林晓')).closest('tr')!;
    expect(within(approved).getByText('到岗', { selector: 'button span' })).toBeInTheDocument();
  }, 15_000);

  it('warns in the form why a cadre cannot be proposed, and keeps the service’s refusal with its reasons', async () => {
    const { api } = renderBoard('/rotation/postings', 'hr', {
      'POST /api/rotation/postings': () =>
        problem(422, {
          type: 'https://benling.org/problems/not-eligible',
          title: 'Rule violated',
          detail: '陈建国 不能提名挂职锻炼：2025 年度考核为基本称职（近 3 年考核结果）；受处分或组织处理影响，影响期至 2026-12-31 / not eligible for a posting',
          violations: NOT_ELIGIBLE.reasons.map((reason) => ({ field: 'cadreId', message: reason.message })),
        }),
    });
    await userEvent.click(await screen.findByText('提名挂职', { selector: 'button span' }));
    const dialog = (await screen.findByText('挂职目的', { selector: 'label' })).closest('.ant-modal') as HTMLElement;
    await userEvent.type(within(dialog).getByLabelText('干部'), '陈');
    await userEvent.click(await screen.findByText('陈建国（YZ000001）'));

    const warning = (await within(dialog).findByText('陈建国 不能提名挂职锻炼')).closest('.ant-alert') as HTMLElement;
    const reasons = within(warning).getByRole('list', { name: '不能提名的原因' });
    expect(within(reasons).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['2025 年度考核为基本称职（近 3 年考核结果）', '受处分或组织处理影响，影响期至 2026-12-31']);

    await userEvent.click(within(dialog).getByText('外部单位'));
    await userEvent.type(within(dialog).getByLabelText('接收单位（外部）'), '西藏自治区商务厅');
    await userEvent.click(within(dialog).getByLabelText('接收地区'));
    await userEvent.click(await screen.findByTitle('西部'));
    await userEvent.click(within(dialog).getByText(/^保\s?存$/));

    const refusal = (await within(dialog).findByText('不符合提名条件')).closest('.ant-alert') as HTMLElement;
    expect(refusal).toHaveTextContent('陈建国 不能提名挂职锻炼：2025 年度考核为基本称职');
    await waitFor(() => expect(within(dialog).getByLabelText('干部').closest('.ant-form-item')).toHaveTextContent('受处分或组织处理影响，影响期至 2026-12-31'));
    const [request] = api.calls('POST /api/rotation/postings');
    const body = await request.json();
    expect(body).toMatchObject({ cadreId: CADRE_ID, type: 'TEMPORARY_POST', hostOrganisation: '西藏自治区商务厅', region: 'WEST' });
    expect(body.hostUnitId).toBeUndefined();
    expect(body.plannedStart < body.plannedEnd).toBe(true);
  }, 30_000);
});
