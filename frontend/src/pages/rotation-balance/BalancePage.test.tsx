import { screen } from '@testing-library/react';
import { GUANGDONG_ID, sessionFor, unitTree } from '../../test/fixtures';
import { renderApp } from '../../test/render';
import { balance } from '../../test/rotationFixtures';

describe('交流统计', () => {
  it('draws the region flows, the postings by type and the rotation rate of each unit for the year and unit asked', async () => {
    const { api } = renderApp({
      session: sessionFor('leader'),
      path: `/rotation/balance?year=2026&unitId=${GUANGDONG_ID}`,
      handlers: { 'GET /api/me': {}, 'GET /api/units': unitTree, 'GET /api/rotation/balance': balance },
    });
    const flows = await screen.findByRole('img', { name: /^东中西交流（派出地区 → 接收地区）：东部→中部 3 人次，东部→西部 4 人次$/ });
    expect(flows.querySelector('[data-from="EAST"][data-to="WEST"]')).toHaveTextContent('4 人次');
    expect(Object.fromEntries(new URL(api.calls('GET /api/rotation/balance').at(-1)!.url).searchParams)).toEqual({ year: '2026', unitId: GUANGDONG_ID });
    expect(screen.getByRole('img', { name: /^按类型：挂职锻炼 2 人次，挂职扶贫（乡村振兴） 4 人次/ })).toBeInTheDocument();
    const rates = screen.getByRole('img', { name: '广东省邮政管理局 下级各单位近 5 年轮岗率' });
    expect(rates.querySelector('[data-row="u-2"]')).toHaveTextContent('20%（2/10）');
    expect(rates.querySelector('[data-row="u-2"] rect[data-series="rate"]')!.getAttribute('width')).toBe('372');
    expect(screen.getByText('东中西交流', { selector: '.ant-statistic-title' }).closest('.ant-statistic')).toHaveTextContent('7');
  }, 15_000);
});
