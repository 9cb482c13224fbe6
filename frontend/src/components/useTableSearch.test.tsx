import { act, screen, waitFor } from '@testing-library/react';
import { parseAsOneOf, parseAsSearchText, parseAsUuid } from '../domain/queryParams';
import { GUANGDONG_ID, SHENZHEN_ID } from '../test/fixtures';
import { currentUrl, renderWithProviders } from '../test/render';
import { useTableSearch, type TableSearch } from './useTableSearch';

const FILTERS = {
  q: parseAsSearchText,
  unitId: parseAsUuid,
  status: parseAsOneOf(['OPEN', 'CLOSED', 'ALL'] as const).withDefault('OPEN'),
};
const SORTS = ['name', 'dueOn'];
const SECOND_KEYS = { page: 'otherPage', size: 'otherSize', sort: 'otherSort' };

type Search = ReturnType<typeof useTableSearch<typeof FILTERS>>['search'];

/** A list page's search as the page sees it, and the hook to move it. */
function renderSearch(path: string) {
  const seen: { table?: TableSearch<Search> } = {};
  function List() {
    const table = useTableSearch(FILTERS, SORTS);
    seen.table = table;
    return <output aria-label="search">{JSON.stringify(table.search)}</output>;
  }
  const view = renderWithProviders(<List />, { path });
  const shown = () => JSON.parse(screen.getByRole('status', { name: 'search' }).textContent ?? '{}') as Search;
  return { ...view, table: () => seen.table!, shown };
}

describe('a list’s search in the URL', () => {
  it('reads filters, page, size and sort from the URL, typed, with the defaults for what is missing', () => {
    const { shown, table } = renderSearch(`/list?q=%20陈%20&unitId=${GUANGDONG_ID}&status=CLOSED&page=2&size=50&sort=dueOn,desc`);
    expect(shown()).toEqual({ q: '陈', unitId: GUANGDONG_ID, status: 'CLOSED', page: 2, size: 50, sort: 'dueOn,desc' });
    expect(table().sort).toEqual({ field: 'dueOn', order: 'descend' });
    expect(table().sorts).toEqual(SORTS);
  });

  it('still opens a bad link, with what the API would refuse dropped and numbers brought into range', () => {
    const { shown, table } = renderSearch('/list?q=%20&unitId=42&status=LATE&page=-1&size=5000&sort=salary,desc');
    expect(shown()).toEqual({ status: 'OPEN', page: 0, size: 200 });
    expect(table().sort).toBeUndefined();
    expect(table().filtered()).toBe(false);
  });

  it('starts again on the first page when a filter changes, and writes only what differs from the defaults', async () => {
    const { router, table, shown } = renderSearch('/list?unitId=42&page=3&sort=name,asc');

    act(() => table().filter({ unitId: SHENZHEN_ID }));

    expect(shown()).toEqual({ unitId: SHENZHEN_ID, status: 'OPEN', page: 0, size: 20, sort: 'name,asc' });
    await waitFor(() => expect(currentUrl(router)).toBe(`/list?unitId=${SHENZHEN_ID}&sort=name,asc`));
    expect(table().filtered()).toBe(true);
    expect(table().filtered('unitId')).toBe(false);
  });

  it('moves the pager or the sort and keeps the filters', async () => {
    const { router, table } = renderSearch('/list?status=ALL');

    act(() => table().update({ page: 4, size: 50 }));
    await waitFor(() => expect(currentUrl(router)).toBe('/list?status=ALL&page=4&size=50'));

    act(() => table().update({ sort: 'dueOn,asc', page: 0 }));
    await waitFor(() => expect(currentUrl(router)).toBe('/list?status=ALL&size=50&sort=dueOn,asc'));
  });

  it('goes back to the defaults on reset, keeping the page size and what the page keeps', async () => {
    const { router, table } = renderSearch(`/list?q=x&unitId=${GUANGDONG_ID}&status=CLOSED&page=2&size=50&sort=name,desc`);

    act(() => table().reset({ status: 'CLOSED' }));

    await waitFor(() => expect(currentUrl(router)).toBe('/list?status=CLOSED&size=50'));
  });

  it('leaves each change in the history, so the back button shows the search before it', async () => {
    const { router, table, shown } = renderSearch('/list?q=first');

    act(() => table().filter({ q: 'second' }));
    await waitFor(() => expect(currentUrl(router)).toBe('/list?q=second'));

    act(() => window.history.back());

    await waitFor(() => expect(shown().q).toBe('first'));
    expect(currentUrl(router)).toBe('/list?q=first');
  });

  it('keeps a second list’s paging under its own names', async () => {
    const seen: { first?: TableSearch<Search>; second?: TableSearch<{ page: number; size: number; sort?: string }> } = {};
    function Lists() {
      seen.first = useTableSearch(FILTERS, SORTS);
      seen.second = useTableSearch({}, ['places'], { urlKeys: SECOND_KEYS });
      return null;
    }
    const { router } = renderWithProviders(<Lists />, { path: '/list?page=2&otherSort=places,desc' });
    expect(seen.first!.search.page).toBe(2);
    expect(seen.second!.search).toEqual({ page: 0, size: 20, sort: 'places,desc' });

    act(() => seen.second!.update({ page: 1 }));

    await waitFor(() => expect(currentUrl(router)).toBe('/list?page=2&otherSort=places,desc&otherPage=1'));
    expect(seen.first!.search.page).toBe(2);
  });
});
