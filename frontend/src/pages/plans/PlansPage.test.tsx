import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { TrainingPlan } from '../../api/types';
import { problem } from '../../test/fakeApi';
import { BUREAU_ID, CADRE_ID, GUANGDONG_ID, pageOf, sessionFor, SHENZHEN_ID, unitTree } from '../../test/fixtures';
import { currentUrl, renderApp } from '../../test/render';
import { guangdongPlan, OTHER_CADRE_ID, shenzhenPlan } from '../../test/trainingFixtures';
import { toPlanRequest } from './PlanForm';

const ZHOU = { id: '10000000-0000-4000-8000-000000000007', employeeNumber: 'YZ000007', name: '周敏', unitId: SHENZHEN_ID, unitName: '深圳市邮政管理局' };

/** The plans page at `path`; the plans handler answers per year and keeps what was created. */
function renderPlans(path: string, role: 'hr' | 'leader' | 'admin' = 'hr', post?: (request: Request) => unknown) {
  const plans: TrainingPlan[] = [guangdongPlan, shenzhenPlan];
  return renderApp({
    session: sessionFor(role),
    path,
    handlers: {
      'GET /api/me': {},
      'GET /api/units': unitTree,
      'GET /api/training/plans': (_: Request, url: URL) => pageOf(plans.filter((plan) => String(plan.year) === url.searchParams.get('year'))),
      'GET /api/cadres': (_: Request, url: URL) => ({ items: url.searchParams.get('q') === '周' ? [ZHOU] : [], page: 0, size: 20, total: 1, totalPages: 1 }),
      'POST /api/training/plans': async (request: Request) => {
        if (post) return post(request);
        const body = (await request.clone().json()) as TrainingPlan;
        const created: TrainingPlan = {
          ...body,
          id: 'p-new',
          progress: {
            cadres: 0,
            trained: 0,
            coverage: 0,
            averageHours: 0,
            designated: body.designatedCadreIds.length,
            designatedTrained: 0,
            coverageMet: body.targetCoverage <= 0,
            hoursMet: body.targetHoursPerCadre <= 0,
          },
          version: 0,
        };
        plans.push(created);
        return new Response(JSON.stringify(created), { status: 201, headers: { 'Content-Type': 'application/json' } });
      },
    },
  });
}

const yearsAsked = (api: ReturnType<typeof renderPlans>['api']) =>
  api.calls('GET /api/training/plans').map((request) => new URL(request.url).searchParams.get('year'));

describe('培训计划', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    // 16:30 UTC on New Year's Eve: already 2026 in Beijing.
    vi.setSystemTime(new Date('2025-12-31T16:30:00Z'));
    document.cookie = 'XSRF-TOKEN=csrf-9; path=/';
  });
  afterEach(() => vi.useRealTimers());

  it('shows this year’s plans in Beijing with their unit and progress against the targets', async () => {
    const { api } = renderPlans('/plans', 'leader');

    const row = (await screen.findByText('2026年度干部教育培训计划')).closest('tr')!;
    expect(yearsAsked(api)).toEqual(['2026']);
    expect(screen.getByLabelText('年度').closest('.ant-select')).toHaveTextContent('2026 年度');
    expect(row).toHaveTextContent('广东省邮政管理局');
    const coverage = within(row).getByRole('group', { name: '培训覆盖率' });
    expect(coverage).toHaveTextContent('62.5% / 目标 80%未达标');
    expect(within(coverage).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '78');
    expect(within(row).getByRole('group', { name: '人均学时' })).toHaveTextContent('50.5 / 目标 40 学时已达标');
    expect(row).toHaveTextContent('1 / 3 人已参训');

    const shenzhen = screen.getByText('深圳局2026年度培训计划').closest('tr')!;
    expect(shenzhen).toHaveTextContent('深圳市邮政管理局');
    expect(shenzhen).toHaveTextContent('未指定');
    expect(screen.queryByText('新建计划')).not.toBeInTheDocument();
  });

  it('puts another year in the URL and asks for it', async () => {
    const { api, router } = renderPlans('/plans');
    await screen.findByText('2026年度干部教育培训计划');

    await userEvent.click(screen.getByLabelText('年度'));
    await userEvent.click(await screen.findByTitle('2025 年度'));

    await waitFor(() => expect(currentUrl(router)).toBe('/plans?year=2025'));
    expect(await screen.findByText('2025 年度暂无培训计划')).toBeInTheDocument();
    expect(yearsAsked(api)).toEqual(['2026', '2025']);
  });

  it('lets HR create a plan for its unit, with the target as a share and the named cadres’ ids', async () => {
    const { api } = renderPlans('/plans?year=2027');
    await screen.findByText('2027 年度暂无培训计划');
    await userEvent.click(screen.getByText('新建计划'));
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByText('广东省邮政管理局')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('年度')).toHaveValue('2027');

    await userEvent.type(within(dialog).getByLabelText('计划名称'), ' 2027年度干部教育培训计划 ');
    await userEvent.type(within(dialog).getByLabelText('培训覆盖率目标'), '85');
    await userEvent.type(within(dialog).getByLabelText('人均学时目标'), '40');
    await userEvent.type(within(dialog).getByLabelText('指定参训干部'), '周');
    await userEvent.click(await screen.findByText('周敏（YZ000007）'));
    const lookup = new URL(api.calls('GET /api/cadres').at(-1)!.url).searchParams;
    expect(Object.fromEntries(lookup)).toEqual({ q: '周', unitId: GUANGDONG_ID });
    await userEvent.click(within(dialog).getByText(/^保\s?存$/));

    await waitFor(() => expect(api.calls('POST /api/training/plans')).toHaveLength(1));
    const [request] = api.calls('POST /api/training/plans');
    expect(await request.json()).toEqual({
      unitId: GUANGDONG_ID,
      year: 2027,
      title: '2027年度干部教育培训计划',
      targetCoverage: 0.85,
      targetHoursPerCadre: 40,
      designatedCadreIds: [ZHOU.id],
    });
    expect(request.headers.get('X-XSRF-TOKEN')).toBe('csrf-9');
    expect(await screen.findByText('已新建计划：2027年度干部教育培训计划')).toBeInTheDocument();
    expect(await screen.findByText('2027年度干部教育培训计划', { selector: 'td' })).toBeInTheDocument();
  }, 20_000); // many antd fields typed one key at a time and a debounced search: slow on a loaded machine

  it('marks a duplicate title on the form and keeps it open', async () => {
    const { api } = renderPlans('/plans', 'admin', () =>
      problem(409, { type: 'https://benling.org/problems/duplicate-plan', title: 'Conflict', detail: 'this unit already has a plan of that title for 2026' }),
    );
    await screen.findByText('2026年度干部教育培训计划');
    await userEvent.click(screen.getByText('新建计划'));
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByText('国家邮政局')).toBeInTheDocument();

    await userEvent.type(within(dialog).getByLabelText('计划名称'), '2026年度干部教育培训计划');
    await userEvent.type(within(dialog).getByLabelText('培训覆盖率目标'), '80');
    await userEvent.type(within(dialog).getByLabelText('人均学时目标'), '40');
    await userEvent.click(within(dialog).getByText(/^保\s?存$/));

    await waitFor(() => expect(api.calls('POST /api/training/plans')).toHaveLength(1));
    expect(await api.calls('POST /api/training/plans')[0].json()).toMatchObject({ unitId: BUREAU_ID, year: 2026, designatedCadreIds: [] });
    await waitFor(() =>
      expect(within(dialog).getByLabelText('计划名称').closest('.ant-form-item')).toHaveTextContent('该单位本年度已有同名培训计划'),
    );
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  }, 20_000);
});

describe('plan request', () => {
  it('trims the title, sends the percentage as a share and each named cadre once', () => {
    expect(
      toPlanRequest({
        unitId: GUANGDONG_ID,
        year: 2027,
        title: ' 2027年度计划 ',
        targetCoverage: 57,
        targetHoursPerCadre: 42.5,
        designatedCadreIds: [
          { value: CADRE_ID, label: '陈建国（YZ000001）' },
          { value: OTHER_CADRE_ID, label: '林晓（YZ000002）' },
          { value: CADRE_ID, label: '陈建国（YZ000001）' },
        ],
      }),
    ).toEqual({
      unitId: GUANGDONG_ID,
      year: 2027,
      title: '2027年度计划',
      targetCoverage: 0.57,
      targetHoursPerCadre: 42.5,
      designatedCadreIds: [CADRE_ID, OTHER_CADRE_ID],
    });
  });

  it('names nobody when no cadre was picked', () => {
    expect(toPlanRequest({ unitId: GUANGDONG_ID, year: 2026, title: '计划', targetCoverage: 100, targetHoursPerCadre: 0 })).toMatchObject({
      targetCoverage: 1,
      designatedCadreIds: [],
    });
  });
});
