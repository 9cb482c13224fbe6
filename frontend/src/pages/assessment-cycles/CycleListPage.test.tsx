import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import dayjs from 'dayjs';
import type { Role } from '../../app/access';
import { problem } from '../../test/fakeApi';
import { GUANGDONG_ID, sessionFor, SHENZHEN_ID, unitTree } from '../../test/fixtures';
import { currentUrl, renderApp } from '../../test/render';
import { CYCLE_ID, guangdongCycle2025, shenzhenCycle } from '../../test/assessmentFixtures';
import { toCycleRequest } from './OpenCycleModal';

const regradeRow = {
  reviewId: 'r-9',
  cycleId: CYCLE_ID,
  cadreId: 'c-9',
  employeeNumber: 'YZ000009',
  name: '周敏',
  unitName: '深圳市邮政管理局',
  year: 2025,
  finalGrade: 'EXCELLENT' as const,
  outcome: 'GRADED' as const,
  wouldBe: 'UNGRADED' as const,
  wouldBeName: '不定等次',
  note: '受处分或组织处理影响，2025 年度不定等次',
};

function renderCycles(path: string, role: Role = 'hr', post?: () => Response, regrade: object[] = []) {
  return renderApp({
    session: sessionFor(role),
    path,
    handlers: {
      'GET /api/me': {},
      'GET /api/units': unitTree,
      'GET /api/assessment/cycles': { items: [shenzhenCycle, guangdongCycle2025], page: 0, size: 20, total: 2, totalPages: 1 },
      'POST /api/assessment/cycles': post ?? (() => new Response(JSON.stringify({ ...shenzhenCycle, id: 'new-cycle' }), { status: 201, headers: { 'Content-Type': 'application/json' } })),
      [`GET /api/assessment/cycles/new-cycle`]: { ...shenzhenCycle, id: 'new-cycle' },
      [`GET /api/assessment/cycles/new-cycle/reviews`]: { items: [], page: 0, size: 20, total: 0, totalPages: 0 },
      'GET /api/assessment/regrade-report': { items: regrade, page: 0, size: 10, total: regrade.length, totalPages: regrade.length ? 1 : 0 },
    },
  });
}

const lastQuery = (api: ReturnType<typeof renderCycles>['api']) =>
  Object.fromEntries(new URL(api.calls('GET /api/assessment/cycles').at(-1)!.url).searchParams);

// Text queries rather than role queries: those compute styles of every ancestor, slow with an antd table.
describe('年度考核', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-26T02:00:00Z'));
    document.cookie = 'XSRF-TOKEN=csrf-2; path=/';
  });
  afterEach(() => vi.useRealTimers());

  it('lists the cycles asked for in the URL with their distribution, and 优秀 over the quota in red', async () => {
    const { api } = renderCycles(`/assessment/cycles?year=2026&unitId=${SHENZHEN_ID}&status=OPEN&sort=unit,asc`);

    const link = await screen.findByText('深圳市邮政管理局 2026 年度考核');
    expect(link.closest('a')).toHaveAttribute('href', `/assessment/cycles/${CYCLE_ID}`);
    expect(lastQuery(api)).toEqual({ year: '2026', unitId: SHENZHEN_ID, status: 'OPEN', sort: 'unit,asc' });
    const row = link.closest('tr')!;
    expect(row).toHaveTextContent('优秀 3 · 称职 7 · 基本称职 1 · 不称职 0');
    expect(row).toHaveTextContent('11 / 12 人');
    expect(within(row).getByText('优秀 3 / 限额 2').closest('.ant-typography')).toHaveClass('ant-typography-danger');
    expect(within(row).getByText('超出 1 人')).toBeInTheDocument();
    const within2025 = screen.getByText('广东省邮政管理局 2025 年度考核').closest('tr')!;
    expect(within(within2025).getByText('优秀 6 / 限额 6').closest('.ant-typography')).not.toHaveClass('ant-typography-danger');
    expect(within2025).toHaveTextContent('已确定等次');
  }, 15_000);

  it('lets HR open this year’s cycle of a unit and goes to it', async () => {
    const { api, router } = renderCycles('/assessment/cycles');
    await userEvent.click(await screen.findByText('开启年度考核', { selector: 'button span' }));
    const dialog = (await screen.findByText('考核名称', { selector: 'label' })).closest('.ant-modal') as HTMLElement;
    expect(await within(dialog).findByText('广东省邮政管理局')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('年度')).toHaveValue('2026');
    await userEvent.click(within(dialog).getByText(/^保\s?存$/));

    await waitFor(() => expect(api.calls('POST /api/assessment/cycles')).toHaveLength(1));
    const [request] = api.calls('POST /api/assessment/cycles');
    expect(await request.json()).toEqual({ unitId: GUANGDONG_ID, year: 2026 });
    expect(request.headers.get('X-XSRF-TOKEN')).toBe('csrf-2');
    await waitFor(() => expect(currentUrl(router)).toBe('/assessment/cycles/new-cycle'));
  }, 20_000);

  it('sends the self-reports’ due day as a date, and leaves it to the service when empty', () => {
    expect(toCycleRequest({ unitId: GUANGDONG_ID, year: 2026, selfReportDue: dayjs('2026-12-20') })).toEqual({
      unitId: GUANGDONG_ID,
      year: 2026,
      title: undefined,
      selfReportDue: '2026-12-20',
    });
    expect(toCycleRequest({ unitId: GUANGDONG_ID, year: 2026, title: '  ', selfReportDue: null }).selfReportDue).toBeUndefined();
  });

  it('marks a year the unit has a cycle for already on the form, and keeps it open', async () => {
    renderCycles('/assessment/cycles', 'admin', () =>
      problem(409, { type: 'https://benling.org/problems/cycle-exists', title: 'Conflict', detail: '广东省邮政管理局 already has a 2026 cycle' }),
    );
    await userEvent.click(await screen.findByText('开启年度考核', { selector: 'button span' }));
    const dialog = (await screen.findByText('考核名称', { selector: 'label' })).closest('.ant-modal') as HTMLElement;
    expect(await within(dialog).findByText('国家邮政局')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByText(/^保\s?存$/));
    await waitFor(() => expect(within(dialog).getByLabelText('年度').closest('.ant-form-item')).toHaveTextContent('该单位本年度已开启考核'));
    expect(screen.getByText('考核名称', { selector: 'label' })).toBeInTheDocument();
  }, 20_000);

  it('offers 开启年度考核 to HR and administrators only', async () => {
    renderCycles('/assessment/cycles', 'leader');
    await screen.findByText('深圳市邮政管理局 2026 年度考核');
    expect(screen.queryByText('开启年度考核')).not.toBeInTheDocument();
  }, 15_000);

  it('lists the final reviews today’s rules would grade differently, only when there are any', async () => {
    renderCycles('/assessment/cycles?year=2025', 'hr', undefined, [regradeRow]);
    const card = (await screen.findByText('需复核的已定考核', { selector: '.ant-card-head-title' })).closest('.ant-card') as HTMLElement;
    const row = within(card).getByText('周敏').closest('tr') as HTMLElement;
    expect(row).toHaveTextContent('优秀');
    expect(row).toHaveTextContent('不定等次');
    expect(within(row).getByText('2025').closest('a')).toHaveAttribute('href', `/assessment/cycles/${CYCLE_ID}`);
  });

  it('shows no re-check card when nothing differs', async () => {
    renderCycles('/assessment/cycles?year=2025');
    await screen.findByText('深圳市邮政管理局 2026 年度考核');
    expect(screen.queryByText('需复核的已定考核')).not.toBeInTheDocument();
  });
});
