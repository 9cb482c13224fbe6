/**
 * The one module that loads Apache ECharts: its tree-shaken core with only the series, components and renderer
 * the app's charts use. Everything else reaches ECharts through here, so that tests can put a recording fake in
 * its place (src/test/fakeEcharts.ts): jsdom has no canvas to draw on.
 */
import { BarChart, HeatmapChart, MapChart, RadarChart } from 'echarts/charts';
import type { BarSeriesOption, HeatmapSeriesOption, MapSeriesOption, RadarSeriesOption } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  RadarComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
} from 'echarts/components';
import type {
  AriaComponentOption,
  GridComponentOption,
  LegendComponentOption,
  MarkLineComponentOption,
  RadarComponentOption,
  TooltipComponentOption,
  VisualMapComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  HeatmapChart,
  MapChart,
  RadarChart,
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  RadarComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
  CanvasRenderer,
]);

/** An option of the charts the app registers, and nothing else: a series or component not listed here fails to type. */
export type ChartOption = echarts.ComposeOption<
  | BarSeriesOption
  | HeatmapSeriesOption
  | MapSeriesOption
  | RadarSeriesOption
  | AriaComponentOption
  | GridComponentOption
  | LegendComponentOption
  | MarkLineComponentOption
  | RadarComponentOption
  | TooltipComponentOption
  | VisualMapComponentOption
>;

/** What a mouse event on a chart's element (a bar, a province) tells. */
export type ChartEvent = echarts.ECElementEvent;

/** The part of an ECharts instance the app uses. */
export type ChartInstance = Pick<echarts.EChartsType, 'setOption' | 'resize' | 'dispose' | 'getDataURL' | 'on' | 'off'>;

/** A theme: the defaults every option starts from (colours, fonts, axes). */
export type ChartTheme = Record<string, unknown>;

/** ECharts' own texts (its generated descriptions) follow the app's language. */
export type ChartLocale = 'ZH' | 'EN';

/** A chart drawn on a canvas in `dom`. */
export function createChart(dom: HTMLElement, theme: ChartTheme, locale: ChartLocale): ChartInstance {
  return echarts.init(dom, theme, { renderer: 'canvas', locale });
}

/** The GeoJSON that `registerMap` takes: a FeatureCollection whose features carry `name` (and, here, `adcode`). */
export type MapGeoJson = Parameters<typeof echarts.registerMap>[1];

/**
 * Makes `geoJson` the map called `name` for `map` series. Registering it as 'china' also adds ECharts' inset of the
 * 南海诸岛 (unless the GeoJSON has a region of that name).
 */
export function registerMap(name: string, geoJson: MapGeoJson): void {
  if (!echarts.getMap(name)) echarts.registerMap(name, geoJson);
}
