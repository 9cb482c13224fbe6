import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../test/render';
import { GradeDistributionChart } from './GradeDistributionChart';

const ERROR_RED = '#ff4d4f'; // antd's colorError

describe('grade distribution chart', () => {
  it('marks the quota on the 优秀 bar and turns both red when 优秀 exceeds it', async () => {
    const { container } = renderWithProviders(
      <GradeDistributionChart counts={{ EXCELLENT: 3, COMPETENT: 7, BASICALLY_COMPETENT: 1, INCOMPETENT: 0 }} quota={2} assessed={12} />,
    );

    const chart = await screen.findByRole('img', { name: /优秀 3 人，称职 7 人，基本称职 1 人，不称职 0 人；优秀限额 2 人，超出 1 人/ });
    const quota = within(chart).getByTestId('quota-line');
    expect(quota).toHaveAttribute('data-exceeded', 'true');
    expect(within(quota).getByText('限额 2 · 超出 1 人')).toHaveAttribute('fill', ERROR_RED);
    expect(quota.querySelector('line')).toHaveAttribute('stroke', ERROR_RED);
    expect(container.querySelector('[data-grade="EXCELLENT"] rect')).toHaveAttribute('fill', ERROR_RED);
    expect(container.querySelector('[data-grade="COMPETENT"] rect')).not.toHaveAttribute('fill', ERROR_RED);
  });

  it('draws the quota line level with the quota, and in plain colours while 优秀 stays within it', async () => {
    const { container } = renderWithProviders(
      <GradeDistributionChart counts={{ EXCELLENT: 2, COMPETENT: 8, BASICALLY_COMPETENT: 0, INCOMPETENT: 0 }} quota={2} assessed={10} />,
    );

    const chart = await screen.findByRole('img', { name: /优秀 2 人.*优秀限额 2 人$/ });
    const quota = within(chart).getByTestId('quota-line');
    expect(quota).toHaveAttribute('data-exceeded', 'false');
    expect(within(quota).getByText('限额 2')).not.toHaveAttribute('fill', ERROR_RED);
    // The quota line sits exactly at the top of a bar of the same count.
    const excellentTop = container.querySelector('[data-grade="EXCELLENT"] rect')!.getAttribute('y');
    expect(quota.querySelector('line')).toHaveAttribute('y1', excellentTop);
  });

  it('reads in English too', async () => {
    renderWithProviders(<GradeDistributionChart counts={{ EXCELLENT: 1, COMPETENT: 2, BASICALLY_COMPETENT: 0, INCOMPETENT: 0 }} quota={1} assessed={3} />, {
      locale: 'en-US',
    });
    expect(await screen.findByRole('img', { name: 'Excellent 1, Competent 2, Basically competent 0, Incompetent 0; Excellent quota 1' })).toBeInTheDocument();
  });
});
