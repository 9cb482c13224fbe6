import { screen } from '@testing-library/react';
import { GUANGDONG_ID, sessionFor, unitTree } from '../../test/fixtures';
import { chartTableRows, optionOf, seriesOf } from '../../test/fakeEcharts';
import { renderApp } from '../../test/render';
import { balance } from '../../test/rotationFixtures';

describe('交流统计', () => {
  it('draws the region flows, the postings by type and the rotation rate of each unit for the year and unit asked', async () => {
    const { api } = renderApp({
      session: sessionFor('leader'),
      path: `/rotation/balance?year=2026&unitId=${GUANGDONG_ID}`,
      handlers: { 'GET /api/me': {}, 'GET /api/units': unitTree, 'GET /api/rotation/balance': balance },
    });
    const flows = '东中西交流（派出地区 → 接收地区）：东部→中部 3 人次，东部→西部 4 人次';
    await screen.findByRole('img', { name: flows });
    expect((await chartTableRows(flows))[1]).toEqual(['东部', '0 人次', '3 人次', '4 人次']);
    expect(Object.fromEntries(new URL(api.calls('GET /api/rotation/balance').at(-1)!.url).searchParams)).toEqual({ year: '2026', unitId: GUANGDONG_ID });
    expect(screen.getByRole('img', { name: /^按类型：挂职锻炼 2 人次，挂职扶贫（乡村振兴） 4 人次/ })).toBeInTheDocument();
    const rates = '广东省邮政管理局 下级各单位近 5 年轮岗率';
    // The scale reaches the highest rate, 广州's.
    expect(optionOf(rates).xAxis).toMatchObject({ max: 0.2 });
    expect(seriesOf(optionOf(rates))[0].data).toEqual([0.059, 0.2]);
    expect(await chartTableRows(rates)).toContainEqual(['广州市邮政管理局', '20%', '20%（2/10）']);
    expect(screen.getByText('东中西交流', { selector: '.ant-statistic-title' }).closest('.ant-statistic')).toHaveTextContent('7');
  }, 15_000);
});
