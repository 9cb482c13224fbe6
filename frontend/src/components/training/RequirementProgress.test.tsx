import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../test/render';
import { myLearning } from '../../test/trainingFixtures';
import { RequirementProgress } from './RequirementProgress';

const [annual, online] = myLearning.compliance!.assessment!.requirements!;

describe('requirement progress', () => {
  it('shows a requirement behind pace: the bar, the status, 尚缺 and the due date', async () => {
    renderWithProviders(<RequirementProgress requirement={annual} />);
    const group = await screen.findByRole('group', { name: '年度学时（乡科级及以下）' });
    expect(within(group).getByText('32 / 90 学时')).toBeInTheDocument();
    expect(within(group).getByText('进度滞后')).toBeInTheDocument();
    expect(within(group).getByText('尚缺 58 学时')).toBeInTheDocument();
    expect(within(group).getByText('截止 2026-12-31')).toBeInTheDocument();
    expect(within(group).getByText('脱产培训 5 / 12 天')).toBeInTheDocument();
    expect(within(group).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '35');
  });

  it('shows a met requirement as done, without off-the-job days it does not ask for', async () => {
    renderWithProviders(<RequirementProgress requirement={online} />);
    const group = await screen.findByRole('group', { name: '年度网络学习' });
    expect(within(group).getByText('50.5 / 50 学时')).toBeInTheDocument();
    expect(within(group).getByText('已达标')).toBeInTheDocument();
    expect(within(group).getByText('已达到要求')).toBeInTheDocument();
    expect(within(group).queryByText(/脱产培训/)).not.toBeInTheDocument();
    expect(group.querySelector('.ant-progress-status-success')).not.toBeNull();
  });

  it('has a one-line form for tables, in English too', async () => {
    renderWithProviders(<RequirementProgress requirement={annual} compact />, { locale: 'en-US' });
    expect(await screen.findByText('Annual hours (section level and below)')).toBeInTheDocument();
    expect(screen.getByText('32 / 90 h')).toBeInTheDocument();
    expect(screen.getByText('At risk')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });
});
