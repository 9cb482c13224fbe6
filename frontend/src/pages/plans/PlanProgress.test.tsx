import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../test/render';
import { guangdongPlan, shenzhenPlan } from '../../test/trainingFixtures';
import { DesignatedProgress, PlanProgress } from './PlanProgress';

describe('plan progress', () => {
  it('shows coverage behind its target: the bar towards the target, 未达标 and who was trained', async () => {
    renderWithProviders(<PlanProgress plan={guangdongPlan} measure="coverage" />);
    const group = await screen.findByRole('group', { name: '培训覆盖率' });
    expect(within(group).getByText('62.5% / 目标 80%')).toBeInTheDocument();
    expect(within(group).getByText('未达标')).toBeInTheDocument();
    expect(within(group).getByText('已参训 5 / 8 人')).toBeInTheDocument();
    expect(within(group).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '78');
    expect(group.querySelector('.ant-progress-status-success')).toBeNull();
  });

  it('shows hours per cadre past the target as a full bar, 已达标', async () => {
    renderWithProviders(<PlanProgress plan={guangdongPlan} measure="hours" />);
    const group = await screen.findByRole('group', { name: '人均学时' });
    expect(within(group).getByText('50.5 / 目标 40 学时')).toBeInTheDocument();
    expect(within(group).getByText('已达标')).toBeInTheDocument();
    expect(within(group).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
    expect(group.querySelector('.ant-progress-status-success')).not.toBeNull();
  });

  it('counts the named cadres trained, or says none were named', async () => {
    const { unmount } = renderWithProviders(<DesignatedProgress plan={guangdongPlan} />);
    expect(await screen.findByText('1 / 3 人已参训')).toBeInTheDocument();
    unmount();
    renderWithProviders(<DesignatedProgress plan={shenzhenPlan} />);
    expect(await screen.findByText('未指定')).toBeInTheDocument();
  });

  it('reads in English too', async () => {
    renderWithProviders(<PlanProgress plan={shenzhenPlan} measure="coverage" />, { locale: 'en-US' });
    const group = await screen.findByRole('group', { name: 'Coverage' });
    expect(within(group).getByText('100% / target 50%')).toBeInTheDocument();
    expect(within(group).getByText('Met')).toBeInTheDocument();
    expect(within(group).getByText('4 of 4 cadres trained')).toBeInTheDocument();
  });
});
