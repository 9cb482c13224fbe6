import type { GlobalToken } from 'antd';
import type { ChartTheme } from './echartsRuntime';

/** The antd design tokens a chart takes its colours and font from. */
export type ChartToken = Pick<
  GlobalToken,
  | 'colorPrimary'
  | 'colorSuccess'
  | 'colorWarning'
  | 'colorError'
  | 'colorInfo'
  | 'colorText'
  | 'colorTextSecondary'
  | 'colorTextTertiary'
  | 'colorTextQuaternary'
  | 'colorBorder'
  | 'colorBorderSecondary'
  | 'colorBgContainer'
  | 'colorBgElevated'
  | 'colorFillQuaternary'
  | 'fontFamily'
  | 'fontSize'
  | 'fontSizeSM'
>;

/**
 * An ECharts theme out of antd's tokens, so that charts speak the app's colours and font: the series palette starts
 * with the primary, success, warning and error colours; texts, axes and split lines use antd's text and border colours.
 */
export function chartTheme(token: ChartToken): ChartTheme {
  const axisLine = { lineStyle: { color: token.colorBorder } };
  const splitLine = { lineStyle: { color: token.colorBorderSecondary } };
  const axis = {
    axisLine,
    axisTick: axisLine,
    axisLabel: { color: token.colorTextSecondary, fontSize: token.fontSizeSM },
    splitLine,
    nameTextStyle: { color: token.colorTextSecondary },
  };
  return {
    color: [token.colorPrimary, token.colorSuccess, token.colorWarning, token.colorError, token.colorInfo, '#722ed1', '#13c2c2', '#eb2f96'],
    backgroundColor: 'transparent',
    textStyle: { fontFamily: token.fontFamily, color: token.colorText, fontSize: token.fontSize },
    legend: { textStyle: { color: token.colorTextSecondary } },
    tooltip: {
      backgroundColor: token.colorBgElevated,
      borderColor: token.colorBorderSecondary,
      textStyle: { color: token.colorText, fontFamily: token.fontFamily, fontSize: token.fontSizeSM },
    },
    categoryAxis: { ...axis, axisLabel: { ...axis.axisLabel, color: token.colorText } },
    valueAxis: axis,
    radar: {
      axisName: { color: token.colorText },
      axisLine: { lineStyle: { color: token.colorBorderSecondary } },
      splitLine,
      splitArea: { show: false },
    },
    visualMap: { textStyle: { color: token.colorTextSecondary } },
  };
}

/** `#rrggbb` at an opacity, as `rgba()` (black for a colour in another form). */
export function tint(hex: string, opacity: number): string {
  const digits = /^#([0-9a-f]{6})$/i.exec(hex)?.[1] ?? '000000';
  const [r, g, b] = [0, 2, 4].map((at) => parseInt(digits.slice(at, at + 2), 16));
  return `rgba(${r}, ${g}, ${b}, ${opacity})`;
}
