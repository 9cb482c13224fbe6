import { DownloadOutlined, TableOutlined } from '@ant-design/icons';
import { Button, Flex, theme } from 'antd';
import { useEffect, useId, useMemo, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePrefersReducedMotion } from '../../app/reducedMotion';
import { chartTheme } from './chartTheme';
import { createChart, type ChartEvent, type ChartInstance, type ChartLocale, type ChartOption } from './echartsRuntime';

export interface ChartTableColumn {
  title: string;
  /** Right-aligned, as numbers are. */
  numeric?: boolean;
}

/** The numbers a chart draws, as a table: its first cell heads the row. */
export interface ChartTable {
  columns: readonly ChartTableColumn[];
  rows: readonly { key: string; cells: readonly ReactNode[] }[];
}

interface Props {
  option: ChartOption;
  /** What the chart shows: its accessible name, ECharts' aria description and the data table's caption. */
  title: string;
  height: number;
  table: ChartTable;
  maxWidth?: number;
  /** The exported picture's name, without `.png`; the title's start by default. */
  fileName?: string;
  onClick?: (event: ChartEvent) => void;
}

/** A file name out of a title: no path separators or other characters file systems refuse, and not too long. */
export function pngName(title: string): string {
  return `${title.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 60) || 'chart'}.png`;
}

/**
 * One ECharts chart: made when mounted, given each new option, resized with its box, disposed when unmounted; in the
 * app's colours and font, without animation for users who asked for less motion, described to screen readers by
 * `title`. Below it, a button saves it as a PNG and another shows the numbers it draws as a table.
 */
export function EChart({ option, title, height, table, maxWidth, fileName, onClick }: Props) {
  const { t, i18n } = useTranslation();
  const { token } = theme.useToken();
  const reducedMotion = usePrefersReducedMotion();
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ChartInstance | null>(null);
  const [tableShown, setTableShown] = useState(false);
  const tableId = useId();
  // antd keeps the token object while the theme stays: a new one means a new ECharts instance.
  const chartTokens = useMemo(() => chartTheme(token), [token]);
  const locale: ChartLocale = i18n.language === 'en-US' ? 'EN' : 'ZH';

  useEffect(() => {
    const dom = box.current;
    if (!dom) return;
    const instance = createChart(dom, chartTokens, locale);
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(dom);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [chartTokens, locale]);

  useEffect(() => {
    chart.current?.setOption(
      { ...option, animation: !reducedMotion, aria: { enabled: true, label: { enabled: true, description: title } } },
      // Merged, so that a page's re-render with the same numbers does not draw the chart anew; series replaced.
      { replaceMerge: ['series'] },
    );
  }, [option, title, reducedMotion, chartTokens, locale]);

  useEffect(() => {
    const instance = chart.current;
    if (!instance || !onClick) return;
    instance.on('click', onClick);
    return () => {
      instance.off('click', onClick);
    };
  }, [onClick, chartTokens, locale]);

  const exportPng = () => {
    const url = chart.current?.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' });
    if (!url) return;
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName ? `${fileName}.png` : pngName(title);
    document.body.append(link);
    link.click();
    link.remove();
  };

  const cell: CSSProperties = { padding: '4px 8px', borderBottom: `1px solid ${token.colorBorderSecondary}`, fontWeight: 'normal' };
  return (
    <Flex vertical gap={4} style={{ width: '100%', maxWidth }}>
      {/* ECharts keeps aria-label in step with its aria description: the same title. */}
      <div ref={box} role="img" aria-label={title} style={{ width: '100%', height }} />
      <Flex justify="flex-end" gap={4} wrap>
        <Button size="small" type="text" icon={<DownloadOutlined />} onClick={exportPng}>
          {t('chart.exportPng')}
        </Button>
        <Button size="small" type="text" icon={<TableOutlined />} aria-expanded={tableShown} aria-controls={tableId} onClick={() => setTableShown((shown) => !shown)}>
          {tableShown ? t('chart.hideTable') : t('chart.showTable')}
        </Button>
      </Flex>
      <div id={tableId} hidden={!tableShown} style={{ overflowX: 'auto' }}>
        {tableShown && (
          <table style={{ width: '100%', borderCollapse: 'collapse', fontSize: token.fontSizeSM, color: token.colorText }}>
            <caption style={{ captionSide: 'top', textAlign: 'start', padding: '4px 8px', color: token.colorTextSecondary }}>{t('chart.tableCaption', { title })}</caption>
            <thead>
              <tr style={{ background: token.colorFillQuaternary }}>
                {table.columns.map((column, index) => (
                  <th key={index} scope="col" style={{ ...cell, fontWeight: 600, textAlign: column.numeric ? 'end' : 'start' }}>
                    {column.title}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <tr key={row.key}>
                  {row.cells.map((value, index) => {
                    const align = table.columns[index]?.numeric ? 'end' : 'start';
                    return index === 0 ? (
                      <th key={index} scope="row" style={{ ...cell, textAlign: align }}>
                        {value}
                      </th>
                    ) : (
                      <td key={index} style={{ ...cell, textAlign: align }}>
                        {value}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </Flex>
  );
}
