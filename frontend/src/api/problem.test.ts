import { ApiError, fieldPath, partitionViolations, problemSlug, toFieldErrors, toProblem } from './problem';

describe('violation fields → form names', () => {
  it('splits dotted and indexed fields into antd name paths', () => {
    expect(fieldPath('birthDate')).toEqual(['birthDate']);
    expect(fieldPath('rows[3].birthDate')).toEqual(['rows', 3, 'birthDate']);
    expect(fieldPath('address.city')).toEqual(['address', 'city']);
    expect(fieldPath('matrix[1][2]')).toEqual(['matrix', 1, 2]);
  });

  it('groups several messages for one field and leaves out field-less violations', () => {
    expect(
      toFieldErrors([
        { field: 'rows[3].birthDate', message: '日期格式应为 yyyy-mm-dd' },
        { field: 'rows[3].birthDate', message: '不能晚于今天' },
        { field: 'file', message: 'no rows' },
        { message: 'general' },
      ]),
    ).toEqual([
      { name: ['rows', 3, 'birthDate'], errors: ['日期格式应为 yyyy-mm-dd', '不能晚于今天'] },
      { name: ['file'], errors: ['no rows'] },
    ]);
  });

  it('separates the violations a form can show from the rest', () => {
    const { onForm, elsewhere } = partitionViolations(
      [{ field: 'file', message: 'a' }, { field: 'rows[2].name', message: 'b' }, { message: 'c' }],
      ['file', 'mode'],
    );
    expect(onForm.map((v) => v.message)).toEqual(['a']);
    expect(elsewhere.map((v) => v.message)).toEqual(['b', 'c']);
  });
});

describe('problems', () => {
  it('reads the slug of the type URI', () => {
    expect(problemSlug({ type: 'https://benling.org/problems/import-rejected' })).toBe('import-rejected');
    expect(problemSlug({})).toBeUndefined();
  });

  it('keeps a problem body and fills in status and request id', () => {
    expect(toProblem({ title: 'Conflict', detail: 'd' }, 409, 'r1')).toEqual({ title: 'Conflict', detail: 'd', status: 409, requestId: 'r1' });
    expect(toProblem(undefined, 503, null)).toEqual({ status: 503, title: undefined, detail: undefined, requestId: undefined });
  });

  it('exposes violations on the error', () => {
    const error = new ApiError({ status: 422, violations: [{ field: 'rows[4].unitCode', message: 'unknown' }] }, 422);
    expect(error.violations).toHaveLength(1);
    expect(error.message).toBe('HTTP 422');
  });
});
