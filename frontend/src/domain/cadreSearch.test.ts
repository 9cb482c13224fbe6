import { exportUrl, cadreFilters, SORTABLE_FIELDS, toSearchParams, DEFAULT_SEARCH } from './cadreSearch';
import { pagedSearchParsers, readSearch } from './pagedSearch';

const UNIT = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const parse = (query: string) => readSearch(pagedSearchParsers(cadreFilters, SORTABLE_FIELDS), new URLSearchParams(query));

describe('cadre search ↔ query string', () => {
  it('reads every filter, paging and sorting from the URL', () => {
    expect(parse(`q=王&unitId=${UNIT}&rank=SECTION_PRINCIPAL&category=RESERVE&status=ALL&page=2&size=50&sort=name,desc`)).toEqual({
      q: '王',
      unitId: UNIT,
      rank: 'SECTION_PRINCIPAL',
      category: 'RESERVE',
      status: 'ALL',
      page: 2,
      size: 50,
      sort: 'name,desc',
    });
    expect(parse('status=retired').status).toBe('RETIRED');
  });

  it('falls back to the defaults for an empty query string', () => {
    expect(parse('')).toEqual(DEFAULT_SEARCH);
  });

  it('drops values the API would refuse instead of failing the page', () => {
    expect(parse('q=%20%20&rank=GENERAL&category=x&status=gone&unitId=not-a-uuid&page=-1&size=5000&sort=salary,desc')).toEqual({
      ...DEFAULT_SEARCH,
      size: 200,
    });
    expect(parse('sort=name,up').sort).toBeUndefined();
  });

  it('writes only what differs from the defaults, so links stay short', () => {
    expect(toSearchParams({ ...DEFAULT_SEARCH, q: '  张 ' }).toString()).toBe('q=%E5%BC%A0');
    expect(toSearchParams(DEFAULT_SEARCH).toString()).toBe('');
  });

  it('round-trips a search through the URL unchanged', () => {
    const search = { ...DEFAULT_SEARCH, q: 'YZ00', unitId: UNIT, rank: 'BUREAU_DEPUTY' as const, status: 'RETIRED' as const, page: 3, size: 100, sort: 'birthDate,asc' };
    expect(parse(toSearchParams(search).toString())).toEqual(search);
  });
});

describe('export URL', () => {
  it('asks for the same search in the same order, without paging', () => {
    const url = exportUrl({ ...DEFAULT_SEARCH, q: '李', unitId: UNIT, category: 'RESERVE', status: 'ALL', page: 5, size: 50, sort: 'name,asc' });
    expect(url.startsWith('/api/cadres/export?')).toBe(true);
    const params = new URLSearchParams(url.split('?')[1]);
    expect(Object.fromEntries(params)).toEqual({ q: '李', unitId: UNIT, category: 'RESERVE', status: 'ALL', sort: 'name,asc' });
  });

  it('is the bare export path for the default search', () => {
    expect(exportUrl(DEFAULT_SEARCH)).toBe('/api/cadres/export');
  });

  it('asks for the 干部名册 with the same filters, in its own order', () => {
    const url = exportUrl({ ...DEFAULT_SEARCH, unitId: UNIT, rank: 'DIVISION_PRINCIPAL', sort: 'name,asc', page: 2 }, 'register');
    expect(Object.fromEntries(new URLSearchParams(url.split('?')[1]))).toEqual({ unitId: UNIT, rank: 'DIVISION_PRINCIPAL', layout: 'register' });
  });
});
