import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import dayjs from 'dayjs';
import type { DevelopmentTask } from '../../api/types';
import type { Role } from '../../app/access';
import { problem, type Handler } from '../../test/fakeApi';
import { pageOf, sessionFor } from '../../test/fixtures';
import { renderApp } from '../../test/render';
import { admittedMember, declinedMember, MEMBER_ID, nominee, POOL_ID, youngPool } from '../../test/successionFixtures';
import { todayInBeijing } from '../../domain/format';

const POOL = `/api/selection/pools/${POOL_ID}`;
const PLAN = `${POOL}/members/${MEMBER_ID}/development`;

const task = (overrides: Partial<DevelopmentTask>): DevelopmentTask => ({
  id: '90000000-0000-4000-8000-000000000001',
  memberId: MEMBER_ID,
  kind: 'TRAINING',
  capability: 'MASS_WORK',
  dueOn: '2027-06-30',
  note: '补齐群众工作短板',
  status: 'ASSIGNED',
  assignedBy: 'hr-guangdong',
  assignedAt: '2026-06-01T02:00:00Z',
  withdrawnBy: null,
  withdrawnAt: null,
  withdrawalReason: null,
  fulfilledOn: null,
  overdue: false,
  version: 0,
  ...overrides,
});

const done = task({ fulfilledOn: '2026-09-12' });
const late = task({ id: '90000000-0000-4000-8000-000000000002', kind: 'POSTING', capability: 'RISK_MANAGEMENT', dueOn: '2026-10-31', overdue: true, version: 3 });
const withdrawn = task({ id: '90000000-0000-4000-8000-000000000003', capability: 'LEARNING', status: 'WITHDRAWN', withdrawnBy: 'hr-guangdong', withdrawalReason: '已参加同类培训' });

function renderPlan(role: Role, handlers: Record<string, Handler> = {}) {
  return renderApp({
    session: sessionFor(role),
    path: `/selection/pools/${POOL_ID}`,
    handlers: {
      'GET /api/me': {},
      [`GET ${POOL}`]: youngPool,
      [`GET ${POOL}/members`]: pageOf([nominee, admittedMember, declinedMember]),
      [`GET ${PLAN}`]: pageOf([done, late, withdrawn]),
      ...handlers,
    },
  });
}

async function openPlan() {
  const row = (await screen.findByText('林晓', { selector: 'strong', exact: false })).closest('tr') as HTMLElement;
  await userEvent.click(within(row).getByText('培养计划', { selector: 'button span' }));
  return (await screen.findByText(/^培养计划：林晓/, { selector: '.ant-drawer-title' })).closest('.ant-drawer') as HTMLElement;
}

const rowOf = (drawer: HTMLElement, capability: string) => within(drawer).getByText(capability).closest('tr') as HTMLElement;

describe('a pool member’s development plan', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=csrf-12; path=/';
  });

  it('shows each task’s progress — done on its day, overdue, withdrawn with the reason — and gives a leader no action', async () => {
    renderPlan('leader');
    const drawer = await openPlan();
    expect(within(rowOf(drawer, '群众工作本领')).getByText('2026-09-12 完成')).toBeInTheDocument();
    expect(within(rowOf(drawer, '驾驭风险本领')).getByText('已逾期')).toBeInTheDocument();
    expect(within(rowOf(drawer, '驾驭风险本领')).getByText('实践锻炼')).toBeInTheDocument();
    expect(rowOf(drawer, '学习本领')).toHaveTextContent('hr-guangdong 撤回：已参加同类培训');
    expect(within(drawer).queryByText('安排培养任务')).not.toBeInTheDocument();
    expect(within(drawer).queryByText('撤回', { selector: 'button span' })).not.toBeInTheDocument();
    // only members in the pool or past ones have a plan to look at
    expect(screen.getAllByText('培养计划', { selector: 'button span' })).toHaveLength(1);
  }, 20_000);

  it('sets a posting with its due day for HR, and withdraws a task with the reason at its version', async () => {
    const created = task({ id: '90000000-0000-4000-8000-000000000004', kind: 'POSTING' });
    const { api } = renderPlan('hr', {
      [`POST ${PLAN}`]: () => new Response(JSON.stringify(created), { status: 201, headers: { 'Content-Type': 'application/json' } }),
      [`POST ${PLAN}/${late.id}/withdrawal`]: { ...late, status: 'WITHDRAWN' },
    });
    const drawer = await openPlan();
    const due = dayjs(todayInBeijing()).add(6, 'month').format('YYYY-MM-DD');
    await userEvent.click(within(drawer).getByText('实践锻炼', { selector: 'label span' }));
    await userEvent.click(within(drawer).getByLabelText('培养本领'));
    await userEvent.click(await screen.findByTitle('群众工作本领'));
    await userEvent.type(within(drawer).getByLabelText('培养目标'), ' 到基层一线锻炼 ');
    const day = within(drawer).getByLabelText('完成期限');
    await userEvent.click(day);
    // the day confirmed with Enter sends the form, as any field's Enter does
    await userEvent.type(day, `${due}{enter}`);
    await waitFor(() => expect(api.calls(`POST ${PLAN}`)).toHaveLength(1));
    expect(await api.calls(`POST ${PLAN}`)[0].json()).toEqual({ kind: 'POSTING', capability: 'MASS_WORK', dueOn: due, note: '到基层一线锻炼' });

    await userEvent.click(within(rowOf(drawer, '驾驭风险本领')).getByLabelText('撤回培养任务：驾驭风险本领'));
    const dialog = (await screen.findByText('撤回原因', { selector: 'label' })).closest('.ant-modal') as HTMLElement;
    await userEvent.type(within(dialog).getByLabelText('撤回原因'), '另有安排');
    await userEvent.click(within(dialog).getByText(/^保\s?存$/));
    await waitFor(() => expect(api.calls(`POST ${PLAN}/${late.id}/withdrawal`)).toHaveLength(1));
    const [withdrawal] = api.calls(`POST ${PLAN}/${late.id}/withdrawal`);
    expect(withdrawal.headers.get('If-Match')).toBe('"3"');
    expect(await withdrawal.json()).toEqual({ reason: '另有安排' });
  }, 30_000);

  it('puts the service’s refusal of the due day on its field', async () => {
    renderPlan('hr', {
      [`POST ${PLAN}`]: () => problem(400, { type: 'https://benling.org/problems/validation', title: 'Bad Request', violations: [{ field: 'dueOn', message: '完成期限须在五年以内 / due within five years' }] }),
    });
    const drawer = await openPlan();
    await userEvent.click(within(drawer).getByLabelText('培养本领'));
    await userEvent.click(await screen.findByTitle('学习本领', { exact: true }));
    const day = within(drawer).getByLabelText('完成期限');
    await userEvent.click(day);
    await userEvent.type(day, `${dayjs(todayInBeijing()).add(1, 'year').format('YYYY-MM-DD')}{enter}`);
    await userEvent.click(within(drawer).getByText('安排培养任务', { selector: 'button span' }));
    expect(await within(drawer).findByText('完成期限须在五年以内 / due within five years')).toBeInTheDocument();
  }, 30_000);
});
