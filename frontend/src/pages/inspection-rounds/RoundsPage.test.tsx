import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import dayjs from 'dayjs';
import type { Role } from '../../app/access';
import type { InspectionRound } from '../../api/types';
import { json, type Handler } from '../../test/fakeApi';
import { BUREAU_ID, cadre, CADRE_ID, GUANGDONG_ID, pageOf, sessionFor, SHENZHEN_ID, unitTree } from '../../test/fixtures';
import { renderApp } from '../../test/render';
import { findingPage, guangdongRound, ROUND_ID } from '../../test/inspectionFixtures';
import { toRoundRequest } from './PlanRoundModal';

const AUDIT_ID = '80000000-0000-4000-8000-000000000007';

/** The bureau's departure audit of 陈建国, Guangdong's leader: its one target is his unit, set by the service. */
const auditRound: InspectionRound = {
  ...guangdongRound,
  id: AUDIT_ID,
  kind: 'AUDIT',
  title: '陈建国同志离任经济责任审计',
  teamLeader: '赵审计',
  teamMembers: [],
  onSiteStart: '2026-12-01',
  onSiteEnd: '2026-12-20',
  feedbackDate: '2027-01-10',
  status: 'PLANNED',
  findings: 0,
  openFindings: 0,
  overdueFindings: 0,
  allowedCommands: ['START'],
  auditType: 'DEPARTURE',
  auditeeCadreId: CADRE_ID,
  auditeeName: '陈建国',
  auditFrom: '2021-03-01',
  auditTo: '2026-02-28',
};

function renderRounds(path: string, role: Role, handlers: Record<string, Handler> = {}) {
  return renderApp({
    session: sessionFor(role),
    path,
    handlers: {
      'GET /api/me': {},
      'GET /api/units': unitTree,
      'GET /api/inspection/rounds': pageOf([guangdongRound, { ...guangdongRound, id: 'r-2', title: '广东省邮政管理局 2026 年巡视 回头看', followUpOf: ROUND_ID, status: 'PLANNED', overdueFindings: 0 }]),
      ...handlers,
    },
  });
}

/** Types a day into an antd date picker and confirms it. */
async function pickDay(dialog: HTMLElement, label: string, day: string) {
  const input = within(dialog).getByLabelText(label);
  await userEvent.click(input);
  await userEvent.type(input, `${day}{enter}`);
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

  it('plans an audit of a leader: its type, the leader and the period audited, and no units to choose', async () => {
    const { api } = renderRounds('/inspection/rounds', 'inspector', {
      'GET /api/cadres': pageOf([cadre]),
      'POST /api/inspection/rounds': () => json(auditRound, 201),
      [`GET /api/inspection/rounds/${AUDIT_ID}`]: auditRound,
      [`GET /api/inspection/rounds/${AUDIT_ID}/findings`]: findingPage([]),
    });
    await userEvent.click(await screen.findByText('安排轮次', { selector: 'button span' }));
    const dialog = (await screen.findByText('组长', { selector: 'label' })).closest('.ant-modal') as HTMLElement;
    await userEvent.click(within(dialog).getByText('经济责任审计'));
    expect(await within(dialog).findByText('审计类型', { selector: 'label' })).toBeInTheDocument();
    expect(within(dialog).queryByLabelText('被巡视（巡察）单位')).not.toBeInTheDocument();
    expect(within(dialog).getByLabelText('组织审计单位').closest('.ant-select')).toHaveTextContent('国家邮政局');

    await userEvent.click(within(dialog).getByText('离任'));
    await userEvent.type(within(dialog).getByLabelText('被审计领导干部'), '陈');
    await userEvent.click(await screen.findByText('陈建国（YZ000001）'));
    // the leaders below the auditing unit
    expect(new URL(api.calls('GET /api/cadres').at(-1)!.url).searchParams.get('unitId')).toBe(BUREAU_ID);
    await pickDay(dialog, '审计期间起', '2021-03-01');
    await pickDay(dialog, '审计期间止', '2026-02-28');
    await userEvent.type(within(dialog).getByLabelText('轮次名称'), '陈建国同志离任经济责任审计');
    await userEvent.type(within(dialog).getByLabelText('组长'), '赵审计');
    await pickDay(dialog, '进驻日期', '2026-12-01');
    await pickDay(dialog, '撤离日期', '2026-12-20');
    await pickDay(dialog, '反馈日期', '2027-01-10');
    await userEvent.click(within(dialog).getByText(/^保\s?存$/));

    await waitFor(() => expect(api.calls('POST /api/inspection/rounds')).toHaveLength(1));
    const body = await api.calls('POST /api/inspection/rounds')[0].json();
    expect(body).toEqual({
      kind: 'AUDIT',
      ownerUnitId: BUREAU_ID,
      title: '陈建国同志离任经济责任审计',
      teamLeader: '赵审计',
      teamMembers: [],
      onSiteStart: '2026-12-01',
      onSiteEnd: '2026-12-20',
      feedbackDate: '2027-01-10',
      auditType: 'DEPARTURE',
      auditeeCadreId: CADRE_ID,
      auditFrom: '2021-03-01',
      auditTo: '2026-02-28',
    });
    expect(body).not.toHaveProperty('targetUnitIds');

    // the round's page says what is audited
    expect(await screen.findByRole('heading', { name: '陈建国同志离任经济责任审计' })).toBeInTheDocument();
    const facts = screen.getByText('审计类型').closest('.ant-descriptions') as HTMLElement;
    expect(within(facts).getByText('离任')).toBeInTheDocument();
    expect(within(facts).getByText('陈建国')).toBeInTheDocument();
    expect(within(facts).getByText('2021-03-01 至 2026-02-28')).toBeInTheDocument();
    expect(within(facts).getByText('被审计领导干部所在单位')).toBeInTheDocument();
  }, 40_000);

  it('tags an audit in gold in the list, with the leader audited beside the unit', async () => {
    renderRounds('/inspection/rounds', 'leader', { 'GET /api/inspection/rounds': pageOf([auditRound]) });
    const row = (await screen.findByText('陈建国同志离任经济责任审计')).closest('tr') as HTMLElement;
    expect(within(row).getByText('经济责任审计').closest('.ant-tag')).toHaveClass('ant-tag-gold');
    expect(row).toHaveTextContent('广东省邮政管理局（陈建国，离任）');
  }, 15_000);

  it('sends an audit without targets and a 巡视 without audit fields', () => {
    const common = {
      ownerUnitId: BUREAU_ID,
      title: ' 离任审计 ',
      teamLeader: '赵审计',
      onSiteStart: dayjs('2026-12-01'),
      onSiteEnd: dayjs('2026-12-20'),
      feedbackDate: dayjs('2027-01-10'),
    };
    const audit = toRoundRequest({
      ...common,
      kind: 'AUDIT',
      targetUnitIds: [GUANGDONG_ID],
      auditType: 'IN_TERM',
      auditeeCadreId: { value: CADRE_ID, label: '陈建国（YZ000001）' },
      auditFrom: dayjs('2023-01-01'),
      auditTo: dayjs('2025-12-31'),
    });
    expect(audit).toEqual({ ...audit, kind: 'AUDIT', auditType: 'IN_TERM', auditeeCadreId: CADRE_ID, auditFrom: '2023-01-01', auditTo: '2025-12-31' });
    expect(audit).not.toHaveProperty('targetUnitIds');
    const inspection = toRoundRequest({ ...common, kind: 'INSPECTION', targetUnitIds: [GUANGDONG_ID], auditType: 'IN_TERM' });
    expect(inspection.targetUnitIds).toEqual([GUANGDONG_ID]);
    expect(inspection).not.toHaveProperty('auditType');
  });

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
