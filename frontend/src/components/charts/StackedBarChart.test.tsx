import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { optionOf, seriesOf, type ChartOption } from '../../test/fakeEcharts';
import { renderWithProviders } from '../../test/render';
import { fitLabel, stackMax, StackedBarChart, textOn } from './StackedBarChart';

interface DrawnBar {
  name: string;
  stack: string;
  data: (number | null)[];
  itemStyle: { color: string };
  label?: { show: boolean; formatter: (params: { dataIndex: number }) => string };
}

type Formatter = (value: string, index: number) => string;
const barsOf = (option: ChartOption) => seriesOf(option) as DrawnBar[];
const axesOf = (option: ChartOption) => option.yAxis as { data: string[]; show?: boolean; axisLabel: { formatter: Formatter; rich?: Record<string, { color: string }> } }[];
/** The label each row gets on the left, and its note on the right. */
const rowLabels = (option: ChartOption) => {
  const [labels, notes] = axesOf(option);
  return labels.data.map((key, index) => [key, labels.axisLabel.formatter(key, index), notes.axisLabel.formatter(key, index)]);
};
const tooltipOf = (option: ChartOption) => (option.tooltip as { formatter: (params: { dataIndex: number; seriesIndex: number }) => string }).formatter;

describe('bar helpers', () => {
  it('scales to the longest stacked bar, never below 1', () => {
    expect(stackMax([[1, 2, 3], [4, 4], []])).toBe(8);
    expect(stackMax([[0], []])).toBe(1);
    expect(stackMax([[-3, 2]])).toBe(2);
  });

  it('writes dark on light fills and shortens long labels', () => {
    expect(textOn('#d9d9d9', '#000')).toBe('#000');
    expect(textOn('#1677ff', '#000')).toBe('#fff');
    expect(fitLabel('中国邮政集团有限公司广东省分公司')).toBe('中国邮政集团有限公司广东…');
    expect(fitLabel('新疆维吾尔自治区邮政管理局')).toBe('新疆维吾尔自治区邮政管理局');
    expect(fitLabel('广东省邮政管理局')).toBe('广东省邮政管理局');
  });
});

describe('stacked bar chart', () => {
  const series = [
    { key: 'COVERED', label: '已覆盖', color: '#52c41a' },
    { key: 'PLANNED', label: '已安排', color: '#1677ff' },
    { key: 'NOT_YET', label: '未覆盖', color: '#d9d9d9' },
  ];

  it('draws one bar per row, stacked by series on a shared scale, with its note, marker, legend and table', async () => {
    renderWithProviders(
      <StackedBarChart
        title="各省巡察覆盖"
        rowTitle="单位"
        series={series}
        legendExtra={[{ key: 'own', label: '本单位已覆盖', color: '#52c41a', shape: 'square' }]}
        rows={[
          { key: 'gd', label: '中国邮政集团有限公司广东省分公司', values: [3, 2, 5], note: '3/10', marker: { color: '#52c41a', label: '本单位已覆盖' } },
          { key: 'hb', label: '河北省邮政管理局', values: [0, 0, 4], note: '0/4' },
        ]}
      />,
    );
    expect(await screen.findByRole('img', { name: '各省巡察覆盖' })).toBeInTheDocument();
    const option = optionOf('各省巡察覆盖');

    // A bar per series, all in one stack; a row without a series has no segment of it.
    const [covered, planned, notYet, legendOnly] = barsOf(option);
    expect([covered, planned, notYet].map((bar) => [bar.name, bar.itemStyle.color, bar.data])).toEqual([
      ['已覆盖', '#52c41a', [3, null]],
      ['已安排', '#1677ff', [2, null]],
      ['未覆盖', '#d9d9d9', [5, 4]],
    ]);
    expect(new Set(barsOf(option).map((bar) => bar.stack)).size).toBe(1);
    expect(option.xAxis).toMatchObject({ min: 0, max: 10 });
    // The segment's value inside it, the row, series and value in its tooltip.
    expect(planned.label!.formatter({ dataIndex: 0 })).toBe('2');
    expect(tooltipOf(option)({ dataIndex: 0, seriesIndex: 1 })).toBe('中国邮政集团有限公司广东省分公司 · 已安排：2');

    // Rows top down; a long label shortened after its marker, the note on the right.
    expect(axesOf(option)[0]).toMatchObject({ inverse: true });
    expect(rowLabels(option)).toEqual([
      ['gd', '{m0|■} 中国邮政集团有限公司广东…', '3/10'],
      ['hb', '河北省邮政管理局', '0/4'],
    ]);
    expect(axesOf(option)[0].axisLabel.rich).toEqual({ m0: { color: '#52c41a', fontSize: 14 } });

    // The legend: the series, then what the markers mean (an entry with no bar of its own).
    expect((option.legend as { data: { name: string }[] }).data.map((entry) => entry.name)).toEqual(['已覆盖', '已安排', '未覆盖', '本单位已覆盖']);
    expect(legendOnly).toMatchObject({ name: '本单位已覆盖', data: [], itemStyle: { color: '#52c41a' } });

    await userEvent.click(screen.getByRole('button', { name: /数据表/ }));
    const table = screen.getByRole('table', { name: '各省巡察覆盖（数据表）' });
    expect(within(table).getAllByRole('row').map((row) => [...row.children].map((cell) => cell.textContent))).toEqual([
      ['单位', '标注', '已覆盖', '已安排', '未覆盖', '说明'],
      ['中国邮政集团有限公司广东省分公司', '本单位已覆盖', '3', '2', '5', '3/10'],
      ['河北省邮政管理局', '', '0', '0', '4', '0/4'],
    ]);
  });

  it('scales to a given top, writes values its own way and leaves them out of the bars when asked', async () => {
    const percent = (value: number) => `${Math.round(value * 100)}%`;
    renderWithProviders(
      <StackedBarChart
        title="轮岗率"
        series={[{ key: 'rate', label: '轮岗率', color: '#52c41a' }]}
        max={0.5}
        segmentLabels={false}
        format={percent}
        rows={[{ key: 'sz', label: '深圳市邮政管理局', values: [0.2] }]}
      />,
    );
    await screen.findByRole('img', { name: '轮岗率' });
    const option = optionOf('轮岗率');
    expect(option.xAxis).toMatchObject({ max: 0.5 });
    expect(barsOf(option)[0].label!.show).toBe(false);
    expect(tooltipOf(option)({ dataIndex: 0, seriesIndex: 0 })).toBe('深圳市邮政管理局 · 轮岗率：20%');
    // No notes: no axis for them.
    expect(axesOf(option)[1].show).toBe(false);
  });

  it('keeps a unit’s name as text in its tooltip', async () => {
    renderWithProviders(<StackedBarChart title="名称" series={series.slice(0, 1)} rows={[{ key: 'x', label: '<b>单位</b>', values: [1] }]} />);
    await screen.findByRole('img', { name: '名称' });
    expect(tooltipOf(optionOf('名称'))({ dataIndex: 0, seriesIndex: 0 })).toBe('&#60;b&#62;单位&#60;/b&#62; · 已覆盖：1');
  });
});
