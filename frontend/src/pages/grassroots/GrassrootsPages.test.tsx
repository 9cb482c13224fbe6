import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '../../app/access';
import type { ContactPoint, ResearchReport } from '../../api/types';
import { json, problem, type Handler } from '../../test/fakeApi';
import { cadre, CADRE_ID, pageOf, sessionFor, unitTree } from '../../test/fixtures';
import {
  ADOPTED_REPORT_ID,
  adoptedReport,
  contactPoint,
  contactPointWithVisits,
  earlierPoint,
  POINT_ID,
  REPORT_ID,
  researchReport,
} from '../../test/grassrootsFixtures';
import { renderApp } from '../../test/render';

/** The leader 陈建国, whose account is linked to his cadre record. */
const leader = sessionFor('leader', { cadreId: CADRE_ID });

function renderMine(points: ContactPoint[], handlers: Record<string, Handler> = {}, reports: ResearchReport[] = []) {
  return renderApp({
    session: leader,
    path: '/rotation/grassroots/me',
    handlers: {
      'GET /api/me': {},
      'GET /api/rotation/contact-points': pageOf(points),
      [`GET /api/rotation/contact-points/${POINT_ID}`]: contactPointWithVisits,
      'GET /api/rotation/research-reports': pageOf(reports),
      ...handlers,
    },
  });
}

function renderStaff(role: Role, handlers: Record<string, Handler> = {}) {
  return renderApp({
    session: sessionFor(role),
    path: '/rotation/grassroots',
    handlers: {
      'GET /api/me': {},
      'GET /api/units': unitTree,
      'GET /api/rotation/contact-points': pageOf([contactPoint]),
      'GET /api/rotation/research-reports': pageOf([researchReport, adoptedReport]),
      [`GET /api/rotation/contact-points/${POINT_ID}`]: contactPointWithVisits,
      [`GET /api/rotation/research-reports/${REPORT_ID}`]: researchReport,
      [`GET /api/rotation/research-reports/${ADOPTED_REPORT_ID}`]: adoptedReport,
      ...handlers,
    },
  });
}

/** The modal a label of its form is in. */
async function dialogOf(label: string): Promise<HTMLElement> {
  return (await screen.findByText(label, { selector: 'label' })).closest('.ant-modal') as HTMLElement;
}

/** The form item (label, field and its errors) of a field, by its label. */
const itemOf = (container: HTMLElement, label: string) => within(container).getByText(label, { selector: 'label' }).closest('.ant-form-item') as HTMLElement;

/** A card of the page, by its title. */
const cardOf = (title: string) => screen.getByText(title, { selector: '.ant-card-head-title' }).closest('.ant-card') as HTMLElement;

/** The drawer open beside the list. */
const drawer = () => document.querySelector('.ant-drawer-open') as HTMLElement;

/** A button by its label (antd spaces a two-character one: 保 存). */
const button = (container: HTMLElement, label: string) => within(container).getByText(new RegExp(`^${[...label].join('\\s?')}$`), { selector: 'button span' });
const noButton = (container: HTMLElement, label: string) =>
  within(container).queryByText(new RegExp(`^${[...label].join('\\s?')}$`), { selector: 'button span' });

const save = (dialog: HTMLElement) => userEvent.click(within(dialog).getByText(/^保\s?存$/));

/** Sets a number field: antd's InputNumber keeps what is typed. */
async function setNumber(input: HTMLElement, value: string) {
  await userEvent.clear(input);
  await userEvent.type(input, value);
}

describe('基层联系与调研', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=csrf-7; path=/';
    // the forms refuse days after today in Beijing: fix the day
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-26T02:00:00Z'));
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('lets the leader record a visit to the own contact point, the problems solved and how in the body', async () => {
    const { api } = renderMine([contactPoint], {
      [`POST /api/rotation/contact-points/${POINT_ID}/visits`]: () => json(contactPointWithVisits, 201),
    });
    expect(await screen.findByText('园区快递末端网点用工紧张')).toBeInTheDocument();
    expect(screen.getByText('解决问题 2 个')).toBeInTheDocument();
    // the own points, asked by the linked cadre's id
    expect(new URL(api.calls('GET /api/rotation/contact-points')[0].url).searchParams.get('cadreId')).toBe(CADRE_ID);

    await userEvent.click(button(cardOf('我的基层联系点'), '记录走访'));
    const dialog = await dialogOf('了解的情况');
    expect(within(dialog).getByLabelText('走访日期')).toHaveValue('2026-11-26');
    await userEvent.type(within(dialog).getByLabelText('了解的情况'), '网点寄递量增长较快');
    await userEvent.type(within(dialog).getByLabelText('反映的问题'), '园区道路拥堵');
    await setNumber(within(dialog).getByLabelText('解决问题数'), '3');
    await userEvent.type(within(dialog).getByLabelText('解决情况'), '协调交警错峰通行');
    await save(dialog);

    const post = `POST /api/rotation/contact-points/${POINT_ID}/visits`;
    await waitFor(() => expect(api.calls(post)).toHaveLength(1));
    expect(await api.calls(post)[0].json()).toEqual({
      visitedOn: '2026-11-26',
      learned: '网点寄递量增长较快',
      problemsRaised: '园区道路拥堵',
      problemsSolved: 3,
      solutions: '协调交警错峰通行',
    });
    expect(await screen.findByText('已记录走访')).toBeInTheDocument();
  }, 40_000);

  it('asks how the problems were solved whenever some were, and not otherwise', async () => {
    const { api } = renderMine([contactPoint], {
      [`POST /api/rotation/contact-points/${POINT_ID}/visits`]: () => json(contactPointWithVisits, 201),
    });
    await userEvent.click(await screen.findByText('记录走访', { selector: 'button span' }));
    const dialog = await dialogOf('了解的情况');
    await userEvent.type(within(dialog).getByLabelText('了解的情况'), '网点寄递量增长较快');
    await setNumber(within(dialog).getByLabelText('解决问题数'), '2');
    await save(dialog);
    expect(await within(itemOf(dialog, '解决情况')).findByText('解决了问题的，请填写解决情况')).toBeInTheDocument();
    expect(api.calls(`POST /api/rotation/contact-points/${POINT_ID}/visits`)).toHaveLength(0);

    // none solved: nothing to say how
    await setNumber(within(dialog).getByLabelText('解决问题数'), '0');
    await waitFor(() => expect(within(itemOf(dialog, '解决情况')).queryByText('解决了问题的，请填写解决情况')).not.toBeInTheDocument());
    await save(dialog);
    await waitFor(() => expect(api.calls(`POST /api/rotation/contact-points/${POINT_ID}/visits`)).toHaveLength(1));
    expect(await api.calls(`POST /api/rotation/contact-points/${POINT_ID}/visits`)[0].json()).toEqual({
      visitedOn: '2026-11-26',
      learned: '网点寄递量增长较快',
      problemsSolved: 0,
    });
  }, 40_000);

  it('lets the leader end the contact on today in Beijing, with the version read', async () => {
    const { api } = renderMine([contactPoint], {
      [`POST /api/rotation/contact-points/${POINT_ID}/end`]: { ...contactPointWithVisits, endedOn: '2026-11-26', version: 5 },
    });
    await screen.findByText('园区快递末端网点用工紧张');
    await userEvent.click(button(cardOf('我的基层联系点'), '结束联系'));
    const dialog = await dialogOf('结束日期');
    expect(within(dialog).getByLabelText('结束日期')).toHaveValue('2026-11-26');
    await save(dialog);
    const post = `POST /api/rotation/contact-points/${POINT_ID}/end`;
    await waitFor(() => expect(api.calls(post)).toHaveLength(1));
    const [request] = api.calls(post);
    expect(request.headers.get('If-Match')).toBe('"4"');
    expect(await request.json()).toEqual({ on: '2026-11-26' });
  }, 30_000);

  it('offers the leader 建立联系点 when none is kept, for themself, and lists the earlier points', async () => {
    const { api } = renderMine([earlierPoint], {
      'POST /api/rotation/contact-points': () => json({ ...contactPoint, place: '佛山市顺德区快递产业园' }, 201),
    });
    expect(await screen.findByText('您目前没有保持中的基层联系点')).toBeInTheDocument();
    expect(screen.getByText('您还没有报送调研报告，点击“报送调研报告”提交')).toBeInTheDocument();
    const earlier = screen.getByText('广州市白云区邮政支局').closest('tr') as HTMLElement;
    expect(earlier).toHaveTextContent('2024-03-01 至 2025-12-31');
    expect(api.calls(`GET /api/rotation/contact-points/${POINT_ID}`)).toHaveLength(0);

    await userEvent.click(button(cardOf('我的基层联系点'), '建立联系点'));
    const dialog = await dialogOf('联系点');
    expect(within(dialog).queryByLabelText('领导干部')).not.toBeInTheDocument();
    await userEvent.type(within(dialog).getByLabelText('联系点'), '佛山市顺德区快递产业园');
    await save(dialog);
    await waitFor(() => expect(api.calls('POST /api/rotation/contact-points')).toHaveLength(1));
    expect(await api.calls('POST /api/rotation/contact-points')[0].json()).toEqual({ place: '佛山市顺德区快递产业园', since: '2026-11-26' });
    expect(await screen.findByText('已建立基层联系点：佛山市顺德区快递产业园')).toBeInTheDocument();
  }, 30_000);

  it('shows HR that the leader it names keeps a contact point already (409 contact-point-exists)', async () => {
    const { api } = renderStaff('hr', {
      'GET /api/cadres': pageOf([cadre]),
      'POST /api/rotation/contact-points': () =>
        problem(409, { type: 'https://benling.org/problems/contact-point-exists', title: 'Conflict', detail: '陈建国 keeps a contact point already; end it first / 已有基层联系点，请先结束原联系点' }),
    });
    await userEvent.click(await screen.findByText('建立联系点', { selector: 'button span' }));
    const dialog = await dialogOf('联系点');
    await userEvent.type(within(dialog).getByLabelText('领导干部'), '陈');
    await userEvent.click(await screen.findByText('陈建国（YZ000001）'));
    await userEvent.type(within(dialog).getByLabelText('联系点'), '佛山市顺德区快递产业园');
    await save(dialog);

    await waitFor(() => expect(api.calls('POST /api/rotation/contact-points')).toHaveLength(1));
    expect(await api.calls('POST /api/rotation/contact-points')[0].json()).toEqual({ cadreId: CADRE_ID, place: '佛山市顺德区快递产业园', since: '2026-11-26' });
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('已有基层联系点，请先结束原联系点');
    expect(within(itemOf(dialog, '领导干部')).getByText('已有基层联系点，请先结束原联系点')).toBeInTheDocument();
    // the dialog stays open for another leader
    expect(screen.queryByText(/^已建立基层联系点/)).not.toBeInTheDocument();
    expect(within(dialog).getByLabelText('联系点')).toHaveValue('佛山市顺德区快递产业园');
  }, 30_000);

  it('opens a contact point with its visits, without the buttons for an inspector the service does not let record', async () => {
    renderStaff('inspector', { [`GET /api/rotation/contact-points/${POINT_ID}`]: { ...contactPointWithVisits, mayRecord: false } });
    const row = (await screen.findByText('深圳市南山区快递物流园区')).closest('tr') as HTMLElement;
    expect(within(row).getByText('联系中')).toBeInTheDocument();
    expect(row).toHaveTextContent('2026-10-15');
    expect(noButton(document.body, '建立联系点')).not.toBeInTheDocument();
    expect(noButton(document.body, '报送调研报告')).not.toBeInTheDocument();
    await userEvent.click(row);
    expect(await within(drawer()).findByText('园区快递末端网点用工紧张')).toBeInTheDocument();
    expect(within(drawer()).getByText('协调调整分拣时段，增设隔音设施')).toBeInTheDocument();
    expect(noButton(drawer(), '记录走访')).not.toBeInTheDocument();
    expect(noButton(drawer(), '结束联系')).not.toBeInTheDocument();
  }, 30_000);

  it('offers 记录转化运用 only on a report the service says the caller may follow up, sent with the version read', async () => {
    const follow = `POST /api/rotation/research-reports/${REPORT_ID}/follow-up`;
    const { api } = renderStaff('leader', {
      [follow]: { ...researchReport, adopted: true, followUp: '建议已纳入全省邮快合作方案', followedUpBy: 'leader', version: 2 },
    });
    const research = await waitFor(() => cardOf('调研报告'));
    const adopted = (await within(research).findByText('关于寄递安全监管的调研报告')).closest('tr') as HTMLElement;
    expect(within(adopted).getByText('已转化运用')).toBeInTheDocument();
    expect(within(within(research).getByText('关于快递进村工作的调研报告').closest('tr') as HTMLElement).getByText('待跟进')).toBeInTheDocument();

    await userEvent.click(adopted);
    expect(await within(drawer()).findByText('对策建议已纳入年度工作要点')).toBeInTheDocument();
    expect(within(drawer()).queryByRole('form', { name: '记录转化运用' })).not.toBeInTheDocument();
    await userEvent.click(within(drawer()).getByRole('button', { name: /close|关闭/i }));
    await waitFor(() => expect(document.querySelector('.ant-drawer-open')).toBeNull());

    await userEvent.click(within(research).getByText('关于快递进村工作的调研报告'));
    const form = await within(drawer()).findByRole('form', { name: '记录转化运用' });
    expect(within(drawer()).getByText('尚未记录成果转化运用情况')).toBeInTheDocument();
    await userEvent.click(within(form).getByText('已转化运用'));
    await userEvent.type(within(form).getByLabelText('转化运用情况'), '建议已纳入全省邮快合作方案');
    await userEvent.click(button(form, '保存转化运用情况'));

    await waitFor(() => expect(api.calls(follow)).toHaveLength(1));
    const [request] = api.calls(follow);
    expect(request.headers.get('If-Match')).toBe('"1"');
    expect(await request.json()).toEqual({ note: '建议已纳入全省邮快合作方案', adopted: true });
    expect(await screen.findByText('已记录转化运用情况')).toBeInTheDocument();
  }, 40_000);

  it('lets HR file a research report for a leader, with the capabilities it bears on', async () => {
    const { api } = renderStaff('hr', {
      'GET /api/cadres': pageOf([cadre]),
      'POST /api/rotation/research-reports': () => json(researchReport, 201),
    });
    await userEvent.click(await screen.findByText('报送调研报告', { selector: 'button span' }));
    const dialog = await dialogOf('报告标题');
    await userEvent.type(within(dialog).getByLabelText('领导干部'), '陈');
    await userEvent.click(await screen.findByText('陈建国（YZ000001）'));
    await userEvent.type(within(dialog).getByLabelText('报告标题'), '关于快递进村工作的调研报告');
    await userEvent.type(within(dialog).getByLabelText('主要内容与对策建议'), '建议推动邮快合作。');
    await save(dialog);
    expect(await within(itemOf(dialog, '相关本领')).findByText('请至少选择一项相关本领')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByLabelText('群众工作本领'));
    await userEvent.click(within(dialog).getByLabelText('狠抓落实本领'));
    await save(dialog);

    await waitFor(() => expect(api.calls('POST /api/rotation/research-reports')).toHaveLength(1));
    expect(await api.calls('POST /api/rotation/research-reports')[0].json()).toEqual({
      cadreId: CADRE_ID,
      title: '关于快递进村工作的调研报告',
      summary: '建议推动邮快合作。',
      capabilities: ['MASS_WORK', 'IMPLEMENTATION'],
      submittedOn: '2026-11-26',
    });
  }, 40_000);

  it('keeps the reports’ search apart from the contact points’ in the URL', async () => {
    const { api } = renderStaff('inspector');
    const research = await waitFor(() => cardOf('调研报告'));
    await within(research).findByText('关于快递进村工作的调研报告');
    await userEvent.type(within(research).getByPlaceholderText('姓名、编号或标题'), '进村{enter}');
    await waitFor(() => expect(new URL(api.calls('GET /api/rotation/research-reports').at(-1)!.url).searchParams.get('q')).toBe('进村'));
    expect(window.location.search).toContain('researchQ=');
    expect(new URL(api.calls('GET /api/rotation/contact-points').at(-1)!.url).searchParams.get('q')).toBeNull();
  }, 30_000);
});
