import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { BUREAU_ID, GUANGDONG_ID, SHENZHEN_ID, sessionFor, unitTree } from '../../test/fixtures';
import { currentUrl, renderApp } from '../../test/render';
import { guangdongCompliance } from '../../test/trainingFixtures';

function renderCompliance(path: string, role: 'hr' | 'leader' = 'hr') {
  return renderApp({
    session: sessionFor(role),
    path,
    handlers: { 'GET /api/me': {}, 'GET /api/units': unitTree, 'GET /api/training/compliance': guangdongCompliance },
  });
}

const lastQuery = (api: ReturnType<typeof renderCompliance>['api']) =>
  Object.fromEntries(new URL(api.calls('GET /api/training/compliance').at(-1)!.url).searchParams);

describe('学时达标', () => {
  it('shows HR its own unit: counts by status and each cadre’s hours per requirement', async () => {
    const { api } = renderCompliance('/compliance');

    expect(await screen.findByText('120 / 550 学时')).toBeInTheDocument();
    expect(lastQuery(api)).toEqual({ unitId: GUANGDONG_ID });
    expect(screen.getByText('五年累计（县处级以上）')).toBeInTheDocument();
    expect(screen.getByText('12.5 / 50 学时')).toBeInTheDocument();
    expect(screen.getByText('陈建国').closest('a')).toHaveAttribute('href', '/cadres/10000000-0000-4000-8000-000000000001');
    expect(screen.getByText('进度滞后', { selector: '.ant-statistic-title' }).closest('.ant-statistic')).toHaveTextContent('18');
    expect(screen.getByText('共 45 人')).toBeInTheDocument();
    expect(screen.getByText('导出').closest('a')).toHaveAttribute('href', `/api/training/compliance/export?unitId=${GUANGDONG_ID}`);
  });

  it('asks for exactly the unit, status and page in the URL, and pages over that status', async () => {
    const { api } = renderCompliance(`/compliance?unitId=${SHENZHEN_ID}&status=AT_RISK&page=1`);

    expect(await screen.findByText('共 18 人')).toBeInTheDocument();
    expect(lastQuery(api)).toEqual({ unitId: SHENZHEN_ID, status: 'AT_RISK', page: '1' });
    expect(screen.getByText('导出').closest('a')).toHaveAttribute('href', `/api/training/compliance/export?unitId=${SHENZHEN_ID}`);
  });

  it('filters by a status when its count is clicked, from the first page, and clears it on the total', async () => {
    const { router, api } = renderCompliance('/compliance?page=2');
    await screen.findByText('120 / 550 学时');

    await userEvent.click(screen.getByText('未达标', { selector: '.ant-statistic-title' }));
    await waitFor(() => expect(currentUrl(router)).toBe('/compliance?status=SHORTFALL'));
    await waitFor(() => expect(lastQuery(api)).toEqual({ unitId: GUANGDONG_ID, status: 'SHORTFALL' }));

    await userEvent.click(screen.getByText('干部总数'));
    await waitFor(() => expect(currentUrl(router)).toBe('/compliance'));
  });

  it('shows a leader the whole bureau by default', async () => {
    const { api } = renderCompliance('/compliance', 'leader');
    await screen.findByText('120 / 550 学时');
    expect(lastQuery(api)).toEqual({ unitId: BUREAU_ID });
  });
});
