import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Portfolio, TrainingRecord } from '../../api/types';
import { notFound, type Handler } from '../../test/fakeApi';
import { cadre, CADRE_ID, meFor, pageOf, sessionFor } from '../../test/fixtures';
import { portfolioOf } from '../../test/portfolioFixtures';
import { renderApp } from '../../test/render';
import { myLearning } from '../../test/trainingFixtures';
import { lateTrip } from '../../test/travelFixtures';

const PORTFOLIO = `GET /api/cadres/${CADRE_ID}/portfolio`;

function renderPortfolio(answer: Handler | Portfolio = portfolioOf(), role: 'hr' | 'cadre' = 'hr') {
  return renderApp({
    session: sessionFor(role),
    path: `/cadres/${CADRE_ID}/portfolio`,
    handlers: { 'GET /api/me': meFor(role), [PORTFOLIO]: answer as Handler },
  });
}

/** The card of a section, by its title. */
const section = (title: string) => screen.getByRole('region', { name: title });

describe('干部全景档案', () => {
  it('shows the cadre’s name and every section the services answered', async () => {
    renderPortfolio();

    expect(await screen.findByRole('heading', { name: '干部全景档案 — 陈建国' })).toBeInTheDocument();
    expect(document.title).toBe('干部全景档案 — 陈建国');
    expect(screen.getByText(/^生成于 /)).toBeInTheDocument();

    expect(within(section('基本信息')).getByText('YZ000001')).toBeInTheDocument();
    expect(within(section('基本信息')).getByText('硕士研究生')).toBeInTheDocument();
    expect(within(section('任职经历')).getByText('北京市邮政管理局 → 广东省邮政管理局')).toBeInTheDocument();

    const annual = within(section('培训学时')).getByRole('group', { name: '年度学时（乡科级及以下）' });
    expect(within(annual).getByText('32 / 90 学时')).toBeInTheDocument();
    const record = within(section('培训记录')).getByText('防范化解重大风险专题培训（第一期）').closest('tr')!;
    expect(record).toHaveTextContent('2026-03-06防范化解重大风险专题培训（第一期）培训班32');
    expect(record).toHaveTextContent('国家邮政局');
    expect(within(section('培训记录')).getByText('共 1 条')).toBeInTheDocument();
    expect(within(section('培训建议')).getByText('群众工作与信访处置能力提升')).toBeInTheDocument();

    const profile = section('考核与八项本领');
    expect(within(profile).getByText('2025', { selector: 'td' }).closest('tr')).toHaveTextContent('优秀嘉奖');
    // the evidence is open without a click
    expect(within(profile).getByText('近 5 年相关培训 32 学时').closest('[role="listitem"]')).toHaveTextContent('+3培训');
    expect(within(profile).getByText('无同职级数据')).toBeInTheDocument();

    expect(within(section('能力短板')).getByText('55 / 60')).toBeInTheDocument();
    const eligibility = section('资格');
    expect(within(eligibility).getByText('受处分或组织处理影响，影响期至 2026-12-31')).toBeInTheDocument();
    expect(within(eligibility).getByText('可以提名挂职锻炼')).toBeInTheDocument();
    expect(within(section('实践锻炼')).getByText('四川省邮政管理局')).toBeInTheDocument();
    expect(within(section('巡视问题')).getByText('寄递安全隐患排查不彻底')).toBeInTheDocument();
    const measures = section('监督措施');
    expect(within(measures).getByText('第二种形态')).toBeInTheDocument();
    expect(within(measures).getByText('至 2026-11-30')).toBeInTheDocument();
    const pool = within(section('选拔任用')).getByText('广东省局优秀年轻干部库').closest('tr')!;
    expect(pool).toHaveTextContent('副厅局级在库');
    const trip = within(section('出国（境）记录')).getByText('泰国').closest('tr')!;
    expect(trip).toHaveTextContent('2026-07-01 至 2026-07-05');
    expect(within(trip).getByText('证照已交回')).toBeInTheDocument();
    expect(within(trip).getByText('逾期交回')).toBeInTheDocument();

    expect(screen.queryByText('无权查看此部分')).not.toBeInTheDocument();
    expect(screen.queryByText('该部分所属服务暂不可用，其余内容照常显示')).not.toBeInTheDocument();
  }, 15_000);

  it('says only that a refused section may not be seen, nothing of what it holds', async () => {
    renderPortfolio(portfolioOf({ status: { MEASURES: 'RESTRICTED' } }));
    await screen.findByRole('heading', { name: '干部全景档案 — 陈建国' });

    const measures = section('监督措施');
    expect(within(measures).getByText('无权查看此部分')).toBeInTheDocument();
    expect(within(measures).queryByRole('table')).not.toBeInTheDocument();
    expect(within(measures).queryByText('第二种形态')).not.toBeInTheDocument();
    expect(within(measures).queryByText('履职不力')).not.toBeInTheDocument();
    expect(within(measures).queryByText('forbidden')).not.toBeInTheDocument();
    // the rest as usual
    expect(within(section('巡视问题')).getByText('寄递安全隐患排查不彻底')).toBeInTheDocument();
  }, 15_000);

  it('shows the trips abroad with no command on them, and says so when the inspection service is down', async () => {
    const overdue = { ...lateTrip, status: 'ISSUED' as const, returnedOn: null, overdue: true, returnedLate: false, actions: ['RETURN_PASSPORT' as const] };
    const view = renderPortfolio(portfolioOf({ trips: pageOf([overdue]) }));
    await screen.findByRole('heading', { name: '干部全景档案 — 陈建国' });
    const trips = section('出国（境）记录');
    expect(within(trips).getByText('逾期未交回')).toBeInTheDocument();
    expect(within(trips).getByText('共 1 条')).toBeInTheDocument();
    expect(within(trips).queryByText(/交回证照/)).not.toBeInTheDocument();
    view.unmount();

    renderPortfolio(portfolioOf({ status: { TRIPS: 'UNAVAILABLE' } }));
    await screen.findByRole('heading', { name: '干部全景档案 — 陈建国' });
    expect(within(section('出国（境）记录')).getByText('该部分所属服务暂不可用，其余内容照常显示')).toBeInTheDocument();
  }, 15_000);

  it('shows 暂无记录 for a section its owner holds nothing of', async () => {
    renderPortfolio(portfolioOf({ status: { POSTINGS: 'NOT_FOUND' } }));
    await screen.findByRole('heading', { name: '干部全景档案 — 陈建国' });
    expect(within(section('实践锻炼')).getByText('暂无记录')).toBeInTheDocument();
  }, 15_000);

  it('warns of unavailable training sections, shows the rest, and asks again on 重试', async () => {
    const unavailable = portfolioOf({ status: { COMPLIANCE: 'UNAVAILABLE', TRAINING_RECORDS: 'UNAVAILABLE', TRAINING_PROPOSALS: 'UNAVAILABLE' } });
    let calls = 0;
    const { api } = renderPortfolio(() => (++calls === 1 ? unavailable : portfolioOf()));
    await screen.findByRole('heading', { name: '干部全景档案 — 陈建国' });

    const records = section('培训记录');
    expect(within(records).getByText('该部分所属服务暂不可用，其余内容照常显示')).toBeInTheDocument();
    expect(within(records).queryByText('防范化解重大风险专题培训（第一期）')).not.toBeInTheDocument();
    expect(screen.getAllByText('该部分所属服务暂不可用，其余内容照常显示')).toHaveLength(3);
    expect(within(section('基本信息')).getByText('YZ000001')).toBeInTheDocument();

    await userEvent.click(within(records).getByRole('button', { name: /重\s?试/ }));
    expect(await within(section('培训记录')).findByText('防范化解重大风险专题培训（第一期）')).toBeInTheDocument();
    expect(api.calls(PORTFOLIO)).toHaveLength(2);
    expect(screen.queryByText('该部分所属服务暂不可用，其余内容照常显示')).not.toBeInTheDocument();
  }, 15_000);

  it('shows the not-found result for a cadre outside the caller’s scope', async () => {
    renderPortfolio(() => notFound(`cadre ${CADRE_ID} does not exist or is not visible to you`));
    expect(await screen.findByText('未找到，或不在您的查看范围内')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: '基本信息' })).not.toBeInTheDocument();
  }, 15_000);

  it('prints with window.print, every row of each table while printing', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const records: TrainingRecord[] = Array.from({ length: 12 }, (_, index) => ({
      ...myLearning.records![0],
      id: `r-${index + 1}`,
      title: `培训 ${index + 1}`,
    }));
    renderPortfolio(portfolioOf({ trainingRecords: { ...pageOf(records), total: 30 } }));
    await screen.findByRole('heading', { name: '干部全景档案 — 陈建国' });

    await userEvent.click(screen.getByRole('button', { name: /打\s?印/ }));
    expect(print).toHaveBeenCalledTimes(1);

    const rows = () => within(section('培训记录')).queryAllByText(/^培训 \d+$/);
    expect(rows()).toHaveLength(10);
    expect(within(section('培训记录')).getByText('共 30 条，此处列出 12 条')).toBeInTheDocument();
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(rows()).toHaveLength(12);
    expect(section('培训记录').querySelector('.ant-pagination')).toBeNull();
    expect(within(section('培训记录')).getByText('共 30 条，此处列出 12 条')).toBeInTheDocument();
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(rows()).toHaveLength(10);
  }, 15_000);

  it('is offered on the cadre’s page', async () => {
    renderApp({
      session: sessionFor('inspector'),
      path: `/cadres/${CADRE_ID}`,
      handlers: { 'GET /api/me': meFor('inspector'), [`GET /api/cadres/${CADRE_ID}`]: cadre, [PORTFOLIO]: portfolioOf() },
    });
    await userEvent.click(await screen.findByRole('button', { name: /全景档案/ }));
    expect(await screen.findByRole('heading', { name: '干部全景档案 — 陈建国' })).toBeInTheDocument();
  }, 15_000);

  it('opens for a cadre from the own profile', async () => {
    renderApp({
      session: sessionFor('cadre'),
      path: '/my-profile',
      handlers: {
        'GET /api/me': meFor('cadre'),
        [`GET /api/cadres/${CADRE_ID}/transfers`]: [],
        'GET /api/inspection/measures': pageOf([]),
        [PORTFOLIO]: portfolioOf({ status: { FINDINGS: 'RESTRICTED' } }),
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: /全景档案/ }));
    expect(await screen.findByRole('heading', { name: '干部全景档案 — 陈建国' })).toBeInTheDocument();
    expect(within(section('巡视问题')).getByText('无权查看此部分')).toBeInTheDocument();
  }, 15_000);

  it('offers HR the 干部任免审批表 filled by the gateway, and a cadre no such download', async () => {
    const hr = renderPortfolio();
    const form = await screen.findByRole('link', { name: /干部任免审批表/ });
    expect(form).toHaveAttribute('href', `/api/cadres/${CADRE_ID}/appointment-form`);
    expect(form).toHaveAttribute('download');
    hr.unmount();

    renderPortfolio(portfolioOf(), 'cadre');
    expect(await screen.findByRole('heading', { name: '干部全景档案 — 陈建国' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /干部任免审批表/ })).not.toBeInTheDocument();
  });
});
