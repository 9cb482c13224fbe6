import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../test/render';
import { heatOpacity, matrixCell, stackedSegments, stackMax } from './barGeometry';
import { BAR_FRAME_WIDTH, chartFrame, fitLabel, StackedBarChart, textOn } from './StackedBarChart';

describe('bar geometry', () => {
  const frame = { left: 100, width: 400, max: 20 };

  it('lays the segments of a bar end to end, each as long as its share of the maximum', () => {
    expect(stackedSegments([5, 10, 0, 5], frame)).toEqual([
      { x: 100, width: 100 },
      { x: 200, width: 200 },
      { x: 400, width: 0 },
      { x: 400, width: 100 },
    ]);
  });

  it('cuts a bar longer than the scale at its end and counts negative values as nothing', () => {
    expect(stackedSegments([15, 10], frame)).toEqual([
      { x: 100, width: 300 },
      { x: 400, width: 100 },
    ]);
    expect(stackedSegments([-3, 2], frame)).toEqual([
      { x: 100, width: 0 },
      { x: 100, width: 40 },
    ]);
  });

  it('scales to the longest stacked bar, never below 1', () => {
    expect(stackMax([[1, 2, 3], [4, 4], []])).toBe(8);
    expect(stackMax([[0], []])).toBe(1);
  });

  it('places matrix cells by row and column and shades them by their share of the largest count', () => {
    expect(matrixCell(2, 1, { left: 10, top: 20, cellWidth: 50, cellHeight: 30 })).toEqual({ x: 60, y: 80 });
    expect(heatOpacity(0, 12)).toBe(0);
    expect(heatOpacity(12, 12)).toBe(1);
    expect(heatOpacity(3, 12)).toBe(0.36);
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
  it('draws one bar per row, stacked by series on a shared scale, with its note, marker and legend', async () => {
    renderWithProviders(
      <StackedBarChart
        title="各省巡察覆盖"
        series={[
          { key: 'COVERED', label: '已覆盖', color: '#52c41a' },
          { key: 'PLANNED', label: '已安排', color: '#1677ff' },
          { key: 'NOT_YET', label: '未覆盖', color: '#d9d9d9' },
        ]}
        rows={[
          { key: 'gd', label: '广东省邮政管理局', values: [3, 2, 5], note: '3/10', marker: { color: '#52c41a', label: '本单位已覆盖' } },
          { key: 'hb', label: '河北省邮政管理局', values: [0, 0, 4], note: '0/4' },
        ]}
      />,
    );
    const chart = await screen.findByRole('img', { name: '各省巡察覆盖' });
    const frame = chartFrame(10);
    const guangdong = chart.querySelector('[data-row="gd"]')!;
    const widths = ['COVERED', 'PLANNED', 'NOT_YET'].map((series) => Number(guangdong.querySelector(`rect[data-series="${series}"]`)!.getAttribute('width')));
    expect(widths).toEqual([0.3, 0.2, 0.5].map((share) => share * BAR_FRAME_WIDTH));
    expect(guangdong.querySelector('rect[data-series="PLANNED"]')).toHaveAttribute('x', String(frame.left + 0.3 * BAR_FRAME_WIDTH));
    expect(within(guangdong as HTMLElement).getByText('3/10')).toBeInTheDocument();
    expect(guangdong.querySelector('[data-marker]')).toHaveAttribute('fill', '#52c41a');
    // No zero-length segments, and no marker where none was given.
    const hebei = chart.querySelector('[data-row="hb"]')!;
    expect(hebei.querySelectorAll('rect[data-series]')).toHaveLength(1);
    expect(hebei.querySelector('[data-marker]')).toBeNull();
    expect(screen.getByText('已安排')).toBeInTheDocument();
  });
});
