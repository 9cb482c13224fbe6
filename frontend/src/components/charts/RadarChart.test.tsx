import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { optionOf, seriesOf, type ChartOption } from '../../test/fakeEcharts';
import { renderWithProviders } from '../../test/render';
import { RadarChart } from './RadarChart';

interface DrawnRadar {
  name: string;
  value: (number | string)[];
  lineStyle: { color: string; type: unknown };
  areaStyle?: { opacity: number };
}

const radarOf = (option: ChartOption) => option.radar as { indicator: { name: string; min: number; max: number }[] };
const dataOf = (option: ChartOption) => (seriesOf(option)[0] as { data: DrawnRadar[] }).data;
const tooltipOf = (option: ChartOption) => (option.tooltip as { formatter: (params: { dataIndex: number }) => string }).formatter;

describe('radar chart', () => {
  const axes = ['学习本领', '政治领导本领', '改革创新本领', '科学发展本领', '依法执政本领', '群众工作本领', '狠抓落实本领', '驾驭风险本领'];
  const scores = [100, 50, 80, 60, 40, 75, 90, 20];
  const medians = [70, 70, 70, 70, 70, 70, 70, null];

  it('draws each series through its scores on the eight axes, the reference dashed and unfilled, with a legend and a table', async () => {
    renderWithProviders(
      <RadarChart
        title="陈建国 的八项本领得分"
        axisTitle="本领"
        axes={axes}
        series={[
          { key: 'score', label: '得分', values: scores, color: '#0b6e4f' },
          { key: 'peerMedian', label: '同职级中位数', values: medians, color: '#faad14', dashed: true },
        ]}
      />,
    );

    expect(await screen.findByRole('img', { name: '陈建国 的八项本领得分' })).toBeInTheDocument();
    const option = optionOf('陈建国 的八项本领得分');
    expect(radarOf(option).indicator).toEqual(axes.map((name) => ({ name, min: 0, max: 100 })));
    const [score, peers] = dataOf(option);
    expect(score).toMatchObject({ name: '得分', value: scores, lineStyle: { color: '#0b6e4f', type: 'solid' }, areaStyle: { opacity: 0.18 } });
    // No median for the last capability: ECharts' mark for a missing value.
    expect(peers).toMatchObject({ name: '同职级中位数', value: [70, 70, 70, 70, 70, 70, 70, '-'], lineStyle: { color: '#faad14', type: [6, 4] } });
    expect(peers.areaStyle).toBeUndefined();
    expect(option.legend).toMatchObject({ data: ['得分', '同职级中位数'] });
    // A series' tooltip: its value on each axis that has one.
    expect(tooltipOf(option)({ dataIndex: 1 }).split('<br/>')).toEqual(axes.slice(0, 7).map((axis) => `同职级中位数 · ${axis}：70`));

    await userEvent.click(screen.getByRole('button', { name: /数据表/ }));
    const table = screen.getByRole('table', { name: '陈建国 的八项本领得分（数据表）' });
    const rows = within(table).getAllByRole('row').map((row) => [...row.children].map((cell) => cell.textContent));
    expect(rows[0]).toEqual(['本领', '得分', '同职级中位数']);
    expect(rows[1]).toEqual(['学习本领', '100', '70']);
    expect(rows[8]).toEqual(['驾驭风险本领', '20', '—']);
  });

  it('keeps scores beyond the scale on its edge', async () => {
    renderWithProviders(<RadarChart title="超出" axes={['甲', '乙']} max={50} series={[{ key: 's', label: '得分', values: [80, -3], color: '#000000' }]} />);
    await screen.findByRole('img', { name: '超出' });
    expect(dataOf(optionOf('超出'))[0].value).toEqual([50, 0]);
  });
});
