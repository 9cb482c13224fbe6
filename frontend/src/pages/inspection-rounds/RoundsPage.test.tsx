import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import dayjs from 'dayjs';
import type { Role } from '../../app/access';
import { GUANGDONG_ID, pageOf, sessionFor, SHENZHEN_ID, unitTree } from '../../test/fixtures';
import { renderApp } from '../../test/render';
import { guangdongRound, ROUND_ID } from '../../test/inspectionFixtures';
import { toRoundRequest } from './PlanRoundModal';

function renderRounds(path: string, role: Role) {
  return renderApp({
    session: sessionFor(role),
    path,
    handlers: {
      'GET /api/me': {},
      'GET /api/units': unitTree,
      'GET /api/inspection/rounds': pageOf([guangdongRound, { ...guangdongRound, id: 'r-2', title: '广东省邮政管理局 2026 年巡视 回头看', followUpOf: ROUND_ID, status: 'PLANNED', overdueFindings: 0 }]),
    },
  });
}

describe('巡视巡察', () => {
  it('asks for the kind, stage and year of the URL and lists the rounds with their findings, overdue in red', async () => {
    const { api } = renderRounds('/inspection/rounds?kind=INSPECTION&status=ON_SITE&year=2026', 'leader');
    const row = (await screen.findByText('广东省邮政管理局 2026 年巡视')).closest('tr')!;
    expect(Object.fromEntries(new URL(api.calls('GET /api/inspection/rounds').at(-1)!.url).searchParams)).toEqual({ kind: 'INSPECTION', status: 'ON_SITE', year: '2026' });
    expect(within(row).getByText('巡视')).toBeInTheDocument();
    expect(within(row).getByText('进驻')).toBeInTheDocument();
    expect(row).toHaveTextContent('3 个（未销号 2）');
    expect(within(row).getByText('逾期 1').closest('.ant-typography')).toHaveClass('ant-typography-danger');
    expect(screen.getByText('广东省邮政管理局 2026 年巡视 回头看').closest('tr')).toHaveTextContent('回头看');
    expect(screen.queryByText('安排轮次')).not.toBeInTheDocument();
  }, 15_000);

  it('lets an inspector plan a 巡视 of the bureau’s provinces, or a 巡察 of a province’s cities', async () => {
    renderRounds('/inspection/rounds', 'inspector');
    await userEvent.click(await screen.findByText('安排轮次', { selector: 'button span' }));
    const dialog = (await screen.findByText('组长', { selector: 'label' })).closest('.ant-modal') as HTMLElement;
    expect(within(dialog).getByLabelText('巡视（巡察）单位').closest('.ant-select')).toHaveTextContent('国家邮政局');
    await userEvent.click(within(dialog).getByLabelText('被巡视（巡察）单位'));
    expect((await screen.findAllByTitle('北京市邮政管理局')).length).toBeGreaterThan(0);
    expect(screen.getAllByTitle('广东省邮政管理局').length).toBeGreaterThan(0);
    expect(screen.queryByTitle('深圳市邮政管理局')).not.toBeInTheDocument();

    await userEvent.click(within(dialog).getByText('巡察'));
    await waitFor(() => expect(within(dialog).getByLabelText('巡视（巡察）单位').closest('.ant-select')).toHaveTextContent('北京市邮政管理局'));
    expect(within(dialog).getByText('巡察由省级邮政管理局对所辖市级邮政管理局开展')).toBeInTheDocument();
  }, 20_000);

  it('sends the round as planned, without blank members', () => {
    expect(
      toRoundRequest({
        kind: 'CIRCUIT',
        ownerUnitId: GUANGDONG_ID,
        title: ' 深圳市局 2026 年巡察 ',
        teamLeader: '赵巡视 ',
        teamMembers: ['钱组员', ' '],
        targetUnitIds: [SHENZHEN_ID],
        onSiteStart: dayjs('2026-09-01'),
        onSiteEnd: dayjs('2026-09-20'),
        feedbackDate: dayjs('2026-10-10'),
      }),
    ).toEqual({
      kind: 'CIRCUIT',
      ownerUnitId: GUANGDONG_ID,
      title: '深圳市局 2026 年巡察',
      teamLeader: '赵巡视',
      teamMembers: ['钱组员'],
      targetUnitIds: [SHENZHEN_ID],
      onSiteStart: '2026-09-01',
      onSiteEnd: '2026-09-20',
      feedbackDate: '2026-10-10',
    });
  });
});
