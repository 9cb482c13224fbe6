import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { flowMatrix } from '../../domain/rotation';
import { optionOf, seriesOf } from '../../test/fakeEcharts';
import { renderWithProviders } from '../../test/render';
import { heatShare, RegionFlowChart } from './RegionFlowChart';

interface DrawnCell {
  value: [number, number, number];
  label: { formatter: string; color: string };
}

describe('region flow chart', () => {
  const matrix = flowMatrix([
    { from: 'EAST', to: 'CENTRAL', postings: 3 },
    { from: 'EAST', to: 'WEST', postings: 4 },
    { from: 'WEST', to: 'EAST', postings: 1 },
  ]);
  const name = '东中西交流（派出地区 → 接收地区）：东部→中部 3 人次，东部→西部 4 人次，西部→东部 1 人次';

  it('shades cells by their share of the largest flow', () => {
    expect(heatShare(0, 12)).toBe(0);
    expect(heatShare(12, 12)).toBe(1);
    expect(heatShare(3, 12)).toBe(0.25);
    expect(heatShare(3, 0)).toBe(0);
  });

  it('puts each flow in its row (home) and column (host), darkest for the largest, and says them all', async () => {
    renderWithProviders(<RegionFlowChart matrix={matrix} />);
    expect(await screen.findByRole('img', { name })).toBeInTheDocument();
    const option = optionOf(name);

    expect(option.xAxis).toMatchObject({ data: ['东部', '中部', '西部'], name: '接收地区', position: 'top' });
    expect(option.yAxis).toMatchObject({ data: ['东部', '中部', '西部'], name: '派出地区', inverse: true });
    // From clear for none to the primary colour for the largest flow.
    expect(option.visualMap).toMatchObject({ min: 0, max: 4, dimension: 2, inRange: { color: ['#0b6e4f'], colorAlpha: [0, 1] } });

    const cells = (seriesOf(option)[0] as { data: DrawnCell[] }).data;
    expect(cells).toHaveLength(9);
    const cell = (from: number, to: number) => cells.find((one) => one.value[1] === from && one.value[0] === to)!;
    expect(cell(0, 2).value).toEqual([2, 0, 4]);
    expect(cell(0, 2).label).toMatchObject({ formatter: '4 人次', color: '#fff' });
    expect(cell(2, 0).label.formatter).toBe('1 人次');
    expect(cell(2, 0).label.color).not.toBe('#fff');
    expect(cell(1, 1).value).toEqual([1, 1, 0]);
    const tooltip = (option.tooltip as { formatter: (params: { value: number[] }) => string }).formatter;
    expect(tooltip({ value: [2, 0, 4] })).toBe('东部→西部 4 人次');

    await userEvent.click(screen.getByRole('button', { name: /数据表/ }));
    const table = screen.getByRole('table', { name: `${name}（数据表）` });
    expect(within(table).getAllByRole('row').map((row) => [...row.children].map((one) => one.textContent))).toEqual([
      ['派出地区 ＼ 接收地区', '东部', '中部', '西部'],
      ['东部', '0 人次', '3 人次', '4 人次'],
      ['中部', '0 人次', '0 人次', '0 人次'],
      ['西部', '1 人次', '0 人次', '0 人次'],
    ]);
  });

  it('reads in English too', async () => {
    renderWithProviders(<RegionFlowChart matrix={matrix} />, { locale: 'en-US' });
    expect(await screen.findByRole('img', { name: /^East\/central\/west exchanges \(home → host\): East→Central 3, East→West 4, West→East 1$/ })).toBeInTheDocument();
  });
});
