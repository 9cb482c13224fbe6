import { screen, within } from '@testing-library/react';
import { sessionFor, unitTree } from '../../test/fixtures';
import { renderApp } from '../../test/render';
import { coverage, ROUND_ID } from '../../test/inspectionFixtures';

describe('巡视全覆盖', () => {
  it('sums the term’s coverage and draws each province’s 巡察 of its cities with its own 巡视 status', async () => {
    renderApp({
      session: sessionFor('inspector'),
      path: '/inspection/coverage',
      handlers: { 'GET /api/me': {}, 'GET /api/units': unitTree, 'GET /api/inspection/coverage': coverage },
    });
    const summary = await screen.findByRole('img', { name: '国家邮政局本届应覆盖 3 个单位：已覆盖 1，已安排 1，未覆盖 1' });
    expect(summary.querySelector('[data-row="cities"]')).toHaveTextContent('3/14');
    expect(screen.getByText('本届 2023-01-01 至 2027-12-31')).toBeInTheDocument();
    expect(screen.getByText('33.3%')).toBeInTheDocument();

    const perUnit = screen.getByRole('img', { name: '国家邮政局下各单位巡察覆盖所辖市级单位情况' });
    const guangdong = perUnit.querySelector('[data-row="00000000-0000-4000-8000-000000000044"]')!;
    expect(guangdong.querySelector('[data-marker]')).toHaveAttribute('fill', '#52c41a');
    expect([...guangdong.querySelectorAll('rect[data-series]')].map((rect) => rect.getAttribute('data-series'))).toEqual(['COVERED', 'PLANNED', 'NOT_YET']);
    expect(guangdong).toHaveTextContent('3/10');
    expect(perUnit.querySelector('[data-row="u-3"] [data-marker]')).toHaveAttribute('fill', '#d9d9d9');

    const row = screen.getByText('广东省邮政管理局', { selector: 'td' }).closest('tr')!;
    expect(within(row).getByText('已覆盖')).toBeInTheDocument();
    expect(within(row).getByText('2026-09-01').closest('a')).toHaveAttribute('href', `/inspection/rounds/${ROUND_ID}`);
    expect(row).toHaveTextContent('已覆盖 3，已安排 2，共 10');
  }, 15_000);
});
