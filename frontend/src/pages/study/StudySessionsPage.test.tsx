import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '../../app/access';
import type { StudySession } from '../../api/types';
import { json, problem, type Handler } from '../../test/fakeApi';
import { cadre, CADRE_ID, GUANGDONG_ID, pageOf, sessionFor, unitTree } from '../../test/fixtures';
import { renderApp } from '../../test/render';
import { LI_MING_ID, liMing, shenzhenCadre, STUDY_SESSION_ID, studySession } from '../../test/studyFixtures';

function renderStaff(role: Role, sessions: StudySession[], handlers: Record<string, Handler> = {}) {
  return renderApp({
    session: sessionFor(role),
    path: '/training/study-sessions',
    handlers: {
      'GET /api/me': {},
      'GET /api/units': unitTree,
      'GET /api/training/study-sessions': pageOf(sessions),
      'GET /api/cadres': pageOf([cadre, liMing, shenzhenCadre]),
      ...handlers,
    },
  });
}

/** The modal a label of its form is in. */
async function dialogOf(label: string): Promise<HTMLElement> {
  return (await screen.findByText(label, { selector: 'label' })).closest('.ant-modal') as HTMLElement;
}

/** The form item (label, field and its errors) of a field, by its label. */
const itemOf = (dialog: HTMLElement, label: string) => within(dialog).getByText(label, { selector: 'label' }).closest('.ant-form-item') as HTMLElement;

/** A button by its label (antd spaces a two-character one: 更 正). */
const button = (container: HTMLElement, label: string) => within(container).getByText(new RegExp(`^${[...label].join('\\s?')}$`), { selector: 'button span' });
const noButton = (container: HTMLElement, label: string) =>
  within(container).queryByText(new RegExp(`^${[...label].join('\\s?')}$`), { selector: 'button span' });

/** Fills the record form: topic, day, hours, one speaker, the two Guangdong cadres, 依法执政本领 added to the defaults. */
async function fillSession(dialog: HTMLElement) {
  await userEvent.type(within(dialog).getByLabelText('学习主题'), '学习《中国共产党章程》');
  const day = within(dialog).getByLabelText('学习日期');
  await userEvent.clear(day);
  await userEvent.type(day, '2026-11-20{enter}');
  await userEvent.type(within(dialog).getByLabelText('学时'), '3');
  await userEvent.type(within(dialog).getByLabelText('主讲（领学、交流发言）'), '王书记{enter}');
  await userEvent.click(within(dialog).getByLabelText('参加人员'));
  await userEvent.click(await screen.findByTitle('陈建国（YZ000001）'));
  await userEvent.click(await screen.findByTitle('李明（YZ000002）'));
  await userEvent.click(within(dialog).getByLabelText('依法执政本领'));
}

describe('理论学习中心组', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=csrf-7; path=/';
    // the form refuses days after today in Beijing: fix the day
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-26T02:00:00Z'));
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('lists the sessions with their attendees counted and the capabilities studied', async () => {
    renderStaff('inspector', [studySession]);
    const row = (await screen.findByText('学习贯彻党的二十届四中全会精神')).closest('tr') as HTMLElement;
    expect(within(row).getByText('广东省邮政管理局')).toBeInTheDocument();
    expect(within(row).getByText(/2 人/)).toBeInTheDocument();
    expect(within(row).getByText('3 学时')).toBeInTheDocument();
    expect(within(row).getByText('学习本领')).toBeInTheDocument();
    expect(within(row).getByText('政治领导本领')).toBeInTheDocument();
    expect(within(row).getByText('交流材料：关于寄递安全监管的调研报告')).toBeInTheDocument();
    // an inspector reads, and neither records nor corrects
    expect(noButton(document.body, '记录学习')).not.toBeInTheDocument();
    expect(noButton(row, '更正')).not.toBeInTheDocument();
  }, 20_000);

  it('records a session with the attendees and capabilities chosen, offering the unit’s own cadres only', async () => {
    const { api } = renderStaff('hr', [], {
      'POST /api/training/study-sessions': () => json({ ...studySession, topic: '学习《中国共产党章程》' }, 201),
    });
    await userEvent.click(await screen.findByText('记录学习', { selector: 'button span' }));
    const dialog = await dialogOf('学习主题');
    // HR's own unit to begin with, and the two capabilities the rules name
    await waitFor(() => expect(itemOf(dialog, '单位')).toHaveTextContent('广东省邮政管理局'));
    expect(within(dialog).getByLabelText('学习本领')).toBeChecked();
    expect(within(dialog).getByLabelText('政治领导本领')).toBeChecked();

    await fillSession(dialog);
    // a cadre of Shenzhen (below Guangdong) is no member of Guangdong's leadership team
    expect(screen.queryByTitle('周深圳（YZ000403）')).not.toBeInTheDocument();
    expect(new URL(api.calls('GET /api/cadres').at(-1)!.url).searchParams.get('unitId')).toBe(GUANGDONG_ID);
    await userEvent.click(within(dialog).getByText(/^保\s?存$/));

    await waitFor(() => expect(api.calls('POST /api/training/study-sessions')).toHaveLength(1));
    expect(await api.calls('POST /api/training/study-sessions')[0].json()).toEqual({
      unitId: GUANGDONG_ID,
      topic: '学习《中国共产党章程》',
      heldOn: '2026-11-20',
      hours: 3,
      speakers: ['王书记'],
      attendeeIds: [CADRE_ID, LI_MING_ID],
      reports: [],
      capabilities: ['LEARNING', 'POLITICAL_LEADERSHIP', 'LAW_BASED_GOVERNANCE'],
    });
    expect(await screen.findByText('已记录中心组学习：学习《中国共产党章程》')).toBeInTheDocument();
  }, 40_000);

  it('shows a 400 on an attendee under the attendees, naming the cadre', async () => {
    const { api } = renderStaff('hr', [], {
      'POST /api/training/study-sessions': () =>
        problem(400, {
          type: 'https://benling.org/problems/validation',
          title: 'Bad Request',
          violations: [{ field: 'attendeeIds[0]', message: '不是本单位领导班子的在职干部' }],
        }),
    });
    await userEvent.click(await screen.findByText('记录学习', { selector: 'button span' }));
    const dialog = await dialogOf('学习主题');
    await fillSession(dialog);
    await userEvent.click(within(dialog).getByText(/^保\s?存$/));

    await waitFor(() => expect(api.calls('POST /api/training/study-sessions')).toHaveLength(1));
    expect(await within(itemOf(dialog, '参加人员')).findByText('陈建国（YZ000001）：不是本单位领导班子的在职干部')).toBeInTheDocument();
    expect(within(itemOf(dialog, '学习主题')).queryByRole('alert')).not.toBeInTheDocument();
  }, 40_000);

  it('sends nothing without a speaker and an attendee', async () => {
    const { api } = renderStaff('admin', []);
    await userEvent.click(await screen.findByText('记录学习', { selector: 'button span' }));
    const dialog = await dialogOf('学习主题');
    await userEvent.click(within(dialog).getByText(/^保\s?存$/));
    expect(await within(itemOf(dialog, '参加人员')).findByText('请至少选择一位参加人员')).toBeInTheDocument();
    expect(within(itemOf(dialog, '主讲（领学、交流发言）')).getByText('请至少填写一位主讲或发言人')).toBeInTheDocument();
    expect(api.calls('POST /api/training/study-sessions')).toHaveLength(0);
  }, 30_000);

  it('lets HR correct a session, prefilled and sent with the version read, the unit kept', async () => {
    const { api } = renderStaff('hr', [studySession], {
      [`PUT /api/training/study-sessions/${STUDY_SESSION_ID}`]: { ...studySession, hours: 2.5, version: 3 },
    });
    const row = (await screen.findByText('学习贯彻党的二十届四中全会精神')).closest('tr') as HTMLElement;
    await userEvent.click(button(row, '更正'));
    const dialog = await dialogOf('学习主题');
    expect(within(dialog).getByLabelText('学习主题')).toHaveValue('学习贯彻党的二十届四中全会精神');
    expect(within(dialog).getByLabelText('单位').closest('.ant-select')).toHaveClass('ant-select-disabled');
    expect(itemOf(dialog, '参加人员')).toHaveTextContent('陈建国（YZ000001）');
    const hours = within(dialog).getByLabelText('学时');
    await userEvent.clear(hours);
    await userEvent.type(hours, '2.5');
    await userEvent.click(within(dialog).getByText(/^保\s?存$/));

    const put = `PUT /api/training/study-sessions/${STUDY_SESSION_ID}`;
    await waitFor(() => expect(api.calls(put)).toHaveLength(1));
    const [request] = api.calls(put);
    expect(request.headers.get('If-Match')).toBe('"2"');
    expect(await request.json()).toEqual({
      unitId: GUANGDONG_ID,
      topic: '学习贯彻党的二十届四中全会精神',
      heldOn: '2026-11-12',
      hours: 2.5,
      speakers: ['王书记'],
      attendeeIds: [CADRE_ID, LI_MING_ID],
      reports: ['关于寄递安全监管的调研报告'],
      capabilities: ['LEARNING', 'POLITICAL_LEADERSHIP'],
    });
  }, 40_000);

  it('shows a cadre the sessions attended, without the record button, the corrections or the unit filter', async () => {
    const { api } = renderApp({
      session: sessionFor('cadre'),
      path: '/training/study-sessions',
      handlers: { 'GET /api/me': {}, 'GET /api/training/study-sessions': pageOf([studySession]) },
    });
    expect(await screen.findByText('我参加的中心组学习')).toBeInTheDocument();
    const row = (await screen.findByText('学习贯彻党的二十届四中全会精神')).closest('tr') as HTMLElement;
    expect(noButton(document.body, '记录学习')).not.toBeInTheDocument();
    expect(noButton(row, '更正')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('单位')).not.toBeInTheDocument();
    expect(new URL(api.calls('GET /api/training/study-sessions')[0].url).searchParams.get('cadreId')).toBe(CADRE_ID);
    expect(api.calls('GET /api/units')).toHaveLength(0);
  }, 20_000);

  it('tells a cadre without sessions where they come from', async () => {
    renderApp({
      session: sessionFor('cadre'),
      path: '/training/study-sessions',
      handlers: { 'GET /api/me': {}, 'GET /api/training/study-sessions': pageOf([]) },
    });
    expect(await screen.findByText('暂无您参加的中心组学习记录；参加学习后由人事部门登记')).toBeInTheDocument();
  }, 20_000);

  it('searches the topics, the search kept in the URL', async () => {
    const { api } = renderStaff('leader', [studySession]);
    await screen.findByText('学习贯彻党的二十届四中全会精神');
    await userEvent.type(screen.getByPlaceholderText('学习主题'), '四中全会{enter}');
    await waitFor(() => expect(new URL(api.calls('GET /api/training/study-sessions').at(-1)!.url).searchParams.get('q')).toBe('四中全会'));
    expect(window.location.search).toContain('q=');
  }, 20_000);
});
