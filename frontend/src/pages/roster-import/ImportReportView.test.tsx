import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../test/render';
import { ImportReportView } from './ImportReportView';
import { outcomeFromReport } from './importOutcome';

const partial = outcomeFromReport({
  mode: 'PARTIAL',
  committed: true,
  totalRows: 3,
  imported: 2,
  rejected: 1,
  rows: [
    { row: 2, employeeNumber: 'YZ100001', name: '张伟', status: 'IMPORTED', cadreId: 'c-1', violations: [] },
    { row: 3, employeeNumber: 'YZ100002', name: '李娜', status: 'IMPORTED', cadreId: 'c-2', violations: [] },
    {
      row: 4,
      employeeNumber: 'YZ100001',
      name: '王芳',
      status: 'REJECTED',
      cadreId: null,
      violations: [
        { field: 'employeeNumber', message: '工号与第2行重复 / duplicate of row 2' },
        { field: 'birthDate', message: '日期格式应为 yyyy-mm-dd' },
      ],
    },
  ],
});

describe('import report', () => {
  it('shows the counts and what to fix in each rejected row', () => {
    renderWithProviders(<ImportReportView outcome={partial} />);

    expect(screen.getByText('已导入 2 行，1 行未通过校验，请修改后重新导入这些行')).toBeInTheDocument();
    const statistic = (title: string) =>
      [...document.querySelectorAll('.ant-statistic')].find((el) => el.querySelector('.ant-statistic-title')?.textContent === title);
    expect(statistic('总行数')).toHaveTextContent('3');
    expect(statistic('已导入')).toHaveTextContent('2');
    expect(statistic('未通过')).toHaveTextContent('1');

    const row = screen.getByRole('row', { name: /第 4 行/ });
    expect(within(row).getByText('王芳')).toBeInTheDocument();
    expect(within(row).getByText('未通过')).toBeInTheDocument();
    expect(row).toHaveTextContent('工号: 工号与第2行重复 / duplicate of row 2');
    expect(row).toHaveTextContent('出生日期: 日期格式应为 yyyy-mm-dd');
  });

  it('lists only the problem rows at first and every row on request, imported ones linking to the cadre', async () => {
    renderWithProviders(<ImportReportView outcome={partial} />);
    expect(screen.queryByText('张伟')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('switch', { name: '只看有问题的行' }));

    expect(screen.getByRole('link', { name: '张伟' })).toHaveAttribute('href', '/cadres/c-1');
    expect(screen.getAllByText('已导入', { selector: '.ant-tag' })).toHaveLength(2);
  });

  it('says nothing was imported when the server committed nothing', () => {
    renderWithProviders(<ImportReportView outcome={{ ...partial, committed: false, imported: 0 }} />);
    expect(screen.getByText('未导入任何数据：1 行未通过校验，请修改后重新上传')).toBeInTheDocument();
  });
});
