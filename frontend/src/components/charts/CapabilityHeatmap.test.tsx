import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { chartNamed, chartTableRows, optionOf, seriesOf } from '../../test/fakeEcharts';
import { renderWithProviders } from '../../test/render';
import { CapabilityHeatmap, formatAverage, heatmapHeight, scoreRange, type HeatmapRow } from './CapabilityHeatmap';

const rows: HeatmapRow[] = [
  { key: 'bj', label: '北京市邮政管理局', averages: { LEARNING: 75, MASS_WORK: 62.44 }, openGaps: { MASS_WORK: 3 } },
  { key: 'gd', label: '广东省邮政管理局', averages: { RISK_MANAGEMENT: 58.25 }, openGaps: { RISK_MANAGEMENT: 2, LEARNING: 1 } },
];
const title = '各单位八项本领平均分';

interface DrawnCell {
  value: [number, number, number];
  label: { formatter: string };
}

describe('capability heat map', () => {
  it('spreads the colours over the averages shown, and is a line taller per unit', () => {
    expect(scoreRange(rows)).toEqual([58, 75]);
    expect(scoreRange([])).toEqual([0, 100]);
    expect(scoreRange([{ ...rows[0], averages: { LEARNING: 70 } }])).toEqual([70, 71]);
    expect(formatAverage(62.44)).toBe('62.4');
    expect(formatAverage(80)).toBe('80.0');
    expect(heatmapHeight(3) - heatmapHeight(2)).toBe(28);
  });

  it('puts each unit’s averages under their capabilities, red for the lowest, and its open gaps in the tooltip and table', async () => {
    renderWithProviders(<CapabilityHeatmap rows={rows} title={title} />);
    expect(await screen.findByRole('img', { name: title })).toBeInTheDocument();
    const option = optionOf(title);

    expect((option.xAxis as { data: string[] }).data).toEqual(['学习本领', '政治领导本领', '改革创新本领', '科学发展本领', '依法执政本领', '群众工作本领', '狠抓落实本领', '驾驭风险本领']);
    expect(option.yAxis).toMatchObject({ data: ['bj', 'gd'], inverse: true });
    expect(option.visualMap).toMatchObject({ type: 'continuous', dimension: 2, min: 58, max: 75, inRange: { color: ['#ff4d4f', '#faad14', '#52c41a'] } });
    const cells = (seriesOf(option)[0] as { data: DrawnCell[] }).data;
    expect(cells.map((cell) => [cell.value, cell.label.formatter])).toEqual([
      [[0, 0, 75], '75.0'],
      [[5, 0, 62.4], '62.4'],
      [[7, 1, 58.3], '58.3'],
    ]);
    const tooltip = (option.tooltip as { formatter: (params: { value: number[] }) => string }).formatter;
    expect(tooltip({ value: [7, 1, 58.3] })).toBe('广东省邮政管理局 · 驾驭风险本领<br/>平均分 58.3<br/>未关闭短板 2 个');

    const table = await chartTableRows(title);
    expect(table[0]).toEqual(['单位', '学习本领', '政治领导本领', '改革创新本领', '科学发展本领', '依法执政本领', '群众工作本领', '狠抓落实本领', '驾驭风险本领']);
    expect(table[2]).toEqual(['广东省邮政管理局', '—（短板 1）', '—（短板 0）', '—（短板 0）', '—（短板 0）', '—（短板 0）', '—（短板 0）', '—（短板 0）', '58.3（短板 2）']);
  });

  it('chooses a cell on a click on the chart or on its button in the table', async () => {
    const onSelect = vi.fn();
    renderWithProviders(<CapabilityHeatmap rows={rows} title={title} onSelect={onSelect} />);
    await screen.findByRole('img', { name: title });

    chartNamed(title).click({ value: [5, 0, 62.4] });
    expect(onSelect).toHaveBeenLastCalledWith('bj', 'MASS_WORK');

    await userEvent.click(screen.getByRole('button', { name: /数据表/ }));
    const guangdong = within(screen.getByRole('table')).getByRole('rowheader', { name: '广东省邮政管理局' }).closest('tr')!;
    await userEvent.click(within(guangdong).getByRole('button', { name: '58.3（短板 2）' }));
    expect(onSelect).toHaveBeenLastCalledWith('gd', 'RISK_MANAGEMENT');
  });
});
