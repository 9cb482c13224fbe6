import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Role } from '../../app/access';
import type { HeldPassport, Trip } from '../../api/types';
import { problem, type Handler } from '../../test/fakeApi';
import { cadre, CADRE_ID, pageOf, sessionFor, unitTree } from '../../test/fixtures';
import { renderApp } from '../../test/render';
import {
  expiredPermit,
  heldPassport,
  lateTrip,
  OVERDUE_TRIP_ID,
  overdueTrip,
  PASSPORT_ID,
  requestedTrip,
  TRIP_ID,
} from '../../test/travelFixtures';

/** The passports as the API answers them: all, or those of a status when asked. */
const passportsAnswer =
  (passports: HeldPassport[]): Handler =>
  (_request, url) => {
    const status = url.searchParams.get('status');
    return pageOf(passports.filter((passport) => !status || passport.status === status));
  };

/** The modal a label of its form is in. */
async function dialogOf(label: string): Promise<HTMLElement> {
  return (await screen.findByText(label, { selector: 'label' })).closest('.ant-modal') as HTMLElement;
}

/** Types a day into an antd date picker and confirms it. */
async function pickDay(dialog: HTMLElement, label: string, day: string) {
  const input = within(dialog).getByLabelText(label);
  await userEvent.click(input);
  await userEvent.type(input, `${day}{enter}`);
}

function renderMine(handlers: Record<string, Handler> = {}, passports: HeldPassport[] = [heldPassport, expiredPermit], trips: Trip[] = []) {
  return renderApp({
    session: sessionFor('cadre'),
    path: '/travel/me',
    handlers: {
      'GET /api/me': {},
      'GET /api/inspection/passports': passportsAnswer(passports),
      'GET /api/inspection/trips': pageOf(trips),
      ...handlers,
    },
  });
}

/** A trip of the leader's own, waiting: the service offers the leader no decision on it. */
const ownTrip: Trip = { ...requestedTrip, id: '83000000-0000-4000-8000-000000000009', employeeNumber: 'YZ000009', name: '王领导', actions: [] };

function renderStaff(role: Role, trips: Trip[], handlers: Record<string, Handler> = {}) {
  return renderApp({
    session: sessionFor(role),
    path: '/inspection/travel',
    handlers: {
      'GET /api/me': {},
      'GET /api/units': unitTree,
      'GET /api/inspection/trips': pageOf(trips),
      'GET /api/inspection/passports': passportsAnswer([heldPassport, expiredPermit]),
      ...handlers,
    },
  });
}

/** A card of the page, by its title. */
const cardOf = (title: string) => screen.getByText(title, { selector: '.ant-card-head-title' }).closest('.ant-card') as HTMLElement;

/** The row holding a text in a card's table (the staff page's trips unless told). */
const rowOf = (text: string, card = '出国（境）申请') => within(cardOf(card)).getByText(text).closest('tr') as HTMLElement;

/** A button by its label (antd spaces a two-character one: 撤 回). */
const button = (container: HTMLElement, label: string) => within(container).getByText(new RegExp(`^${[...label].join('\\s?')}$`), { selector: 'button span' });
const noButton = (container: HTMLElement, label: string) =>
  within(container).queryByText(new RegExp(`^${[...label].join('\\s?')}$`), { selector: 'button span' });

describe('出国（境）', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=csrf-7; path=/';
    // the request form refuses days before today in Beijing: fix the day so the trip below is ahead of it
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-26T02:00:00Z'));
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('lets the cadre ask for a trip on an own passport in custody, without naming the cadre', async () => {
    const { api } = renderMine({ 'POST /api/inspection/trips': requestedTrip });
    expect(await screen.findByText('E12345678')).toBeInTheDocument();
    expect(within(rowOf('C98765432', '我的证照')).getByText('已过期')).toBeInTheDocument();
    expect(screen.getByText('您还没有出国（境）申请')).toBeInTheDocument();
    // the own passports and trips, asked by the linked cadre's id
    expect(new URL(api.calls('GET /api/inspection/passports')[0].url).searchParams.get('cadreId')).toBe(CADRE_ID);
    expect(new URL(api.calls('GET /api/inspection/trips')[0].url).searchParams.get('cadreId')).toBe(CADRE_ID);

    await userEvent.click(button(document.body, '申请出国（境）'));
    const dialog = await dialogOf('前往国家（地区）');
    expect(within(dialog).queryByLabelText('干部')).not.toBeInTheDocument();
    await userEvent.click(within(dialog).getByLabelText('所用证照'));
    await userEvent.click(await screen.findByTitle('护照 E12345678（有效期至 2031-05-31）'));
    await userEvent.type(within(dialog).getByLabelText('前往国家（地区）'), '新加坡');
    await userEvent.type(within(dialog).getByLabelText('事由'), '探亲');
    await pickDay(dialog, '出行日期', '2027-01-20');
    await pickDay(dialog, '回国（境）日期', '2027-01-28');
    await userEvent.click(within(dialog).getByText(/^保\s?存$/));

    await waitFor(() => expect(api.calls('POST /api/inspection/trips')).toHaveLength(1));
    expect(await api.calls('POST /api/inspection/trips')[0].json()).toEqual({
      passportId: PASSPORT_ID,
      destination: '新加坡',
      purpose: '探亲',
      departOn: '2027-01-20',
      returnOn: '2027-01-28',
    });
    expect(await screen.findByText('已提交出国（境）申请，等待审批')).toBeInTheDocument();
  }, 30_000);

  it('puts the server’s violations of a trip on its fields', async () => {
    const { api } = renderMine({
      'POST /api/inspection/trips': () =>
        problem(400, {
          type: 'https://benling.org/problems/validation',
          title: 'Bad Request',
          violations: [{ field: 'passportId', message: '证照有效期不足' }],
        }),
    });
    await userEvent.click(await screen.findByText('申请出国（境）', { selector: 'button span' }));
    const dialog = await dialogOf('前往国家（地区）');
    await userEvent.click(within(dialog).getByLabelText('所用证照'));
    await userEvent.click(await screen.findByTitle('护照 E12345678（有效期至 2031-05-31）'));
    await userEvent.type(within(dialog).getByLabelText('前往国家（地区）'), '新加坡');
    await userEvent.type(within(dialog).getByLabelText('事由'), '探亲');
    await pickDay(dialog, '出行日期', '2027-01-20');
    await pickDay(dialog, '回国（境）日期', '2027-01-28');
    await userEvent.click(within(dialog).getByText(/^保\s?存$/));

    await waitFor(() => expect(api.calls('POST /api/inspection/trips')).toHaveLength(1));
    const passportItem = within(dialog).getByLabelText('所用证照').closest('.ant-form-item') as HTMLElement;
    expect(await within(passportItem).findByText('证照有效期不足')).toBeInTheDocument();
  }, 30_000);

  it('tells a cadre whose passports the HR office has not registered to ask them first', async () => {
    renderMine({}, []);
    expect(await screen.findByText('人事部门尚未登记您的证照，请先联系人事部门登记')).toBeInTheDocument();
    expect(await screen.findByText(/申请出国（境）须使用人事部门保管中的证照/)).toBeInTheDocument();
    expect(button(document.body, '申请出国（境）').closest('button')).toBeDisabled();
  });

  it('lets the cadre withdraw an own trip when the service offers it', async () => {
    const mine = { ...requestedTrip, actions: ['CANCEL' as const] };
    const { api } = renderMine({ [`POST /api/inspection/trips/${TRIP_ID}/cancellation`]: { ...mine, status: 'CANCELLED', actions: [] } }, undefined, [mine]);
    const row = await waitFor(() => rowOf('新加坡', '我的出国（境）申请'));
    expect(noButton(row, '批准')).not.toBeInTheDocument();
    await userEvent.click(button(row, '撤回'));
    const dialog = await dialogOf('撤回理由');
    await userEvent.type(within(dialog).getByLabelText('撤回理由'), '行程取消');
    await userEvent.click(within(dialog).getByText(/^保\s?存$/));

    await waitFor(() => expect(api.calls(`POST /api/inspection/trips/${TRIP_ID}/cancellation`)).toHaveLength(1));
    const [request] = api.calls(`POST /api/inspection/trips/${TRIP_ID}/cancellation`);
    expect(await request.json()).toEqual({ reason: '行程取消' });
    expect(request.headers.get('If-Match')).toBe('"3"');
  }, 30_000);

  it('flags a passport out past its last day in red and one back late in orange', async () => {
    renderStaff('hr', [requestedTrip, overdueTrip, lateTrip]);
    const overdue = await waitFor(() => rowOf('李明'));
    expect(within(overdue).getByText('逾期未交回')).toBeInTheDocument();
    expect(within(overdue).getByText('逾期未交回').closest('.ant-tag')).toHaveClass('ant-tag-red');
    expect(within(overdue).getByText('2026-10-17')).toBeInTheDocument();
    const late = rowOf('王芳');
    expect(within(late).getByText('逾期交回').closest('.ant-tag')).toHaveClass('ant-tag-orange');
    expect(within(late).getByText('交回于 2026-07-20')).toBeInTheDocument();
    expect(within(rowOf('陈建国')).queryByText(/逾期/)).not.toBeInTheDocument();
  }, 20_000);

  it('asks for the overdue passports only when the box is ticked', async () => {
    const { api } = renderStaff('inspector', [overdueTrip]);
    await waitFor(() => rowOf('李明'));
    await userEvent.click(screen.getByLabelText('仅看逾期未交回'));
    await waitFor(() => expect(new URL(api.calls('GET /api/inspection/trips').at(-1)!.url).searchParams.get('overdue')).toBe('true'));
  }, 20_000);

  it('offers a leader 批准 and 不予批准 only on the trips the service says, a refusal only with its reason', async () => {
    const { api } = renderStaff('leader', [requestedTrip, ownTrip, overdueTrip], {
      [`POST /api/inspection/trips/${TRIP_ID}/decision`]: { ...requestedTrip, status: 'APPROVED', actions: [], version: 4 },
    });
    const row = await waitFor(() => rowOf('陈建国'));
    expect(button(row, '批准')).toBeInTheDocument();
    expect(button(row, '不予批准')).toBeInTheDocument();
    for (const other of [rowOf('王领导'), rowOf('李明')]) {
      expect(noButton(other, '批准')).not.toBeInTheDocument();
      expect(noButton(other, '不予批准')).not.toBeInTheDocument();
    }
    // a leader neither registers passports nor asks for a cadre
    expect(noButton(document.body, '登记证照')).not.toBeInTheDocument();
    expect(noButton(document.body, '代为申请')).not.toBeInTheDocument();

    await userEvent.click(button(row, '不予批准'));
    const dialog = await dialogOf('审批意见');
    await userEvent.click(within(dialog).getByText(/^保\s?存$/));
    expect(await within(dialog).findByText('请填写不予批准的理由')).toBeInTheDocument();
    expect(api.calls(`POST /api/inspection/trips/${TRIP_ID}/decision`)).toHaveLength(0);

    await userEvent.click(within(dialog).getByText('批准'));
    await userEvent.click(within(dialog).getByText(/^保\s?存$/));
    await waitFor(() => expect(api.calls(`POST /api/inspection/trips/${TRIP_ID}/decision`)).toHaveLength(1));
    const [request] = api.calls(`POST /api/inspection/trips/${TRIP_ID}/decision`);
    expect(await request.json()).toEqual({ approve: true });
    expect(request.headers.get('If-Match')).toBe('"3"');
    expect(await screen.findByText('已批准 陈建国 的出国（境）申请')).toBeInTheDocument();
  }, 30_000);

  it('sends a refusal with its reason', async () => {
    const { api } = renderStaff('leader', [requestedTrip], {
      [`POST /api/inspection/trips/${TRIP_ID}/decision`]: { ...requestedTrip, status: 'REFUSED', actions: [], version: 4 },
    });
    await userEvent.click(button(await waitFor(() => rowOf('陈建国')), '不予批准'));
    const dialog = await dialogOf('审批意见');
    await userEvent.type(within(dialog).getByLabelText('审批意见'), '重要会议期间不宜出行');
    await userEvent.click(within(dialog).getByText(/^保\s?存$/));
    await waitFor(() => expect(api.calls(`POST /api/inspection/trips/${TRIP_ID}/decision`)).toHaveLength(1));
    expect(await api.calls(`POST /api/inspection/trips/${TRIP_ID}/decision`)[0].json()).toEqual({ approve: false, note: '重要会议期间不宜出行' });
  }, 30_000);

  it('lets HR take a passport back on today in Beijing, with the version read', async () => {
    const { api } = renderStaff('hr', [overdueTrip], {
      [`POST /api/inspection/trips/${OVERDUE_TRIP_ID}/passport-returned`]: { ...overdueTrip, status: 'RETURNED', overdue: false, returnedLate: true, actions: [] },
    });
    const row = await waitFor(() => rowOf('李明'));
    await userEvent.click(button(row, '交回证照'));
    const dialog = await dialogOf('交回日期');
    expect(within(dialog).getByLabelText('交回日期')).toHaveValue('2026-11-26');
    await userEvent.click(within(dialog).getByText(/^保\s?存$/));
    await waitFor(() => expect(api.calls(`POST /api/inspection/trips/${OVERDUE_TRIP_ID}/passport-returned`)).toHaveLength(1));
    const [request] = api.calls(`POST /api/inspection/trips/${OVERDUE_TRIP_ID}/passport-returned`);
    expect(await request.json()).toEqual({ on: '2026-11-26' });
    expect(request.headers.get('If-Match')).toBe('"5"');
  }, 30_000);

  it('lets HR ask for a trip for a cadre it picks, on a passport of that cadre in custody', async () => {
    const { api } = renderStaff('hr', [], {
      'GET /api/cadres': pageOf([cadre]),
      'POST /api/inspection/trips': () => problem(409, { type: 'https://benling.org/problems/trip-overlaps', title: 'Conflict', detail: '该时段已有出国（境）申请' }),
    });
    await userEvent.click(await screen.findByText('代为申请', { selector: 'button span' }));
    const dialog = await dialogOf('前往国家（地区）');
    expect(within(dialog).getByLabelText('所用证照').closest('.ant-select')).toHaveClass('ant-select-disabled');
    await userEvent.type(within(dialog).getByLabelText('干部'), '陈');
    await userEvent.click(await screen.findByText('陈建国（YZ000001）'));
    // the passports of the cadre picked, those in custody only
    await waitFor(() => expect(api.calls('GET /api/inspection/passports').some((request) => new URL(request.url).search.includes(`cadreId=${CADRE_ID}&status=HELD`))).toBe(true));
    await userEvent.click(within(dialog).getByLabelText('所用证照'));
    await userEvent.click(await screen.findByTitle('护照 E12345678（有效期至 2031-05-31）'));
    await userEvent.type(within(dialog).getByLabelText('前往国家（地区）'), '日本');
    await userEvent.type(within(dialog).getByLabelText('事由'), '旅游');
    await pickDay(dialog, '出行日期', '2027-02-01');
    await pickDay(dialog, '回国（境）日期', '2027-02-05');
    await userEvent.click(within(dialog).getByText(/^保\s?存$/));

    await waitFor(() => expect(api.calls('POST /api/inspection/trips')).toHaveLength(1));
    expect(await api.calls('POST /api/inspection/trips')[0].json()).toEqual({
      cadreId: CADRE_ID,
      passportId: PASSPORT_ID,
      destination: '日本',
      purpose: '旅游',
      departOn: '2027-02-01',
      returnOn: '2027-02-05',
    });
    // another trip on those days: said on the departure
    const departItem = within(dialog).getByLabelText('出行日期').closest('.ant-form-item') as HTMLElement;
    expect(await within(departItem).findByText('该时段已有出国（境）申请')).toBeInTheDocument();
  }, 30_000);

  it('shows HR the passports held, an expired one flagged, and lets it cancel one in custody', async () => {
    const { api } = renderStaff('hr', [lateTrip], {
      [`POST /api/inspection/passports/${expiredPermit.id}/cancellation`]: { ...expiredPermit, status: 'CANCELLED' },
    });
    await screen.findByText('证照保管');
    const passports = cardOf('证照保管');
    expect(button(cardOf('出国（境）申请'), '代为申请')).toBeInTheDocument();
    expect(button(passports, '登记证照')).toBeInTheDocument();
    const permit = await waitFor(() => within(passports).getByText('C98765432').closest('tr') as HTMLElement);
    expect(within(permit).getByText('已过期')).toBeInTheDocument();
    expect(within(permit).getByText('往来港澳通行证')).toBeInTheDocument();
    expect(within(passports).getByText('E12345678').closest('tr')).not.toHaveTextContent('已过期');

    await userEvent.click(button(permit, '注销'));
    const dialog = await dialogOf('注销原因');
    await userEvent.type(within(dialog).getByLabelText('注销原因'), '证照过期');
    await userEvent.click(within(dialog).getByText(/^保\s?存$/));
    await waitFor(() => expect(api.calls(`POST /api/inspection/passports/${expiredPermit.id}/cancellation`)).toHaveLength(1));
    const [request] = api.calls(`POST /api/inspection/passports/${expiredPermit.id}/cancellation`);
    expect(await request.json()).toEqual({ reason: '证照过期' });
    expect(request.headers.get('If-Match')).toBe('"1"');
  }, 30_000);

  it('keeps the passports’ search apart from the trips’ in the URL', async () => {
    const { api } = renderStaff('inspector', [lateTrip]);
    await waitFor(() => rowOf('王芳'));
    const passports = cardOf('证照保管');
    expect(noButton(passports, '注销')).not.toBeInTheDocument();
    await userEvent.type(within(passports).getByPlaceholderText('姓名、编号或证照号码'), 'E123{enter}');
    await waitFor(() => expect(new URL(api.calls('GET /api/inspection/passports').at(-1)!.url).searchParams.get('q')).toBe('E123'));
    expect(window.location.search).toContain('passportQ=E123');
    expect(new URL(api.calls('GET /api/inspection/trips').at(-1)!.url).searchParams.get('q')).toBeNull();
  }, 20_000);
});
