import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeCharts, optionOf, registeredMaps, seriesOf } from '../../test/fakeEcharts';
import { renderWithProviders } from '../../test/render';
import { loadChinaProvinces, mapValues, ProvinceMap, provinceNames, type ProvinceGeoJson } from './ProvinceMap';

/** Three provinces, as the DataV atlas names them (the geometry does not matter to the option). */
const provinces: ProvinceGeoJson = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { adcode: 440000, name: '广东省' }, geometry: null },
    { type: 'Feature', properties: { adcode: 110000, name: '北京市' }, geometry: null },
    { type: 'Feature', properties: { adcode: 650000, name: '新疆维吾尔自治区' }, geometry: null },
  ],
};
const load = () => Promise.resolve(provinces);

const values = [
  { province: '440000', name: '广东', value: 120 },
  { province: '110000', name: '北京', value: 45 },
  { province: '650000', name: '新疆', value: null },
];

interface DrawnMap {
  type: string;
  map: string;
  name: string;
  data: { name: string; value: number }[];
}

describe('province map', () => {
  it('finds the feature name of each province code, the caller’s name for a code the map lacks', () => {
    const names = provinceNames(provinces);
    expect(names.get('440000')).toBe('广东省');
    expect(mapValues([...values, { province: '990000', name: '别处', value: 1 }], names).map((entry) => entry.name)).toEqual(['广东省', '北京市', '新疆维吾尔自治区', '别处']);
  });

  it('shades the provinces by value under their features’ names, says each in a tooltip and lists them in a table', async () => {
    renderWithProviders(<ProvinceMap values={values} valueLabel="干部人数" formatter={(value) => `${value} 人`} loadGeoJson={load} />);

    expect(await screen.findByRole('img', { name: '干部人数（按省份）' })).toBeInTheDocument();
    expect(registeredMaps.get('china')).toBe(provinces);
    const option = optionOf('干部人数（按省份）');
    const [map] = seriesOf(option) as DrawnMap[];
    expect(map).toMatchObject({ type: 'map', map: 'china', name: '干部人数' });
    // Provinces without a value are left out, and so grey.
    expect(map.data).toEqual([
      { name: '广东省', value: 120 },
      { name: '北京市', value: 45 },
    ]);
    expect(option.visualMap).toMatchObject({ type: 'continuous', min: 45, max: 120, text: ['120 人', '45 人'] });
    const tooltip = (option.tooltip as { formatter: (params: { name: string }) => string }).formatter;
    expect(tooltip({ name: '广东省' })).toBe('广东省<br/>干部人数：120 人');
    expect(tooltip({ name: '新疆维吾尔自治区' })).toBe('新疆维吾尔自治区<br/>干部人数：无数据');

    await userEvent.click(screen.getByRole('button', { name: /数据表/ }));
    const table = screen.getByRole('table', { name: '干部人数（按省份）（数据表）' });
    expect(within(table).getAllByRole('row').map((row) => [...row.children].map((cell) => cell.textContent))).toEqual([
      ['省份', '干部人数'],
      ['广东省', '120 人'],
      ['北京市', '45 人'],
      ['新疆维吾尔自治区', '无数据'],
    ]);
  });

  it('chooses a province by its code on a click on the map or on its name in the table', async () => {
    const onSelect = vi.fn();
    renderWithProviders(<ProvinceMap values={values} valueLabel="干部人数" onSelect={onSelect} loadGeoJson={load} title="各省干部" />);
    await screen.findByRole('img', { name: '各省干部' });

    fakeCharts.at(-1)!.click({ name: '北京市' });
    expect(onSelect).toHaveBeenLastCalledWith('110000');
    // ECharts' own inset of the islands is no province.
    fakeCharts.at(-1)!.click({ name: '南海诸岛' });
    expect(onSelect).toHaveBeenCalledTimes(1);

    await userEvent.click(screen.getByRole('button', { name: /数据表/ }));
    await userEvent.click(within(screen.getByRole('table')).getByRole('button', { name: '新疆维吾尔自治区' }));
    expect(onSelect).toHaveBeenLastCalledWith('650000');
  });

  it('says so when the boundaries cannot be loaded', async () => {
    renderWithProviders(<ProvinceMap values={values} valueLabel="干部人数" loadGeoJson={() => Promise.reject(new Error('offline'))} />);
    expect(await screen.findByText('地图加载失败，请稍后重试')).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: '干部人数（按省份）' })).toBeNull();
  });

  it('loads China’s 34 provincial divisions, each with its code and name, from the package', async () => {
    const geoJson = await loadChinaProvinces();
    const names = provinceNames(geoJson);
    expect(names.size).toBe(34);
    expect(names.get('440000')).toBe('广东省');
    expect(names.get('650000')).toBe('新疆维吾尔自治区');
    expect(names.get('710000')).toBe('台湾省');
    expect([...names.keys()].every((code) => /^\d{6}$/.test(code))).toBe(true);
  });
});
