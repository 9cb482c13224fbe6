// The real ECharts, not the fake that setup.ts puts in the runtime's place: do the app's options draw what they
// should with only the series and components the runtime registers? ECharts' server-side SVG rendering needs no canvas.
import { theme } from 'antd';
import { init, setPlatformAPI, use as registerEcharts, type EChartsType } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { flowMatrix } from '../../domain/rotation';
import { capabilityHeatmapOption } from './CapabilityHeatmap';
import { createI18n } from '../../i18n';
import { chartTheme } from './chartTheme';
import type * as Runtime from './echartsRuntime';
import { gradeDistributionOption } from './GradeDistributionChart';
import { provinceMapOption, provinceNames, type ProvinceGeoJson } from './ProvinceMap';
import { radarOption } from './RadarChart';
import { regionFlowOption } from './RegionFlowChart';
import { stackedBarOption } from './StackedBarChart';

const runtime = await vi.importActual<typeof Runtime>('./echartsRuntime');
registerEcharts([SVGRenderer]);
// Text is measured on a canvas, which jsdom lacks: a fixed width per character will do.
setPlatformAPI({ measureText: (text = '', font) => ({ width: text.length * (parseInt(font ?? '12', 10) || 12) }) as TextMetrics });

const token = theme.getDesignToken({ token: { colorPrimary: '#0b6e4f' } });
const { t } = createI18n('zh-CN');

/** A square of side 1 around (x, y), as a province. */
const square = (x: number, y: number) => [
  [
    [x, y],
    [x + 1, y],
    [x + 1, y + 1],
    [x, y + 1],
    [x, y],
  ],
];
const provinces: ProvinceGeoJson = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { adcode: 440000, name: '广东省' }, geometry: { type: 'Polygon', coordinates: square(113, 23) } },
    { type: 'Feature', properties: { adcode: 110000, name: '北京市' }, geometry: { type: 'Polygon', coordinates: square(116, 40) } },
  ],
};

let chart: EChartsType | undefined;
let warnings: ReturnType<typeof vi.spyOn>[] = [];

/** The SVG the real ECharts draws for `option`, in the app's theme. */
function draw(option: Runtime.ChartOption): string {
  chart = init(null, chartTheme(token), { renderer: 'svg', ssr: true, width: 640, height: 400 });
  chart.setOption({ ...option, animation: false, aria: { enabled: true, label: { description: 'chart' } } });
  return chart.renderToSVGString();
}

beforeEach(() => {
  warnings = [vi.spyOn(console, 'warn'), vi.spyOn(console, 'error')];
});

afterEach(() => {
  chart?.dispose();
  chart = undefined;
  // ECharts warns of a component used but not registered ("Component markLine is used but not imported").
  for (const spy of warnings) expect(spy).not.toHaveBeenCalled();
});

describe('the app’s options with the real ECharts', () => {
  it('draws the grade bars, their counts and the quota line', () => {
    const svg = draw(gradeDistributionOption({ counts: { EXCELLENT: 3, COMPETENT: 7, BASICALLY_COMPETENT: 1, INCOMPETENT: 0 }, quota: 2, assessed: 12 }, t, token));
    for (const text of ['优秀', '称职', '基本称职', '不称职', '3 人', '7 人', '限额 2 · 超出 1 人']) expect(svg).toContain(`>${text}<`);
    expect(svg).toContain(token.colorError.toLowerCase());
  });

  it('draws stacked bars with their labels, notes, segment values and legend', () => {
    const svg = draw(
      stackedBarOption(
        {
          title: '覆盖',
          series: [
            { key: 'COVERED', label: '已覆盖', color: '#52c41a' },
            { key: 'NOT_YET', label: '未覆盖', color: '#d9d9d9' },
          ],
          rows: [
            { key: 'gd', label: '广东省邮政管理局', values: [3, 7], note: '3/10', marker: { color: '#52c41a', label: '本单位已覆盖' } },
            { key: 'hb', label: '河北省邮政管理局', values: [0, 4], note: '0/4' },
          ],
          legendExtra: [{ key: 'own', label: '本单位已覆盖', color: '#52c41a', shape: 'square' }],
        },
        token,
      ),
    );
    for (const text of ['广东省邮政管理局', '河北省邮政管理局', '3/10', '0/4', '3', '7', '已覆盖', '未覆盖', '本单位已覆盖', '■']) expect(svg).toMatch(new RegExp(`>\\s*${text}<`));
  });

  it('draws a radar with its axes and legend, a missing value included', () => {
    const svg = draw(
      radarOption({
        title: '雷达',
        axes: ['学习本领', '政治领导本领', '改革创新本领'],
        series: [
          { key: 'score', label: '得分', values: [80, 60, 70], color: '#0b6e4f' },
          { key: 'peerMedian', label: '同职级中位数', values: [70, null, 70], color: '#faad14', dashed: true },
        ],
      }),
    );
    for (const text of ['学习本领', '政治领导本领', '改革创新本领', '得分', '同职级中位数']) expect(svg).toContain(`>${text}<`);
  });

  it('draws the region heat map with each cell’s count', () => {
    const matrix = flowMatrix([
      { from: 'EAST', to: 'WEST', postings: 4 },
      { from: 'WEST', to: 'EAST', postings: 1 },
    ]);
    const svg = draw(regionFlowOption(matrix, t, token));
    for (const text of ['东部', '中部', '西部', '接收地区', '派出地区', '4 人次', '1 人次', '0 人次']) expect(svg).toContain(`>${text}<`);
  });

  it('draws the capability heat map with each average and the colour scale’s ends', () => {
    const rows = [
      { key: 'bj', label: '北京市邮政管理局', averages: { LEARNING: 75, MASS_WORK: 62.4 }, openGaps: { MASS_WORK: 3 } },
      { key: 'gd', label: '广东省邮政管理局', averages: { RISK_MANAGEMENT: 58.25 }, openGaps: {} },
    ];
    const svg = draw(capabilityHeatmapOption(rows, t, token));
    for (const text of ['北京市邮政管理局', '广东省邮政管理局', '学习本领', '驾驭风险本领', '75.0', '62.4', '58.3', '58']) expect(svg).toContain(`>${text}<`);
  });

  it('draws provinces from GeoJSON registered as China, with the 南海诸岛 inset ECharts adds', () => {
    runtime.registerMap('china', provinces as unknown as Runtime.MapGeoJson);
    const svg = draw(
      provinceMapOption(
        [
          { province: '440000', name: '广东', value: 12 },
          { province: '110000', name: '北京', value: null },
        ],
        provinceNames(provinces),
        { valueLabel: '干部人数', format: String, t, token },
      ),
    );
    // Three regions: the two provinces and the inset; the visual map's ends.
    expect(svg.match(/<path/g)!.length).toBeGreaterThanOrEqual(3);
    expect(svg).toContain('>12<');
  });
});
