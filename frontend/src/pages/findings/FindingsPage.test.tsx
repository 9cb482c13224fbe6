import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '../../app/access';
import type { Handler } from '../../test/fakeApi';
import { GUANGDONG_ID, sessionFor, unitTree } from '../../test/fixtures';
import { renderApp } from '../../test/render';
import { FINDING_ID, findingPage, openFinding, overdueFinding, REPORTED_FINDING_ID, reportedFinding } from '../../test/inspectionFixtures';

const TOTALS: Record<string, number> = { OPEN: 2, REPORTED: 1, CLOSED: 4, REOPENED: 0 };

function renderBoard(path: string, role: Role, handlers: Record<string, Handler> = {}) {
  return renderApp({
    session: sessionFor(role),
    path,
    handlers: {
      'GET /api/me': {},
      'GET /api/units': unitTree,
      'GET /api/inspection/findings': (_: Request, url: URL) =>
        url.searchParams.get('size') === '1'
          ? { items: [], page: 0, size: 1, total: TOTALS[url.searchParams.get('status') ?? ''] ?? 0, totalPages: 1 }
          : findingPage([overdueFinding, openFinding, reportedFinding]),
      [`GET /api/inspection/findings/${FINDING_ID}`]: openFinding,
      [`GET /api/inspection/findings/${REPORTED_FINDING_ID}`]: reportedFinding,
      ...handlers,
    },
  });
}

const listQuery = (api: ReturnType<typeof renderBoard>['api']) =>
  api
    .calls('GET /api/inspection/findings')
    .map((request) => Object.fromEntries(new URL(request.url).searchParams))
    .filter((query) => query.size !== '1')
    .at(-1);

describe('问题整改看板', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-26T02:00:00Z'));
    document.cookie = 'XSRF-TOKEN=csrf-8; path=/';
  });
  afterEach(() => vi.useRealTimers());

  it('marks an overdue finding in red with the days it is overdue, and asks for the filters of the URL', async () => {
    const { api } = renderBoard(`/inspection/findings?status=OPEN&overdue=true&unitId=${GUANGDONG_ID}&capability=MASS_WORK`, 'inspector');
    const overdue = (await screen.findByText('基层调研不深入')).closest('tr')!;
    expect(listQuery(api)).toEqual({ status: 'OPEN', overdue: 'true', unitId: GUANGDONG_ID, capability: 'MASS_WORK' });
    const tag = within(overdue).getByText('逾期 16 天').closest('.ant-tag');
    expect(tag).toHaveClass('ant-tag-error');
    expect(within(overdue).getByText('2026-11-10').closest('.ant-typography')).toHaveClass('ant-typography-danger');
    expect(overdue.querySelector('[data-overdue="true"]')).not.toBeNull();
    const onTime = screen.getByText('寄递安全隐患排查不彻底').closest('tr')!;
    expect(within(onTime).queryByText(/逾期/)).not.toBeInTheDocument();
    expect(within(onTime).getByText('2027-01-10').closest('.ant-typography')).not.toHaveClass('ant-typography-danger');
    expect(screen.getByLabelText('仅看逾期未整改')).toBeChecked();
    await waitFor(() => expect(screen.getAllByRole('tab').find((tab) => tab.textContent === '已销号 4')).toBeInTheDocument());
  }, 15_000);

  it('opens the finding a to-do links to (?finding=<id>) beside the list, and closing it leaves the list', async () => {
    const { router } = renderBoard(`/inspection/findings?finding=${FINDING_ID}`, 'hr');
    expect(await screen.findByRole('form', { name: '报送整改报告' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /close|关闭/i }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
  }, 15_000);

  it('lets HR of the responsible unit file the rectification report with its evidence', async () => {
    const { api } = renderBoard('/inspection/findings', 'hr', {
      [`POST /api/inspection/findings/${FINDING_ID}/rectification`]: { ...openFinding, status: 'REPORTED', mayReport: false },
    });
    await userEvent.click(await screen.findByText('寄递安全隐患排查不彻底'));
    const form = await screen.findByRole('form', { name: '报送整改报告' });
    await userEvent.type(within(form).getByLabelText('整改情况'), '已完成隐患排查整治');
    await userEvent.type(within(form).getByLabelText('整改措施'), '建立隐患台账，每月复查');
    await userEvent.click(within(form).getByText('报送整改报告', { selector: 'button span' }));
    expect(await within(form).findByText('请至少提供一项佐证材料')).toBeInTheDocument();
    expect(api.calls(`POST /api/inspection/findings/${FINDING_ID}/rectification`)).toHaveLength(0);

    await userEvent.type(within(form).getByLabelText('佐证材料 1'), '隐患排查台账');
    await userEvent.click(within(form).getByText('添加佐证材料'));
    await userEvent.type(within(form).getByLabelText('佐证材料 2'), ' 粤邮管〔2026〕30 号 ');
    await userEvent.click(within(form).getByText('报送整改报告', { selector: 'button span' }));

    await waitFor(() => expect(api.calls(`POST /api/inspection/findings/${FINDING_ID}/rectification`)).toHaveLength(1));
    const [request] = api.calls(`POST /api/inspection/findings/${FINDING_ID}/rectification`);
    expect(await request.json()).toEqual({
      summary: '已完成隐患排查整治',
      measures: '建立隐患台账，每月复查',
      evidence: ['隐患排查台账', '粤邮管〔2026〕30 号'],
      completedOn: '2026-11-26',
    });
    expect(request.headers.get('X-XSRF-TOKEN')).toBe('csrf-8');
    expect(screen.queryByRole('form', { name: '审核整改报告' })).not.toBeInTheDocument();
  }, 25_000);

  it('lets an inspector read the report and close the finding with a conclusion, or return it', async () => {
    const { api } = renderBoard('/inspection/findings', 'inspector', {
      [`POST /api/inspection/findings/${REPORTED_FINDING_ID}/close`]: { ...reportedFinding, status: 'CLOSED', mayJudge: false },
      [`POST /api/inspection/findings/${REPORTED_FINDING_ID}/return`]: { ...reportedFinding, status: 'OPEN', mayJudge: false },
    });
    await userEvent.click(await screen.findByText('公务接待超标准'));
    const reports = await screen.findByRole('list', { name: '整改报告' });
    expect(within(reports).getByText('粤邮管〔2026〕12 号')).toBeInTheDocument();
    const judge = screen.getByRole('form', { name: '审核整改报告' });
    expect(screen.queryByRole('form', { name: '报送整改报告' })).not.toBeInTheDocument();
    await userEvent.click(within(judge).getByText('审核通过并销号'));
    expect(await within(judge).findByText('请填写审核意见')).toBeInTheDocument();

    await userEvent.type(within(judge).getByLabelText('审核意见'), '整改到位，予以销号');
    await userEvent.click(within(judge).getByText('审核通过并销号'));
    await waitFor(() => expect(api.calls(`POST /api/inspection/findings/${REPORTED_FINDING_ID}/close`)).toHaveLength(1));
    expect(await api.calls(`POST /api/inspection/findings/${REPORTED_FINDING_ID}/close`)[0].json()).toEqual({ conclusion: '整改到位，予以销号' });

    await userEvent.click(within(judge).getByText(/^退\s?回$/));
    await waitFor(() => expect(api.calls(`POST /api/inspection/findings/${REPORTED_FINDING_ID}/return`)).toHaveLength(1));
    expect(await api.calls(`POST /api/inspection/findings/${REPORTED_FINDING_ID}/return`)[0].json()).toEqual({ note: '整改到位，予以销号' });
  }, 25_000);
});
