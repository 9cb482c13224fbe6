import {
  CYCLE_SORTS,
  cycleFilters,
  cycleSearchParams,
  cycleYears,
  GAP_SORTS,
  gapFilters,
  gapSearchParams,
  REVIEW_SORTS,
  reviewFilters,
  reviewSearchParams,
  toCycleQuery,
  toGapQuery,
  toReviewQuery,
} from './assessmentSearch';
import { pagedSearchParsers, readSearch } from './pagedSearch';
import { SHENZHEN_ID } from '../test/fixtures';

const params = (query: string) => new URLSearchParams(query);
const parseCycleSearch = (query: URLSearchParams, thisYear: number) => readSearch(pagedSearchParsers(cycleFilters(thisYear), CYCLE_SORTS), query);
const parseReviewSearch = (query: URLSearchParams) => readSearch(pagedSearchParsers(reviewFilters, REVIEW_SORTS), query);
const parseGapSearch = (query: URLSearchParams) => readSearch(pagedSearchParsers(gapFilters, GAP_SORTS), query);

describe('年度考核 search', () => {
  it('reads year, unit, status, paging and sort from the URL and asks the API exactly that', () => {
    const search = parseCycleSearch(params(`year=2025&unitId=${SHENZHEN_ID}&status=FINALIZED&page=2&size=50&sort=unit,desc`), 2026);
    expect(search).toEqual({ year: 2025, unitId: SHENZHEN_ID, status: 'FINALIZED', page: 2, size: 50, sort: 'unit,desc' });
    expect(toCycleQuery(search)).toEqual({ year: 2025, unitId: SHENZHEN_ID, status: 'FINALIZED', page: 2, size: 50, sort: 'unit,desc' });
  });

  it('drops what the API would refuse and leaves the defaults out of the URL', () => {
    const search = parseCycleSearch(params('year=abc&unitId=42&status=DONE&sort=title&page=-1'), 2026);
    expect(search).toEqual({ year: undefined, unitId: undefined, status: undefined, page: 0, size: 20, sort: undefined });
    expect(cycleSearchParams(search).toString()).toBe('');
  });

  it('brings a year from a link into the years cycles can have', () => {
    expect(parseCycleSearch(params('year=1999'), 2026).year).toBe(2000);
    expect(parseCycleSearch(params('year=2031'), 2026).year).toBe(2026);
  });

  it('offers this year and the five before, and a year from a shared link', () => {
    expect(cycleYears(2026)).toEqual([2026, 2025, 2024, 2023, 2022, 2021]);
    expect(cycleYears(2026, 2015)).toEqual([2026, 2025, 2024, 2023, 2022, 2021, 2015]);
  });
});

describe('review search', () => {
  it('searches by name or number and grade, trimmed', () => {
    const search = parseReviewSearch(params('q=%20陈%20&grade=EXCELLENT&sort=grade,desc'));
    expect(toReviewQuery(search)).toEqual({ q: '陈', grade: 'EXCELLENT', sort: 'grade,desc' });
    expect(reviewSearchParams({ ...search, grade: undefined, sort: undefined }).toString()).toBe(`q=${encodeURIComponent('陈')}`);
  });
});

describe('能力短板 search', () => {
  it('asks for open gaps by default without putting that in the URL', () => {
    const search = parseGapSearch(params(''));
    expect(toGapQuery(search)).toEqual({ status: 'OPEN' });
    expect(gapSearchParams(search).toString()).toBe('');
  });

  it('asks without a status for all gaps, and keeps that choice in the URL', () => {
    const search = parseGapSearch(params('status=ALL&capability=MASS_WORK&sort=score,asc'));
    expect(toGapQuery(search)).toEqual({ capability: 'MASS_WORK', sort: 'score,asc' });
    expect(gapSearchParams(search).toString()).toBe('capability=MASS_WORK&sort=score%2Casc&status=ALL');
  });
});
