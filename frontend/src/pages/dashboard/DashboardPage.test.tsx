import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Dashboard } from '../../api/types';
import { bureauCompliance, dashboardOf } from '../../test/dashboardFixtures';
import { chartNamed, optionOf, seriesOf } from '../../test/fakeEcharts';
import type { Handler } from '../../test/fakeApi';
import { BEIJING_ID, BUREAU_ID, CADRE_ID, GUANGDONG_ID, meFor, pageOf, SHENZHEN_ID, sessionFor, unitTree } from '../../test/fixtures';
import { portfolioOf } from '../../test/portfolioFixtures';
import { currentUrl, renderApp } from '../../test/render';
import { guangdongCompliance } from '../../test/trainingFixtures';

const DASHBOARD = 'GET /api/dashboard';
const HEATMAP = '国家邮政局各单位八项本领平均分';
const MAP = '学时达标率（按省份）';

interface Options {
  role?: 'leader' | 'hr' | 'inspector';
  path?: string;
  locale?: 'zh-CN' | 'en-US';
}

function renderDashboard(answer: Handler | Dashboard = dashboardOf(), { role = 'leader', path = '/dashboard', locale }: Options = {}) {
  return renderApp({
    session: sessionFor(role),
    path,
    locale,
    handlers: {
      'GET /api/me': meFor(role),
      'GET /api/units': unitTree,
      [DASHBOARD]: answer as Handler,
      // Where the drill-downs lead.
      'GET /api/training/compliance': guangdongCompliance,
      'GET /api/assessment/gaps': pageOf([]),
      [`GET /api/cadres/${CADRE_ID}/portfolio`]: portfolioOf(),
    },
  });
}

/** The card of a section, by its title. */
const card = (title: string) => screen.getByRole('region', { name: title });
const queryCard = (title: string) => screen.queryByRole('region', { name: title });
const statistic = (title: string) => screen.getByText(title, { selector: '.ant-statistic-title' }).closest('.ant-statistic') as HTMLElement;
const queries = (api: { calls: (key: string) => Request[] }) => api.calls(DASHBOARD).map((request) => Object.fromEntries(new URL(request.url).searchParams));

/** Opens the data table beside a chart and clicks a button in it. */
async function clickInTable(chart: string, button: string) {
  const figure = screen.getByRole('img', { name: chart }).parentElement!;
  await userEvent.click(within(figure).getByRole('button', { name: /数据表/ }));
  await userEvent.click(within(within(figure).getByRole('table')).getByRole('button', { name: button }));
}

interface HeatmapCell {
  value: [number, number, number];
  label: { formatter: string };
}

describe('领导驾驶舱', () => {
  it('shows a leader every section of the bureau, each in its card, with the key figures on top', async () => {
    const { api } = renderDashboard();

    expect(await screen.findByRole('img', { name: HEATMAP })).toBeInTheDocument();
    expect(queries(api)).toEqual([{}]);
    expect(screen.getByText(/^生成于 2026年11月26日 10:30$/)).toBeInTheDocument();

    expect(statistic('干部人数')).toHaveTextContent('24人');
    expect(statistic('学时达标率')).toHaveTextContent('66.7%');
    expect(statistic('2025 年度优秀 / 限额')).toHaveTextContent('5/ 4');
    expect(statistic('逾期未整改问题')).toHaveTextContent('1项');

    // 八项本领: the units with cadres (办公室 has none), the averages in their cells, the gaps in the tooltip.
    const heatmap = optionOf(HEATMAP);
    expect(heatmap.yAxis).toMatchObject({ data: [BUREAU_ID, BEIJING_ID, GUANGDONG_ID] });
    const [cells] = seriesOf(heatmap) as { type: string; data: HeatmapCell[] }[];
    expect(cells.type).toBe('heatmap');
    expect(cells.data.map((cell) => cell.value)).toEqual([
      [0, 0, 81],
      [1, 0, 84],
      [5, 0, 78],
      [0, 1, 75],
      [5, 1, 62.4],
      [7, 1, 70],
      [0, 2, 80],
      [5, 2, 76],
      [7, 2, 58.3],
    ]);
    expect(cells.data.at(-1)!.label.formatter).toBe('58.3');
    expect(heatmap.visualMap).toMatchObject({ min: 58, max: 84 });
    const tooltip = (heatmap.tooltip as { formatter: (params: { value: number[] }) => string }).formatter;
    expect(tooltip({ value: [5, 1, 62.4] })).toBe('北京市邮政管理局 · 群众工作本领<br/>平均分 62.4<br/>未关闭短板 3 个');
    expect(tooltip({ value: [5, 0, 78] })).toBe('国家邮政局（本级） · 群众工作本领<br/>平均分 78.0<br/>未关闭短板 0 个');

    // 学时达标率: the provinces on the map, the bureau's own cadres and its department as bars, the ranks.
    const compliance = card('学时达标率');
    expect(within(compliance).getByText('统计日期：2026-11-26')).toBeInTheDocument();
    await within(compliance).findByRole('img', { name: MAP });
    const [map] = seriesOf(optionOf(MAP)) as { data: { name: string; value: number }[] }[];
    expect(map.data).toEqual([
      { name: '北京市', value: 0.75 },
      { name: '广东省', value: 0.5 },
    ]);
    const others = optionOf('国家邮政局本级及其他单位学时达标率');
    expect(seriesOf(others)[0].data).toEqual([1, 0.5]);
    expect(screen.getByRole('img', { name: '国家邮政局按职级学时达标情况：正厅局级达标率 100%，正县处级达标率 62.5%，正乡科级达标率 58.3%' })).toBeInTheDocument();
    const guangdong = within(compliance).getByRole('link', { name: '广东省邮政管理局' }).closest('tr')!;
    expect(guangdong).toHaveTextContent('广东省邮政管理局1050%—50%50%');

    // 等次分布 against the quota, 北京 beyond its own.
    const grades = card('等次分布与优秀限额');
    expect(within(grades).getByText('2025 年度 · 已确定等次 22 人')).toBeInTheDocument();
    expect(within(grades).getByRole('img', { name: '优秀 5 人，称职 15 人，基本称职 1 人，不称职 0 人；优秀限额 4 人，超出 1 人' })).toBeInTheDocument();
    expect(within(grades).getByRole('link', { name: '北京市邮政管理局' }).closest('tr')).toHaveTextContent('72 / 1超出 1');
    expect(within(grades).getByRole('link', { name: '年度考核' })).toHaveAttribute('href', `/assessment/cycles?year=2025&unitId=${BUREAU_ID}`);

    const rotation = card('实践锻炼（2025 年）');
    expect(within(rotation).getByRole('img', { name: /^东中西交流（派出地区 → 接收地区）：东部→中部 3 人次/ })).toBeInTheDocument();
    expect(within(rotation).getByRole('img', { name: /^按类型：/ })).toBeInTheDocument();
    expect(within(rotation).getByRole('link', { name: '挂职交流' })).toHaveAttribute('href', `/rotation/postings?unitId=${BUREAU_ID}`);
    expect(within(rotation).getByRole('link', { name: '交流统计' })).toHaveAttribute('href', `/rotation/balance?year=2025&unitId=${BUREAU_ID}`);

    expect(within(card('巡视全覆盖')).getByRole('img', { name: '国家邮政局本届应覆盖 3 个单位：已覆盖 1，已安排 1，未覆盖 1' })).toBeInTheDocument();
    const overdue = card('整改逾期');
    expect(within(overdue).getByText('基层调研不深入').closest('tr')).toHaveTextContent('逾期 16 天');
    expect(within(overdue).getByRole('link', { name: '全部逾期问题' })).toHaveAttribute('href', `/inspection/findings?unitId=${BUREAU_ID}&overdue=true`);

    const forms = card('“四种形态”分布');
    expect(within(forms).getByRole('img', { name: /^国家邮政局 2023-01-01 至 2027-12-31：第一种形态 6 人次/ })).toBeInTheDocument();
    expect(within(forms).getByRole('link', { name: '监督执纪' })).toHaveAttribute('href', `/inspection/measures?unitId=${BUREAU_ID}`);

    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  }, 30_000);

  it('leaves out what the caller may not see (HR: the four forms and coverage) and shows the rest', async () => {
    renderDashboard(dashboardOf({ status: { FORMS: 'RESTRICTED', COVERAGE: 'RESTRICTED' } }), { role: 'hr' });
    await screen.findByRole('img', { name: HEATMAP });

    expect(queryCard('“四种形态”分布')).not.toBeInTheDocument();
    expect(queryCard('巡视全覆盖')).not.toBeInTheDocument();
    expect(screen.queryByText(/四种形态|第一种形态/)).not.toBeInTheDocument();
    expect(screen.queryByText('forbidden')).not.toBeInTheDocument();
    for (const title of ['八项本领（按单位）', '学时达标率', '等次分布与优秀限额', '实践锻炼（2025 年）', '整改逾期']) expect(card(title)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  }, 15_000);

  it('names a section whose service did not answer, shows the rest, and asks again with 重试', async () => {
    const answers = [dashboardOf({ status: { COMPLIANCE: 'UNAVAILABLE' } }), dashboardOf()];
    const { api } = renderDashboard(() => answers.shift());
    await screen.findByRole('img', { name: HEATMAP });

    const compliance = card('学时达标率');
    expect(within(compliance).getByRole('alert')).toHaveTextContent('“学时达标”暂不可用：所属服务暂时无法响应，其余内容照常显示');
    expect(within(compliance).queryByRole('img', { name: MAP })).not.toBeInTheDocument();
    expect(statistic('学时达标率')).toHaveTextContent('—');
    expect(card('等次分布与优秀限额')).toBeInTheDocument();
    expect(screen.getAllByRole('alert')).toHaveLength(1);

    await userEvent.click(within(compliance).getByRole('button', { name: /重\s*试/ }));
    expect(await within(compliance).findByRole('img', { name: MAP })).toBeInTheDocument();
    expect(queries(api)).toEqual([{}, { fresh: 'true' }]);
  }, 15_000);

  it('leads from a province, on the map or in its table, to the compliance of its cadres', async () => {
    const { router } = renderDashboard();
    await screen.findByRole('img', { name: MAP });

    chartNamed(MAP).click({ name: '北京市' });
    await waitFor(() => expect(currentUrl(router)).toBe(`/compliance?unitId=${BEIJING_ID}`));
    router.navigate(-1);

    await screen.findByRole('img', { name: MAP });
    await clickInTable(MAP, '广东省');
    await waitFor(() => expect(currentUrl(router)).toBe(`/compliance?unitId=${GUANGDONG_ID}`));

    // …and on from one of them to the cadre's 全景档案.
    const chen = (await screen.findByText('120 / 550 学时')).closest('tr')!;
    await userEvent.click(within(chen).getByRole('link', { name: '全景档案' }));
    await waitFor(() => expect(currentUrl(router)).toBe(`/cadres/${CADRE_ID}/portfolio`));
    expect(await screen.findByRole('heading', { name: '干部全景档案 — 陈建国' })).toBeInTheDocument();
  }, 30_000);

  it('leads from a cell of the heat map to the open gaps of that unit and capability', async () => {
    const { router } = renderDashboard();
    await screen.findByRole('img', { name: HEATMAP });

    chartNamed(HEATMAP).click({ value: [5, 1, 62.4] });
    await waitFor(() => expect(currentUrl(router)).toBe(`/assessment/gaps?unitId=${BEIJING_ID}&capability=MASS_WORK`));
    router.navigate(-1);

    await screen.findByRole('img', { name: HEATMAP });
    const figure = screen.getByRole('img', { name: HEATMAP }).parentElement!;
    await userEvent.click(within(figure).getByRole('button', { name: /数据表/ }));
    const guangdong = within(figure).getByRole('rowheader', { name: '广东省邮政管理局' }).closest('tr')!;
    await userEvent.click(within(guangdong).getByRole('button', { name: '58.3（短板 2）' }));
    await waitFor(() => expect(currentUrl(router)).toBe(`/assessment/gaps?unitId=${GUANGDONG_ID}&capability=RISK_MANAGEMENT`));
  }, 30_000);

  it('asks for the unit and year of the URL, and puts a chosen year there', async () => {
    const { api, router } = renderDashboard(dashboardOf({ unitId: GUANGDONG_ID, year: 2024 }), { path: `/dashboard?unitId=${GUANGDONG_ID}&year=2024` });
    await screen.findByRole('img', { name: HEATMAP });
    expect(queries(api)).toEqual([{ unitId: GUANGDONG_ID, year: '2024' }]);

    await userEvent.click(screen.getByRole('combobox', { name: '年度' }));
    await userEvent.click(await screen.findByTitle('2023 年度'));
    await waitFor(() => expect(currentUrl(router)).toBe(`/dashboard?unitId=${GUANGDONG_ID}&year=2023`));
    await waitFor(() => expect(queries(api).at(-1)).toEqual({ unitId: GUANGDONG_ID, year: '2023' }));
  }, 15_000);

  it('asks the owners again on 刷新 (fresh=true) and shows when the new figures were composed', async () => {
    const answers = [dashboardOf(), dashboardOf({ composedAt: '2026-11-26T02:35:00Z' })];
    const { api } = renderDashboard(() => answers.shift());
    await screen.findByText(/^生成于 .*10:30$/);

    await userEvent.click(screen.getByRole('button', { name: /刷\s*新/ }));
    expect(await screen.findByText(/^生成于 .*10:35$/)).toBeInTheDocument();
    expect(queries(api)).toEqual([{}, { fresh: 'true' }]);
  }, 15_000);

  it('draws a province’s cities as bars rather than on the map', async () => {
    const cities = {
      ...bureauCompliance,
      unitId: GUANGDONG_ID,
      unitName: '广东省邮政管理局',
      units: [
        { ...bureauCompliance.units[3], unitName: '广东省邮政管理局', own: true },
        { ...bureauCompliance.units[2], unitId: SHENZHEN_ID, unitCode: '440300', unitName: '深圳市邮政管理局' },
      ],
    };
    renderDashboard(dashboardOf({ compliance: cities }), { role: 'hr' });
    const bars = await screen.findByRole('img', { name: '广东省邮政管理局各单位学时达标率' });
    expect(bars).toBeInTheDocument();
    expect(seriesOf(optionOf('广东省邮政管理局各单位学时达标率'))[0].data).toEqual([0.5, 0.75]);
    expect(screen.queryByRole('img', { name: MAP })).not.toBeInTheDocument();
    expect(within(card('学时达标率')).getByRole('link', { name: '深圳市邮政管理局' })).toHaveAttribute('href', `/compliance?unitId=${SHENZHEN_ID}`);
  }, 15_000);

  it('says so where there is nothing to show yet', async () => {
    const none = dashboardOf({
      assessment: { ...dashboardOf().assessment!, year: null, units: [], grades: {}, ungraded: 0, excellentQuota: 0 },
      overdueFindings: pageOf([]),
      rotation: { ...dashboardOf().rotation!, flows: [], byType: {} },
    });
    renderDashboard(none);

    expect(await within(await screen.findByRole('region', { name: '八项本领（按单位）' })).findByText('暂无能力评价数据')).toBeInTheDocument();
    expect(within(card('等次分布与优秀限额')).getByText('尚无已确定等次的年度考核')).toBeInTheDocument();
    expect(within(card('整改逾期')).getByText('暂无逾期未整改的问题')).toBeInTheDocument();
    expect(within(card('实践锻炼（2025 年）')).getByText('暂无挂职交流')).toBeInTheDocument();
    expect(statistic('逾期未整改问题')).toHaveTextContent('0项');
  }, 15_000);

  it('speaks English when asked, every text from the English locale', async () => {
    renderDashboard(dashboardOf({ status: { FORMS: 'UNAVAILABLE' } }), { locale: 'en-US' });
    expect(await screen.findByRole('img', { name: 'Average capability scores of the units under 国家邮政局' })).toBeInTheDocument();
    expect(card('Training-hour compliance')).toBeInTheDocument();
    expect(within(card('Four forms distribution')).getByRole('alert')).toHaveTextContent('"Four forms" is unavailable');
    expect(screen.getByRole('button', { name: /Refresh/ })).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/dashboard\.|[\u4e00-\u9fa5]+(?:本领|达标|限额)/);
  }, 15_000);
});
