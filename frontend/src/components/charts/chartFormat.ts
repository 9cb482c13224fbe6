/** What ECharts hands a tooltip formatter: one element's data, or a list when the tooltip shows an axis. */
export interface TooltipParams {
  dataIndex: number;
  seriesIndex?: number;
  name: string;
  value?: unknown;
  data?: unknown;
}

/** The element a tooltip is about: the first one where ECharts gives a list. */
export function firstParams(params: TooltipParams | TooltipParams[]): TooltipParams {
  return Array.isArray(params) ? params[0] : params;
}

/** Text for a tooltip's HTML: ECharts puts a formatter's string in as markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** Text for an ECharts rich label, in which `{style|…}` marks styled runs. */
export function escapeRich(text: string): string {
  return text.replace(/[{}|]/g, '');
}
