import { describe, expect, it } from 'vitest';
import { serverPagination, withPagination } from './serverPagination';

describe('server pagination', () => {
  const search = { q: 'x', page: 2, size: 20 };

  it('shows the search page from 1 with the total', () => {
    expect(serverPagination(search, 95, String)).toMatchObject({ current: 3, pageSize: 20, total: 95, showSizeChanger: true });
  });

  it('moves to the chosen page and keeps the rest of the search', () => {
    expect(withPagination(search, { current: 5, pageSize: 20 })).toEqual({ q: 'x', page: 4, size: 20 });
  });

  it('starts again on the first page when the page size changes', () => {
    expect(withPagination(search, { current: 3, pageSize: 50 })).toEqual({ q: 'x', page: 0, size: 50 });
  });
});
