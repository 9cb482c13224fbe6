import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Enrolment } from '../../api/types';
import { GUANGDONG_ID, sessionFor, unitTree } from '../../test/fixtures';
import { renderApp } from '../../test/render';
import { CLASS_ID, enrolmentOf, riskClass, roster } from '../../test/trainingFixtures';

const ZHOU = { id: '10000000-0000-4000-8000-000000000007', employeeNumber: 'YZ000007', name: '周敏', unitId: GUANGDONG_ID, unitName: '广东省邮政管理局' };

/** A class of March 2026 seen on 9 March, after it ended; the handlers keep what the page changes. */
function renderClass() {
  let trainingClass = { ...riskClass };
  let enrolments: Enrolment[] = roster.slice(0, 2);
  const view = renderApp({
    session: sessionFor('hr'),
    path: `/classes/${CLASS_ID}`,
    handlers: {
      'GET /api/me': {},
      'GET /api/units': unitTree,
      [`GET /api/training/classes/${CLASS_ID}`]: () => trainingClass,
      [`GET /api/training/classes/${CLASS_ID}/enrolments`]: () => enrolments,
      [`GET /api/training/classes/${CLASS_ID}/audit`]: () => [
        { revision: 1, at: '2026-03-02T01:00:00Z', actor: 'hr-guangdong', requestId: 'r1', kind: 'CREATED', subject: 'class', changes: [{ field: 'status', before: null, after: 'OPEN' }] },
        { revision: 2, at: '2026-03-03T01:00:00Z', actor: 'hr-guangdong', requestId: 'r2', kind: 'CREATED', subject: `attendance:${roster[1].cadreId}:2026-03-03`, changes: [{ field: 'leaveHours', before: null, after: 6 }] },
        { revision: 2, at: '2026-03-03T01:00:00Z', actor: 'hr-guangdong', requestId: 'r2', kind: 'CHANGED', subject: `enrolment:${roster[1].cadreId}`, changes: [{ field: 'status', before: 'ENROLLED', after: 'FAILED' }] },
      ],
      'GET /api/cadres': (_: Request, url: URL) => ({ items: url.searchParams.get('q') === '周' ? [ZHOU] : [], page: 0, size: 20, total: 1, totalPages: 1 }),
      [`POST /api/training/classes/${CLASS_ID}/enrolments`]: () => {
        const placed: Enrolment = enrolmentOf({
          id: 'e-7',
          cadreId: ZHOU.id,
          cadreName: ZHOU.name,
          employeeNumber: ZHOU.employeeNumber,
          status: 'ENROLLED',
          designated: true,
          enrolledAt: '2026-03-09T02:00:00Z',
          leaveHours: 0,
        });
        enrolments = [...enrolments, placed];
        return [placed];
      },
      [`PUT /api/training/classes/${CLASS_ID}/attendance`]: () => enrolments,
      [`POST /api/training/classes/${CLASS_ID}/completion`]: () => {
        trainingClass = { ...trainingClass, status: 'COMPLETED' };
        // 林晓 took 6 of 32 学时 as leave, more than 1/7: the service fails her.
        enrolments = enrolments.map((e) => ({ ...e, status: e.cadreName === '林晓' ? 'FAILED' : 'COMPLETED', completedOn: '2026-03-06' }));
        return enrolments;
      },
    },
  });
  return view;
}

const rowOf = (text: string) => screen.getAllByText(text).map((cell) => cell.closest('tr')).find((row) => row?.closest('.ant-card')?.textContent?.startsWith('学员名单'))!;

describe('class page', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-09T02:00:00Z'));
    document.cookie = 'XSRF-TOKEN=csrf-3; path=/';
  });
  afterEach(() => vi.useRealTimers());

  it('designates a cadre found by searching, sending the picked ids', async () => {
    const { api } = renderClass();
    await screen.findAllByText('陈建国');
    expect(rowOf('林晓')).toHaveTextContent('在册点名调训6');

    await userEvent.type(screen.getByLabelText('输入姓名或工号，搜索要点名调训的干部'), '周');
    await userEvent.click(await screen.findByText('周敏（YZ000007）'));
    await userEvent.click(screen.getByText('点名调训', { selector: 'button span' }));

    await waitFor(() => expect(api.calls(`POST /api/training/classes/${CLASS_ID}/enrolments`)).toHaveLength(1));
    const [request] = api.calls(`POST /api/training/classes/${CLASS_ID}/enrolments`);
    expect(await request.json()).toEqual({ cadreIds: [ZHOU.id] });
    expect(request.headers.get('X-XSRF-TOKEN')).toBe('csrf-3');
    expect(await screen.findByText('已点名调训 1 人，候补 0 人')).toBeInTheDocument();
    await waitFor(() => expect(rowOf('周敏')).toHaveTextContent('在册'));
    expect(new URL(api.calls('GET /api/cadres').at(-1)!.url).searchParams.get('q')).toBe('周');
  }, 15_000); // a debounced search and antd's dropdown: seconds on a loaded machine

  it('records a day’s attendance with presence and leave per enrolled participant', async () => {
    const { api } = renderClass();
    const absent = await screen.findByLabelText('林晓 出勤');
    expect(screen.getByLabelText('陈建国 出勤')).toBeChecked();

    await userEvent.click(absent);
    const leave = screen.getByLabelText('林晓 请假学时');
    await userEvent.clear(leave);
    await userEvent.type(leave, '4');
    await userEvent.click(screen.getByText('保存考勤'));

    await waitFor(() => expect(api.calls(`PUT /api/training/classes/${CLASS_ID}/attendance`)).toHaveLength(1));
    expect(await api.calls(`PUT /api/training/classes/${CLASS_ID}/attendance`)[0].json()).toEqual({
      day: '2026-03-06',
      entries: [
        { enrolmentId: 'e-1', present: true, leaveHours: 0 },
        { enrolmentId: 'e-2', present: false, leaveHours: 4 },
      ],
    });
    expect(await screen.findByText('已保存 2026-03-06 的考勤')).toBeInTheDocument();
  });

  it('completes the class and shows who completed and who failed', async () => {
    const { api } = renderClass();
    await screen.findAllByText('陈建国');

    await userEvent.click(screen.getByText(/^结\s?业$/));
    await userEvent.click(await screen.findByText(/^确\s?定$/));

    await waitFor(() => expect(api.calls(`POST /api/training/classes/${CLASS_ID}/completion`)).toHaveLength(1));
    await waitFor(() => expect(rowOf('陈建国')).toHaveTextContent('已结业'));
    expect(rowOf('林晓')).toHaveTextContent('不合格');
    expect(screen.getAllByText('已结业：合格 1 人，不合格 1 人').length).toBeGreaterThan(0);
    expect(screen.queryByText('考勤登记')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('输入姓名或工号，搜索要点名调训的干部')).not.toBeInTheDocument();
  });

  it('shows HR who changed the class, its enrolments and attendance, each named', async () => {
    renderClass();
    const card = (await screen.findByText('报名：林晓')).closest('.ant-card') as HTMLElement;
    expect(within(card).getByText('变更记录')).toBeInTheDocument();
    const enrolmentRow = within(card).getByText('报名：林晓').closest('tr')!;
    expect(enrolmentRow).toHaveTextContent('hr-guangdong');
    expect(enrolmentRow).toHaveTextContent('状态: 在册 → 不合格');
    expect(within(card).getByText('考勤：林晓 2026-03-03').closest('tr')).toHaveTextContent('请假学时: 6');
    expect(within(card).getByText('班次').closest('tr')).toHaveTextContent('状态: 进行中');
  });

  it('does not offer 结业 before the class has ended', async () => {
    vi.setSystemTime(new Date('2026-03-04T02:00:00Z'));
    renderClass();
    await screen.findAllByText('陈建国');
    expect(screen.getByText(/^结\s?业$/).closest('button')).toBeDisabled();
    expect(within(screen.getByText('考勤登记').closest('.ant-card') as HTMLElement).getByText('2026-03-04')).toBeInTheDocument();
  });
});
