import { screen, within } from '@testing-library/react';
import { sessionFor, unitTree } from '../../test/fixtures';
import { chartTableRows, optionOf } from '../../test/fakeEcharts';
import { renderApp } from '../../test/render';
import { coverage, ROUND_ID } from '../../test/inspectionFixtures';

describe('巡视全覆盖', () => {
  it('sums the term’s coverage and draws each province’s 巡察 of its cities with its own 巡视 status', async () => {
    renderApp({
      session: sessionFor('inspector'),
      path: '/inspection/coverage',
      handlers: { 'GET /api/me': {}, 'GET /api/units': unitTree, 'GET /api/inspection/coverage': coverage },
    });
    const summary = '国家邮政局本届应覆盖 3 个单位：已覆盖 1，已安排 1，未覆盖 1';
    await screen.findByRole('img', { name: summary });
    expect(await chartTableRows(summary)).toEqual([
      ['项目', '已覆盖', '已安排', '未覆盖', '说明'],
      ['下级单位 3 个', '1', '1', '1', '1/3'],
      ['市级单位 14 个', '3', '2', '9', '3/14'],
    ]);
    expect(screen.getByText('本届 2023-01-01 至 2027-12-31')).toBeInTheDocument();
    expect(screen.getByText('33.3%')).toBeInTheDocument();

    const perUnit = '国家邮政局下各单位巡察覆盖所辖市级单位情况';
    const option = optionOf(perUnit);
    // Each province's own 巡视 status as the colour of the mark before its name.
    const [labels] = option.yAxis as { data: string[]; axisLabel: { formatter: (key: string, index: number) => string; rich: Record<string, { color: string }> } }[];
    const marks = labels.data.map((key, index) => /^\{(\w+)\|■\}/.exec(labels.axisLabel.formatter(key, index))![1]).map((style) => labels.axisLabel.rich[style].color);
    expect(marks).toEqual(['#52c41a', '#1677ff', '#d9d9d9']);
    expect(await chartTableRows(perUnit)).toEqual([
      ['单位', '标注', '已覆盖', '已安排', '未覆盖', '说明'],
      ['广东省邮政管理局', '本单位已覆盖', '3', '2', '5', '3/10'],
      ['北京市邮政管理局', '本单位已安排', '0', '0', '0', '0/0'],
      ['河北省邮政管理局', '本单位未覆盖', '0', '0', '4', '0/4'],
    ]);

    const row = screen.getByText('广东省邮政管理局', { selector: 'td' }).closest('tr')!;
    expect(within(row).getByText('已覆盖')).toBeInTheDocument();
    expect(within(row).getByText('2026-09-01').closest('a')).toHaveAttribute('href', `/inspection/rounds/${ROUND_ID}`);
    expect(row).toHaveTextContent('已覆盖 3，已安排 2，共 10');
  }, 15_000);
});
