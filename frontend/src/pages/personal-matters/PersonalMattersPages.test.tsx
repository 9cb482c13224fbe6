import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '../../app/access';
import type { MyPersonalReports, PersonalReport, SpotCheck, SpotCheckDraw } from '../../api/types';
import { problem } from '../../test/fakeApi';
import { CADRE_ID, GUANGDONG_ID, sessionFor, unitTree } from '../../test/fixtures';
import { renderApp } from '../../test/render';
import { toPersonalMatters } from './PersonalMattersForm';

const content = {
  maritalStatus: 'MARRIED' as const,
  family: [{ relation: 'SPOUSE' as const, name: '林红', employer: '广州市某中学', post: '教师', livesAbroad: false, country: null }],
  passports: [],
  tripsAbroad: [],
  income: { salary: 186000, other: 0, note: null },
  properties: [],
  investments: [],
};

const filed: PersonalReport = {
  id: 'report-1',
  cadreId: CADRE_ID,
  employeeNumber: 'YZ000001',
  name: '陈建国',
  unitId: GUANGDONG_ID,
  unitName: '广东省邮政管理局',
  year: 2026,
  kind: 'ANNUAL',
  changeKind: null,
  changedOn: null,
  dueOn: '2026-01-31',
  filedOn: '2026-01-20',
  late: false,
  underCheck: false,
  content,
  filedBy: 'cadre-demo',
  filedAt: '2026-01-20T02:00:00Z',
  version: 0,
};

function renderMine(mine: MyPersonalReports, handlers = {}) {
  return renderApp({
    session: sessionFor('cadre'),
    path: '/personal-matters/me',
    handlers: { 'GET /api/me': {}, 'GET /api/inspection/personal-reports/mine': mine, ...handlers },
  });
}

const check: SpotCheck = {
  id: 'check-1',
  drawId: 'draw-1',
  cadreId: CADRE_ID,
  employeeNumber: 'YZ000001',
  name: '陈建国',
  unitId: GUANGDONG_ID,
  unitName: '广东省邮政管理局',
  year: 2026,
  reportId: 'report-1',
  reason: 'RANDOM',
  status: 'OPEN',
  result: null,
  measureId: null,
  measureType: null,
  note: null,
  openedBy: 'inspector',
  openedAt: '2026-03-01T02:00:00Z',
  concludedBy: null,
  concludedAt: null,
  version: 0,
};

const draw: SpotCheckDraw = {
  id: 'draw-1',
  year: 2026,
  unitId: GUANGDONG_ID,
  unitName: '广东省邮政管理局',
  seed: 'lottery-2026',
  listDigest: 'ab'.repeat(32),
  rate: 0.1,
  reporterCount: 12,
  reporters: [CADRE_ID],
  sample: [{ cadreId: CADRE_ID, employeeNumber: 'YZ000001', name: '陈建国', checkId: 'check-1' }],
  recipe: 'SHA-256(seed:listDigest:id)',
  drawnBy: 'inspector',
  drawnAt: '2026-03-01T02:00:00Z',
};

function renderStaff(role: Role) {
  return renderApp({
    session: sessionFor(role),
    path: '/inspection/personal-matters',
    handlers: {
      'GET /api/me': {},
      'GET /api/units': unitTree,
      'GET /api/inspection/personal-reports/filings': {
        items: [
          { cadreId: CADRE_ID, employeeNumber: 'YZ000001', name: '陈建国', unitId: GUANGDONG_ID, unitName: '广东省邮政管理局', year: 2026, dueOn: '2026-01-31', status: 'LATE', reportId: 'report-1', filedOn: '2026-02-03', changes: 1 },
          { cadreId: 'c-2', employeeNumber: 'YZ000002', name: '李明', unitId: GUANGDONG_ID, unitName: '广东省邮政管理局', year: 2026, dueOn: '2026-01-31', status: 'MISSING', reportId: null, filedOn: null, changes: 0 },
        ],
        page: 0,
        size: 20,
        total: 2,
        totalPages: 1,
      },
      'GET /api/inspection/spot-check-draws': { items: [draw], page: 0, size: 50, total: 1, totalPages: 1 },
      'GET /api/inspection/spot-checks': { items: [check], page: 0, size: 100, total: 1, totalPages: 1 },
      'GET /api/inspection/personal-reports/report-1': filed,
      'POST /api/inspection/spot-checks/check-1/conclusion': { ...check, status: 'CONCLUDED', result: 'CONCEALMENT', measureType: 'ADMONISHMENT', version: 1 },
    },
  });
}

describe('个人有关事项', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=csrf-5; path=/';
  });

  it('lets the cadre file this year’s report by its due day, the content as the API takes it', async () => {
    const { api } = renderMine(
      { year: 2026, annualDue: '2026-01-31', annual: null, changeDays: 30, earlier: [] },
      { 'PUT /api/inspection/personal-reports/mine/2026': filed },
    );
    const card = (await screen.findByText('2026 年度个人有关事项报告')).closest('.ant-card') as HTMLElement;
    expect(within(card).getByText(/尚未填报 · 请于 2026-01-31 前填报/)).toBeInTheDocument();
    await userEvent.click(within(card).getByText(/^提交报告$/));

    await waitFor(() => expect(api.calls('PUT /api/inspection/personal-reports/mine/2026')).toHaveLength(1));
    const body = await api.calls('PUT /api/inspection/personal-reports/mine/2026')[0].json();
    expect(body).toEqual({
      content: { maritalStatus: 'MARRIED', family: [], passports: [], tripsAbroad: [], income: { salary: 0, other: 0, note: null }, properties: [], investments: [] },
    });
    expect(await screen.findByText('已提交个人有关事项报告')).toBeInTheDocument();
  }, 20_000);

  it('puts the server’s violations of the content on the section’s field', async () => {
    renderMine(
      { year: 2026, annualDue: '2026-01-31', annual: filed, changeDays: 30, earlier: [] },
      {
        'PUT /api/inspection/personal-reports/mine/2026': () =>
          problem(400, { title: 'Bad Request', violations: [{ field: 'content.family[0].name', message: '不能为空' }] }),
      },
    );
    const card = (await screen.findByText('2026 年度个人有关事项报告')).closest('.ant-card') as HTMLElement;
    expect(within(card).getByText('已于 2026-01-20 填报')).toBeInTheDocument();
    await userEvent.click(within(card).getByText(/^提交报告$/));
    expect(await within(card).findByText('不能为空')).toBeInTheDocument();
  }, 20_000);

  it('keeps a report under check as filed', async () => {
    renderMine({ year: 2026, annualDue: '2026-01-31', annual: { ...filed, underCheck: true }, changeDays: 30, earlier: [] });
    expect(await screen.findByText('报告已被抽查核实，保持填报时的内容，不能修改。')).toBeInTheDocument();
    expect(screen.getByText(/^提交报告$/).closest('button')).toBeDisabled();
  });

  it('shows HR who filed and when, never a way to the content nor the checks', async () => {
    renderStaff('hr');
    const late = (await screen.findByText('陈建国')).closest('tr')!;
    expect(within(late).getByText('逾期填报')).toBeInTheDocument();
    expect(within(late).queryByText('查看报告')).not.toBeInTheDocument();
    expect(within(screen.getByText('李明').closest('tr')!).getByText('未填报')).toBeInTheDocument();
    expect(await screen.findByText(/已填报 12 人，抽取 1 人/)).toBeInTheDocument();
    expect(screen.queryByText('核实事项')).not.toBeInTheDocument();
    expect(screen.getByText('提拔必查', { selector: 'button span' })).toBeInTheDocument();
  }, 20_000);

  it('lets an inspector read a report and conclude a check as 瞒报 with the measure it brings', async () => {
    const { api } = renderStaff('inspector');
    await userEvent.click(await screen.findByText('查看报告'));
    expect(await screen.findByText('广州市某中学')).toBeInTheDocument();

    const row = (await screen.findByText('办结')).closest('tr')!;
    expect(within(row).getByText('随机抽查')).toBeInTheDocument();
    await userEvent.click(within(row).getByText('办结'));
    const dialog = (await screen.findByText('核实结论', { selector: 'label' })).closest('.ant-modal') as HTMLElement;
    await userEvent.click(within(dialog).getByText('瞒报'));
    expect(await within(dialog).findByText('瞒报：诫勉或更重的处理，且至少 12 个月不得提拔')).toBeInTheDocument();
    await userEvent.type(within(dialog).getByLabelText('说明'), '隐瞒配偶投资');
    await userEvent.click(within(dialog).getByText(/^保\s?存$/));

    await waitFor(() => expect(api.calls('POST /api/inspection/spot-checks/check-1/conclusion')).toHaveLength(1));
    const [request] = api.calls('POST /api/inspection/spot-checks/check-1/conclusion');
    expect(await request.json()).toEqual({ result: 'CONCEALMENT', measure: 'ADMONISHMENT', note: '隐瞒配偶投资' });
    expect(request.headers.get('If-Match')).toBe('"0"');
  }, 20_000);

  it('turns the form’s values into the report the API takes', () => {
    expect(toPersonalMatters({ ...content, passports: [], tripsAbroad: [], income: { salary: 1, other: 2, note: '' } }).income).toEqual({
      salary: 1,
      other: 2,
      note: null,
    });
  });
});
