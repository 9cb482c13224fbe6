import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import dayjs from 'dayjs';
import type { Role } from '../../app/access';
import type { InspectionRound } from '../../api/types';
import { GUANGDONG_ID, sessionFor, unitTree } from '../../test/fixtures';
import type { Handler } from '../../test/fakeApi';
import { renderApp } from '../../test/render';
import { FINDING_ID, findingPage, guangdongRound, openFinding, overdueFinding, ROUND_ID } from '../../test/inspectionFixtures';
import { toFollowUpRequest } from './FollowUpModal';

const FOLLOW_UP_ID = '80000000-0000-4000-8000-000000000009';
const closedFinding = { ...openFinding, status: 'CLOSED' as const, mayReport: false, conclusion: '整改到位' };

function renderRound(round: InspectionRound, role: Role = 'inspector', handlers: Record<string, Handler> = {}) {
  return renderApp({
    session: sessionFor(role),
    path: `/inspection/rounds/${round.id}`,
    handlers: {
      'GET /api/me': {},
      'GET /api/units': unitTree,
      [`GET /api/inspection/rounds/${round.id}`]: round,
      [`GET /api/inspection/rounds/${round.id}/findings`]: findingPage([openFinding, overdueFinding]),
      ...handlers,
    },
  });
}

describe('a round’s page', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=csrf-7; path=/';
  });

  it('offers the stage commands the round allows and its findings, overdue in red', async () => {
    renderRound(guangdongRound);
    expect(await screen.findByRole('heading', { name: '广东省邮政管理局 2026 年巡视' })).toBeInTheDocument();
    expect(screen.getByText(/^反\s?馈$/, { selector: 'button span' })).toBeInTheDocument();
    expect(screen.queryByText(/^进\s?驻$/, { selector: 'button span' })).not.toBeInTheDocument();
    expect(screen.queryByText(/^结\s?束$/, { selector: 'button span' })).not.toBeInTheDocument();
    const overdue = (await screen.findByText('基层调研不深入')).closest('tr')!;
    expect(within(overdue).getByText('逾期 16 天').closest('.ant-tag')).toHaveClass('ant-tag-error');
    expect(within(screen.getByText('寄递安全隐患排查不彻底').closest('tr')!).queryByText(/逾期/)).not.toBeInTheDocument();
    expect(screen.getByText('录入问题', { selector: 'button span' })).toBeInTheDocument();
  }, 15_000);

  it('shows a leader the round without commands or the finding form', async () => {
    renderRound({ ...guangdongRound, allowedCommands: [] }, 'leader');
    await screen.findByText('基层调研不深入');
    expect(screen.queryByText(/^反\s?馈$/, { selector: 'button span' })).not.toBeInTheDocument();
    expect(screen.queryByText('录入问题')).not.toBeInTheDocument();
  }, 15_000);

  it('records a finding of an inspected unit, with the deadline left to the service', async () => {
    const { api } = renderRound(guangdongRound, 'inspector', {
      [`POST /api/inspection/rounds/${ROUND_ID}/findings`]: () => new Response(JSON.stringify({ ...openFinding, dueOn: '2026-12-10' }), { status: 201, headers: { 'Content-Type': 'application/json' } }),
    });
    await userEvent.click(await screen.findByText('录入问题', { selector: 'button span' }));
    const dialog = (await screen.findByText('问题描述', { selector: 'label' })).closest('.ant-modal') as HTMLElement;
    expect(within(dialog).getByLabelText('责任单位').closest('.ant-select')).toHaveTextContent('广东省邮政管理局');
    expect(within(dialog).getByText('不填则为反馈后 2 个月（反馈日期 2026-10-10）')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByLabelText('问题类别'));
    await userEvent.click(await screen.findByTitle('选人用人'));
    await userEvent.click(within(dialog).getByText('较重'));
    await userEvent.click(within(dialog).getByLabelText('反映的本领'));
    await userEvent.click(await screen.findByTitle('政治领导本领'));
    await userEvent.type(within(dialog).getByLabelText('问题描述'), '干部选任程序不规范');
    await userEvent.type(within(dialog).getByLabelText('整改责任人'), '人事处处长');
    await userEvent.click(within(dialog).getByText(/^保\s?存$/));

    await waitFor(() => expect(api.calls(`POST /api/inspection/rounds/${ROUND_ID}/findings`)).toHaveLength(1));
    expect(await api.calls(`POST /api/inspection/rounds/${ROUND_ID}/findings`)[0].json()).toEqual({
      unitId: GUANGDONG_ID,
      cadreIds: [],
      category: '选人用人',
      severity: 'SERIOUS',
      capability: 'POLITICAL_LEADERSHIP',
      description: '干部选任程序不规范',
      rectificationOwner: '人事处处长',
    });
    expect(await screen.findByText('已录入问题，整改期限 2026-12-10')).toBeInTheDocument();
  }, 25_000);

  it('re-checks the findings of the round it follows up: not fixed reopens one', async () => {
    const followUp = { ...guangdongRound, id: FOLLOW_UP_ID, title: '广东省邮政管理局 回头看', followUpOf: ROUND_ID, recheckFindingIds: [FINDING_ID] };
    const { api } = renderRound(followUp, 'inspector', {
      [`GET /api/inspection/rounds/${FOLLOW_UP_ID}/findings`]: findingPage([]),
      'GET /api/inspection/findings': findingPage([closedFinding, overdueFinding]),
      [`POST /api/inspection/findings/${FINDING_ID}/recheck`]: { ...closedFinding, status: 'REOPENED', dueOn: '2027-01-26' },
    });
    const rechecks = (await screen.findByText('回头看：复查的问题')).closest('.ant-card') as HTMLElement;
    const row = (await within(rechecks).findByText('寄递安全隐患排查不彻底')).closest('tr')!;
    expect(within(rechecks).queryByText('基层调研不深入')).not.toBeInTheDocument();
    expect(new URL(api.calls('GET /api/inspection/findings')[0].url).searchParams.get('roundId')).toBe(ROUND_ID);
    await userEvent.click(within(row).getByText(/^复\s?查$/, { selector: 'button span' }));
    const dialog = (await screen.findByText('复查结论', { selector: 'label' })).closest('.ant-modal') as HTMLElement;
    await userEvent.click(within(dialog).getByText('整改不到位，重新整改'));
    await userEvent.type(within(dialog).getByLabelText('复查意见'), '台账未更新');
    await userEvent.click(within(dialog).getByText(/^保\s?存$/));

    await waitFor(() => expect(api.calls(`POST /api/inspection/findings/${FINDING_ID}/recheck`)).toHaveLength(1));
    expect(await api.calls(`POST /api/inspection/findings/${FINDING_ID}/recheck`)[0].json()).toEqual({ roundId: FOLLOW_UP_ID, fixed: false, note: '台账未更新' });
    expect(await screen.findByText('已重新整改，新期限 2027-01-26')).toBeInTheDocument();
  }, 25_000);

  it('offers 发起回头看 once the round has closed findings, re-checking them in a round of the same kind and unit', async () => {
    renderRound({ ...guangdongRound, status: 'CLOSED', allowedCommands: [] }, 'inspector', {
      [`GET /api/inspection/rounds/${ROUND_ID}/findings`]: findingPage([closedFinding, overdueFinding]),
    });
    await userEvent.click(await screen.findByText('发起回头看', { selector: 'button span' }));
    const dialog = (await screen.findByText('复查的已销号问题', { selector: 'label' })).closest('.ant-modal') as HTMLElement;
    expect(within(dialog).getByRole('checkbox', { name: /安全监管/ })).toBeChecked();
    expect(within(dialog).queryByRole('checkbox', { name: /作风建设/ })).not.toBeInTheDocument();
    expect(within(dialog).getByLabelText('轮次名称')).toHaveValue('广东省邮政管理局 2026 年巡视 回头看');

    expect(
      toFollowUpRequest(guangdongRound, {
        recheckFindingIds: [FINDING_ID],
        title: '回头看',
        teamLeader: '赵巡视',
        onSiteStart: dayjs('2027-03-01'),
        onSiteEnd: dayjs('2027-03-10'),
        feedbackDate: dayjs('2027-03-20'),
      }),
    ).toMatchObject({ kind: 'INSPECTION', ownerUnitId: guangdongRound.ownerUnitId, targetUnitIds: [], followUpOf: ROUND_ID, recheckFindingIds: [FINDING_ID] });
  }, 20_000);
});
