import { outcomeFromRejection, outcomeFromReport } from './importOutcome';

describe('import outcome', () => {
  it('regroups a 422’s rows[N].field violations per spreadsheet row, in row order', () => {
    const outcome = outcomeFromRejection({
      status: 422,
      detail: '2 of 5 rows are invalid; nothing was imported',
      violations: [
        { field: 'rows[7].unitCode', message: '单位编码不存在' },
        { field: 'rows[3].birthDate', message: '日期格式应为 yyyy-mm-dd' },
        { field: 'rows[3].name', message: '必填' },
      ],
    });
    expect(outcome).toMatchObject({ committed: false, mode: 'ALL_OR_NOTHING', imported: 0, rejected: 2 });
    expect(outcome!.rows).toEqual([
      { row: 3, status: 'REJECTED', violations: [{ field: 'birthDate', message: '日期格式应为 yyyy-mm-dd' }, { field: 'name', message: '必填' }] },
      { row: 7, status: 'REJECTED', violations: [{ field: 'unitCode', message: '单位编码不存在' }] },
    ]);
  });

  it('is undefined for a problem that names no rows (an unreadable file)', () => {
    expect(outcomeFromRejection({ status: 400, violations: [{ field: 'file', message: 'no rows' }] })).toBeUndefined();
  });

  it('takes a report as the server sent it', () => {
    const outcome = outcomeFromReport({
      mode: 'PARTIAL',
      committed: true,
      totalRows: 2,
      imported: 1,
      rejected: 1,
      rows: [
        { row: 2, employeeNumber: 'YZ1', name: '甲', status: 'IMPORTED', cadreId: 'c1', violations: [] },
        { row: 3, employeeNumber: 'YZ2', name: '乙', status: 'REJECTED', cadreId: null, violations: [{ field: 'gender', message: 'x' }] },
      ],
    });
    expect(outcome.rows.map((row) => row.status)).toEqual(['IMPORTED', 'REJECTED']);
    expect(outcome.totalRows).toBe(2);
  });
});
