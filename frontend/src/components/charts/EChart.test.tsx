import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { chartNamed, FAKE_PNG, fakeCharts, optionOf } from '../../test/fakeEcharts';
import { renderWithProviders } from '../../test/render';
import { EChart, pngName, type ChartTable } from './EChart';
import type { ChartOption } from './echartsRuntime';

const option: ChartOption = {
  xAxis: { type: 'category', data: ['东部', '西部'] },
  yAxis: { type: 'value' },
  series: [{ type: 'bar', name: '人次', data: [3, 4] }],
};
const table: ChartTable = {
  columns: [{ title: '地区' }, { title: '人次', numeric: true }],
  rows: [
    { key: 'EAST', cells: ['东部', 3] },
    { key: 'WEST', cells: ['西部', 4] },
  ],
};

describe('ECharts wrapper', () => {
  it('draws the option in the app’s theme, described to screen readers by its title', async () => {
    renderWithProviders(<EChart option={option} title="各地区交流人次" height={200} table={table} />);

    const box = await screen.findByRole('img', { name: '各地区交流人次' });
    expect(box).toHaveStyle({ height: '200px' });
    const chart = chartNamed('各地区交流人次');
    expect(chart.dom).toBe(box);
    expect(chart.locale).toBe('ZH');
    // The app's primary colour (AppProviders) leads the palette; texts in antd's font.
    expect((chart.theme.color as string[])[0]).toBe('#0b6e4f');
    expect(chart.theme.textStyle).toMatchObject({ fontFamily: expect.stringContaining('Segoe UI') });
    expect(optionOf('各地区交流人次')).toMatchObject({
      ...option,
      animation: true,
      aria: { enabled: true, label: { enabled: true, description: '各地区交流人次' } },
    });
  });

  it('saves the chart as a PNG at twice its size on white, named after its title', async () => {
    const clicks: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this);
    });
    renderWithProviders(<EChart option={option} title="各地区交流人次" height={200} table={table} />);

    await userEvent.click(await screen.findByRole('button', { name: /导出图片/ }));
    expect(chartNamed('各地区交流人次').getDataURL).toHaveBeenCalledWith({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
    expect(clicks).toHaveLength(1);
    expect(clicks[0].href).toBe(FAKE_PNG);
    expect(clicks[0].download).toBe('各地区交流人次.png');
    expect(clicks[0].isConnected).toBe(false);
    expect(pngName('广东省 / 深圳市: 2026 "年度"')).toBe('广东省_深圳市_2026_年度_.png');
  });

  it('shows and hides the numbers as a table with the chart’s title as caption', async () => {
    renderWithProviders(<EChart option={option} title="各地区交流人次" height={200} table={table} />);

    const toggle = await screen.findByRole('button', { name: /数据表/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('table')).toBeNull();

    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveTextContent('收起数据表');
    const shown = screen.getByRole('table', { name: '各地区交流人次（数据表）' });
    expect(within(shown).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['地区', '人次']);
    expect(within(shown).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['东部', '西部']);
    expect(within(shown).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['3', '4']);
    expect(within(shown).getAllByRole('cell')[0]).toHaveStyle({ textAlign: 'end' });

    await userEvent.click(toggle);
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('passes clicks on, follows a new option, and lets the chart go when unmounted', async () => {
    const onClick = vi.fn();
    const next: ChartOption = { ...option, series: [{ type: 'bar', name: '人次', data: [5, 6] }] };
    function Harness() {
      const [shown, setShown] = useState(option);
      const [mounted, setMounted] = useState(true);
      return (
        <>
          <button onClick={() => setShown(next)}>next</button>
          <button onClick={() => setMounted(false)}>away</button>
          {mounted && <EChart option={shown} title="各地区交流人次" height={200} table={table} onClick={onClick} />}
        </>
      );
    }
    renderWithProviders(<Harness />);
    await screen.findByRole('img', { name: '各地区交流人次' });

    chartNamed('各地区交流人次').click({ name: '西部', dataIndex: 1 });
    expect(onClick).toHaveBeenCalledWith(expect.objectContaining({ type: 'click', name: '西部', dataIndex: 1 }));

    await userEvent.click(screen.getByRole('button', { name: 'next' }));
    expect(optionOf('各地区交流人次').series).toEqual(next.series);
    // Still the same chart: a new option is not a new instance.
    expect(fakeCharts).toHaveLength(1);

    const [chart] = fakeCharts;
    await userEvent.click(screen.getByRole('button', { name: 'away' }));
    expect(chart.disposed).toBe(true);
    expect(chart.handlers.get('click')?.size ?? 0).toBe(0);
  });

  it('does not animate for users who asked for less motion, and speaks English in English', async () => {
    const matchMedia = window.matchMedia;
    vi.spyOn(window, 'matchMedia').mockImplementation((query) => ({ ...matchMedia(query), matches: query === '(prefers-reduced-motion: reduce)' }));
    renderWithProviders(<EChart option={option} title="Postings by region" height={200} table={table} />, { locale: 'en-US' });

    await screen.findByRole('img', { name: 'Postings by region' });
    expect(optionOf('Postings by region').animation).toBe(false);
    expect(chartNamed('Postings by region').locale).toBe('EN');
    expect(screen.getByRole('button', { name: /Export PNG/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Data table/ })).toBeInTheDocument();
  });
});
