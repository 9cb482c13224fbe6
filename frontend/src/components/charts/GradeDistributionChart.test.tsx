import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { optionOf, seriesOf } from '../../test/fakeEcharts';
import { renderWithProviders } from '../../test/render';
import { GradeDistributionChart } from './GradeDistributionChart';

const ERROR_RED = '#ff4d4f'; // antd's colorError

/** What the 优秀 bar's and the quota line's options say. */
function drawn(name: string | RegExp) {
  const option = optionOf(name);
  const [bars] = seriesOf(option) as { data: { value: number; itemStyle: { color: string } }[]; markLine: { data: { yAxis: number }[]; label: { formatter: string; color: string }; lineStyle: { color: string } } }[];
  const xAxis = option.xAxis as { data: string[]; axisLabel: { formatter: (label: string, index: number) => string } };
  const yAxis = option.yAxis as { max: number };
  return { bars, xAxis, yAxis };
}

describe('grade distribution chart', () => {
  it('marks the quota as a line and turns the 优秀 bar, its count and the line red when 优秀 exceeds it', async () => {
    renderWithProviders(<GradeDistributionChart counts={{ EXCELLENT: 3, COMPETENT: 7, BASICALLY_COMPETENT: 1, INCOMPETENT: 0 }} quota={2} assessed={12} />);

    const name = '优秀 3 人，称职 7 人，基本称职 1 人，不称职 0 人；优秀限额 2 人，超出 1 人';
    expect(await screen.findByRole('img', { name })).toBeInTheDocument();
    const { bars, xAxis, yAxis } = drawn(name);
    expect(xAxis.data).toEqual(['优秀', '称职', '基本称职', '不称职']);
    expect(bars.data.map((bar) => bar.value)).toEqual([3, 7, 1, 0]);
    expect(yAxis.max).toBe(12); // the scale is the cadres assessed
    expect(bars.data[0].itemStyle.color).toBe(ERROR_RED);
    expect(bars.data[1].itemStyle.color).not.toBe(ERROR_RED);
    expect(bars.markLine.data).toEqual([{ yAxis: 2 }]);
    expect(bars.markLine.label).toMatchObject({ formatter: '限额 2 · 超出 1 人', color: ERROR_RED });
    expect(bars.markLine.lineStyle.color).toBe(ERROR_RED);
    // Each grade's name over its count, the 优秀 count in the red style.
    expect(xAxis.axisLabel.formatter('优秀', 0)).toBe('{name|优秀}\n{over|3 人}');
    expect(xAxis.axisLabel.formatter('称职', 1)).toBe('{name|称职}\n{count|7 人}');

    await userEvent.click(screen.getByRole('button', { name: /数据表/ }));
    const table = screen.getByRole('table', { name: `${name}（数据表）` });
    expect(within(table).getAllByRole('row').map((row) => row.textContent)).toEqual(['等次人数', '优秀3', '称职7', '基本称职1', '不称职0', '优秀限额2', '超出限额1']);
  });

  it('draws the quota line at the quota, in plain colours while 优秀 stays within it', async () => {
    renderWithProviders(<GradeDistributionChart counts={{ EXCELLENT: 2, COMPETENT: 8, BASICALLY_COMPETENT: 0, INCOMPETENT: 0 }} quota={2} assessed={10} />);

    expect(await screen.findByRole('img', { name: /优秀 2 人.*优秀限额 2 人$/ })).toBeInTheDocument();
    const { bars, xAxis } = drawn(/优秀 2 人/);
    expect(bars.markLine.data).toEqual([{ yAxis: 2 }]);
    expect(bars.markLine.label.formatter).toBe('限额 2');
    expect(bars.markLine.label.color).not.toBe(ERROR_RED);
    expect(bars.data[0].itemStyle.color).not.toBe(ERROR_RED);
    expect(xAxis.axisLabel.formatter('优秀', 0)).toBe('{name|优秀}\n{count|2 人}');
  });

  it('reads in English too', async () => {
    renderWithProviders(<GradeDistributionChart counts={{ EXCELLENT: 1, COMPETENT: 2, BASICALLY_COMPETENT: 0, INCOMPETENT: 0 }} quota={1} assessed={3} />, {
      locale: 'en-US',
    });
    const name = 'Excellent 1, Competent 2, Basically competent 0, Incompetent 0; Excellent quota 1';
    expect(await screen.findByRole('img', { name })).toBeInTheDocument();
    expect(drawn(name).bars.markLine.label.formatter).toBe('quota 1');
    expect(screen.getByRole('button', { name: /Export PNG/ })).toBeInTheDocument();
  });
});
