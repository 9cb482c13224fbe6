import { courseSearchParams, DEFAULT_COURSE_SEARCH, parseCourseSearch, toCourseQuery } from './courseSearch';

const parse = (query: string) => parseCourseSearch(new URLSearchParams(query));

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
    expect(parse('kind=SEMINAR&capability=charisma&page=x&size=0')).toEqual({ ...DEFAULT_COURSE_SEARCH, size: 1 });
  });

  it('writes only what differs from the defaults and round-trips', () => {
    expect(courseSearchParams(DEFAULT_COURSE_SEARCH).toString()).toBe('');
    expect(courseSearchParams({ ...DEFAULT_COURSE_SEARCH, q: ' 强邮 ', kind: 'LECTURE_SERIES' }).toString()).toBe(
      'q=%E5%BC%BA%E9%82%AE&kind=LECTURE_SERIES',
    );
    const search = { q: 'ZX', kind: 'BUSINESS' as const, capability: 'MASS_WORK' as const, page: 2, size: 10 };
    expect(parseCourseSearch(courseSearchParams(search))).toEqual(search);
  });

  it('asks the API with its own parameter names, page from 0', () => {
    expect(toCourseQuery({ q: '党校', capability: 'LEARNING', page: 3, size: 20 })).toEqual({ q: '党校', capability: 'LEARNING', page: 3 });
  });
});
