/**
 * A stand-in for src/components/charts/echartsRuntime.ts (put in its place by setup.ts): jsdom has no canvas for
 * ECharts to draw on. Each chart it "makes" records the theme, the last option and the click handlers, so that tests
 * check what a chart is asked to draw (series values, labels, tooltips) rather than pixels. What ECharts itself makes
 * of the options is tested in src/components/charts/echartsRuntime.test.ts, with the real library.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ChartEvent, ChartInstance, ChartLocale, ChartOption, ChartTheme, MapGeoJson } from '../components/charts/echartsRuntime';

export type { ChartEvent, ChartOption } from '../components/charts/echartsRuntime';

export const FAKE_PNG = 'data:image/png;base64,iVBORw0KGgo=';

export interface FakeChart {
  dom: HTMLElement;
  theme: ChartTheme;
  locale: ChartLocale;
  /** The last option given, as given. */
  option: ChartOption | undefined;
  disposed: boolean;
  handlers: Map<string, Set<(event: ChartEvent) => void>>;
  getDataURL: ReturnType<typeof vi.fn>;
  /** Calls the click handlers as ECharts would on a click of the element with `event`'s name and data. */
  click(event: Partial<ChartEvent>): void;
}

export const fakeCharts: FakeChart[] = [];
export const registeredMaps = new Map<string, MapGeoJson>();

export function createChart(dom: HTMLElement, theme: ChartTheme, locale: ChartLocale): ChartInstance {
  const chart: FakeChart = {
    dom,
    theme,
    locale,
    option: undefined,
    disposed: false,
    handlers: new Map(),
    getDataURL: vi.fn(() => FAKE_PNG),
    click(event) {
      for (const handler of chart.handlers.get('click') ?? []) handler({ type: 'click', ...event } as ChartEvent);
    },
  };
  fakeCharts.push(chart);
  const instance = {
    setOption: (option: ChartOption) => {
      chart.option = option;
    },
    resize: () => {},
    dispose: () => {
      chart.disposed = true;
    },
    getDataURL: chart.getDataURL,
    on: (name: string, handler: (event: ChartEvent) => void) => {
      chart.handlers.set(name, (chart.handlers.get(name) ?? new Set()).add(handler));
    },
    off: (name: string, handler: (event: ChartEvent) => void) => {
      chart.handlers.get(name)?.delete(handler);
    },
  };
  return instance as unknown as ChartInstance;
}

export function registerMap(name: string, geoJson: MapGeoJson): void {
  registeredMaps.set(name, geoJson);
}

/** The live chart whose box has this accessible name (its title). */
export function chartNamed(name: string | RegExp): FakeChart {
  const live = fakeCharts.filter((chart) => !chart.disposed);
  const found = live.filter((chart) => {
    const label = chart.dom.getAttribute('aria-label') ?? '';
    return typeof name === 'string' ? label === name : name.test(label);
  });
  if (found.length !== 1) {
    throw new Error(`${found.length} live charts named ${String(name)}; there are: ${live.map((chart) => chart.dom.getAttribute('aria-label')).join(' | ')}`);
  }
  return found[0];
}

/** The option of the live chart with this name, once it has one. */
export function optionOf(name: string | RegExp): ChartOption {
  const option = chartNamed(name).option;
  if (!option) throw new Error(`the chart ${String(name)} has no option yet`);
  return option;
}

/** Series of an option as a list, whichever way the option wrote them. */
export function seriesOf(option: ChartOption) {
  const series = option.series;
  return series == null ? [] : Array.isArray(series) ? series : [series];
}

export function resetFakeCharts(): void {
  fakeCharts.length = 0;
  registeredMaps.clear();
}

/** The rows of the data table beside the chart with this name, as the texts of their cells (opened, read, closed). */
export async function chartTableRows(name: string | RegExp): Promise<string[][]> {
  const box = screen.getByRole('img', { name });
  const figure = box.parentElement!;
  const toggle = within(figure).getByRole('button', { name: /数据表|Data table/ });
  await userEvent.click(toggle);
  const rows = within(figure).getByRole('table').querySelectorAll('tr');
  const texts = Array.from(rows, (row) => Array.from(row.children, (cell) => cell.textContent ?? ''));
  await userEvent.click(toggle);
  return texts;
}
