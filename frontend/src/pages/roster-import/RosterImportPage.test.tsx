import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { problem, sentFormData } from '../../test/fakeApi';
import { meFor, sessionFor } from '../../test/fixtures';
import { renderApp } from '../../test/render';

const xlsx = () =>
  new File(['fake workbook'], '花名册.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });

async function chooseFileAndImport(mode?: string) {
  await screen.findByText('花名册文件');
  if (mode) await userEvent.click(screen.getByRole('radio', { name: new RegExp(mode) }));
  const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
  await userEvent.upload(input, xlsx());
  await userEvent.click(screen.getByRole('button', { name: '开始导入' }));
}

describe('roster import page', () => {
  beforeEach(() => {
    document.cookie = 'XSRF-TOKEN=csrf-42; path=/';
  });

  it('posts the file as multipart with the chosen mode and the CSRF header, then shows the report', async () => {
    const { api } = renderApp({
      session: sessionFor('hr'),
      path: '/roster-import',
      handlers: {
        'GET /api/me': meFor('hr'),
        'POST /api/cadres/import': {
          mode: 'PARTIAL',
          committed: true,
          totalRows: 1,
          imported: 1,
          rejected: 0,
          rows: [{ row: 2, employeeNumber: 'YZ9', name: '周敏', status: 'IMPORTED', cadreId: 'c-9', violations: [] }],
        },
      },
    });

    await chooseFileAndImport();

    expect(await screen.findByText('导入成功：共导入 1 行')).toBeInTheDocument();
    const [request] = api.calls('POST /api/cadres/import');
    expect(new URL(request.url).searchParams.get('mode')).toBe('partial');
    expect(request.headers.get('X-XSRF-TOKEN')).toBe('csrf-42');
    const file = sentFormData(request).get('file') as File;
    expect(file.name).toBe('花名册.xlsx');
    expect(file.size).toBe('fake workbook'.length);
  });

  it('shows the rows[N].field violations of an all-or-nothing rejection row by row', async () => {
    const { api } = renderApp({
      session: sessionFor('hr'),
      path: '/roster-import',
      handlers: {
        'GET /api/me': meFor('hr'),
        'POST /api/cadres/import': () =>
          problem(422, {
            type: 'https://benling.org/problems/import-rejected',
            title: 'Rule violated',
            detail: '1 of 3 rows are invalid; nothing was imported',
            violations: [{ field: 'rows[5].rankLevel', message: '职级不在代码表中 / unknown rank' }],
          }),
      },
    });

    await chooseFileAndImport('全部或不导入');

    expect(await screen.findByText('未导入任何数据：1 行未通过校验，请修改后重新上传')).toBeInTheDocument();
    expect(screen.getByText('1 of 3 rows are invalid; nothing was imported')).toBeInTheDocument();
    const row = screen.getByRole('row', { name: /第 5 行/ });
    expect(within(row).getByText('未通过')).toBeInTheDocument();
    expect(row).toHaveTextContent('职级: 职级不在代码表中 / unknown rank');
    expect(new URL(api.calls('POST /api/cadres/import')[0].url).searchParams.get('mode')).toBe('all-or-nothing');
  });

  it('puts a file violation on the file field', async () => {
    renderApp({
      session: sessionFor('hr'),
      path: '/roster-import',
      handlers: {
        'GET /api/me': meFor('hr'),
        'POST /api/cadres/import': () =>
          problem(400, { type: 'https://benling.org/problems/validation', detail: 'the roster has no data rows', violations: [{ field: 'file', message: 'no rows' }] }),
      },
    });

    await chooseFileAndImport();

    await waitFor(() => expect(screen.getByText('花名册文件').closest('.ant-form-item')).toHaveTextContent('no rows'));
  });

  it('refuses to send without a file', async () => {
    const { api } = renderApp({ session: sessionFor('admin'), path: '/roster-import', handlers: { 'GET /api/me': meFor('admin') } });
    await userEvent.click(await screen.findByRole('button', { name: '开始导入' }));
    expect(await screen.findByText('请选择要导入的花名册文件')).toBeInTheDocument();
    expect(api.calls('POST /api/cadres/import')).toHaveLength(0);
  });

  it('offers the import template as a plain download link', async () => {
    renderApp({ session: sessionFor('admin'), path: '/roster-import', handlers: { 'GET /api/me': meFor('admin') } });
    expect(await screen.findByRole('link', { name: /下载导入模板/ })).toHaveAttribute('href', '/api/cadres/import/template');
  });
});
