import { CLASS_SORTS, classFilters, classSearchParams, toClassQuery } from './classSearch';
import { pagedSearchParsers, readSearch } from './pagedSearch';

const parse = (query: string) => readSearch(pagedSearchParsers(classFilters, CLASS_SORTS), new URLSearchParams(query));

describe('培训班管理 search', () => {
  it('reads the status, page and sort of the URL and asks the server for them', () => {
    const search = parse('status=OPEN&page=1&size=50&sort=title,desc');
    expect(toClassQuery(search)).toEqual({ status: 'OPEN', page: 1, size: 50, sort: 'title,desc' });
    expect(classSearchParams(search).toString()).toBe('status=OPEN&page=1&size=50&sort=title%2Cdesc');
  });

  it('leaves defaults, unknown statuses and sorts out', () => {
    expect(toClassQuery(parse('status=DONE&page=0&size=20&sort=venue'))).toEqual({});
  });
});
