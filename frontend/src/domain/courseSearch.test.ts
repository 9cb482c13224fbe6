import { courseFilters, courseSearchParams, toCourseQuery } from './courseSearch';
import { DEFAULT_PAGE, pagedSearchParsers, readSearch } from './pagedSearch';

const parse = (query: string) => readSearch(pagedSearchParsers(courseFilters), new URLSearchParams(query));

describe('course search ↔ query string', () => {
  it('reads text, kind, capability and paging from the URL', () => {
    expect(parse('q=风险&kind=SPECIAL_TOPIC&capability=RISK_MANAGEMENT&page=1&size=50')).toEqual({
      q: '风险',
      kind: 'SPECIAL_TOPIC',
      capability: 'RISK_MANAGEMENT',
      page: 1,
      size: 50,
    });
  });

  it('drops what the API would refuse instead of failing the page', () => {
    expect(parse('kind=SEMINAR&capability=charisma&page=x&size=0')).toEqual({ ...DEFAULT_PAGE, size: 1 });
  });

  it('writes only what differs from the defaults and round-trips', () => {
    expect(courseSearchParams(DEFAULT_PAGE).toString()).toBe('');
    expect(courseSearchParams({ ...DEFAULT_PAGE, q: ' 强邮 ', kind: 'LECTURE_SERIES' }).toString()).toBe('q=%E5%BC%BA%E9%82%AE&kind=LECTURE_SERIES');
    const search = { q: 'ZX', kind: 'BUSINESS' as const, capability: 'MASS_WORK' as const, page: 2, size: 10 };
    expect(parse(courseSearchParams(search).toString())).toEqual(search);
  });

  it('asks the API with its own parameter names, page from 0', () => {
    expect(toCourseQuery({ q: '党校', capability: 'LEARNING', page: 3, size: 20 })).toEqual({ q: '党校', capability: 'LEARNING', page: 3 });
  });
});
