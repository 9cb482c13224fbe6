import { describe, expect, it } from 'vitest';
import { serverPagination, tableChange } from './serverPagination';

describe('server pagination', () => {
  const search = { page: 2, size: 20, sort: 'name,asc' };
  const SORTS = ['name', 'birthDate'];

  it('shows the search page from 1 with the total', () => {
    expect(serverPagination(search, 95, String)).toMatchObject({ current: 3, pageSize: 20, total: 95, showSizeChanger: true });
  });

  it('moves to the chosen page', () => {
    expect(tableChange(search, { current: 5, pageSize: 20 }, {}, 'paginate', SORTS)).toEqual({ page: 4, size: 20 });
  });

  it('starts again on the first page when the page size changes', () => {
    expect(tableChange(search, { current: 3, pageSize: 50 }, {}, 'paginate', SORTS)).toEqual({ page: 0, size: 50 });
  });

  it('sorts by a column the API sorts by, from the first page, and clears the sort with the column', () => {
    expect(tableChange(search, { current: 3 }, { columnKey: 'birthDate', order: 'descend' }, 'sort', SORTS)).toEqual({ sort: 'birthDate,desc', page: 0 });
    expect(tableChange(search, { current: 3 }, { columnKey: 'birthDate', order: null }, 'sort', SORTS)).toEqual({ sort: undefined, page: 0 });
    expect(tableChange(search, { current: 3 }, [{ columnKey: 'unitName', order: 'ascend' }], 'sort', SORTS)).toEqual({ sort: undefined, page: 0 });
  });
});
