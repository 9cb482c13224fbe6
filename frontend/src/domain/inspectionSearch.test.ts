import { GUANGDONG_ID } from '../test/fixtures';
import {
  FINDING_SORTS,
  findingCountQueries,
  findingFilters,
  findingSearchParams,
  MEASURE_SORTS,
  measureFilters,
  PASSPORT_SORTS,
  PASSPORT_URL_KEYS,
  passportFilters,
  ROUND_SORTS,
  roundFilters,
  toMeasureQuery,
  toPassportQuery,
  toRoundQuery,
  TRIP_SORTS,
  tripFilters,
  tripSearchParams,
} from './inspectionSearch';
import { pagedSearchParsers, readSearch } from './pagedSearch';

const parseRoundSearch = (params: URLSearchParams, thisYear: number) => readSearch(pagedSearchParsers(roundFilters(thisYear), ROUND_SORTS), params);
const parseFindingSearch = (params: URLSearchParams) => readSearch(pagedSearchParsers(findingFilters, FINDING_SORTS), params);
const parseMeasureSearch = (params: URLSearchParams) => readSearch(pagedSearchParsers(measureFilters, MEASURE_SORTS), params);
const parseTripSearch = (params: URLSearchParams) => readSearch(pagedSearchParsers(tripFilters, TRIP_SORTS), params);
const parsePassportSearch = (params: URLSearchParams) => readSearch(pagedSearchParsers(passportFilters, PASSPORT_SORTS), params);

describe('inspection searches', () => {
  it('reads rounds by kind, stage and year', () => {
    expect(toRoundQuery(parseRoundSearch(new URLSearchParams('kind=CIRCUIT&status=ON_SITE&year=2026'), 2026))).toEqual({ kind: 'CIRCUIT', status: 'ON_SITE', year: 2026 });
    expect(toRoundQuery(parseRoundSearch(new URLSearchParams('kind=x&year=abc'), 2026))).toEqual({});
  });

  it('pages and sorts rounds on the server, keeping defaults and unknown sorts out of the query', () => {
    expect(toRoundQuery(parseRoundSearch(new URLSearchParams('page=2&size=50&sort=title,desc'), 2026))).toEqual({ page: 2, size: 50, sort: 'title,desc' });
    expect(toRoundQuery(parseRoundSearch(new URLSearchParams('page=0&size=20&sort=teamLeader'), 2026))).toEqual({});
  });

  it('reads the board’s filters, overdue only as a flag, and counts each status with them', () => {
    const search = parseFindingSearch(new URLSearchParams(`overdue=true&unitId=${GUANGDONG_ID}&capability=MASS_WORK&status=OPEN&sort=dueOn,asc`));
    expect(findingSearchParams(search).toString()).toBe(`status=OPEN&unitId=${GUANGDONG_ID}&overdue=true&capability=MASS_WORK&sort=dueOn%2Casc`);
    expect(parseFindingSearch(new URLSearchParams('overdue=yes')).overdue).toBeUndefined();
    expect(findingCountQueries(search)[3]).toEqual({ status: 'REOPENED', unitId: GUANGDONG_ID, overdue: true, capability: 'MASS_WORK', size: 1 });
  });

  it('accepts the four forms only', () => {
    expect(toMeasureQuery(parseMeasureSearch(new URLSearchParams('form=2&status=IN_FORCE')))).toEqual({ form: 2, status: 'IN_FORCE' });
    expect(parseMeasureSearch(new URLSearchParams('form=5')).form).toBeUndefined();
    expect(parseMeasureSearch(new URLSearchParams('form=2x')).form).toBeUndefined();
  });

  it('reads the trips by unit, status and name, overdue only as a flag, sorted by what the API sorts them by', () => {
    const search = parseTripSearch(new URLSearchParams(`status=ISSUED&overdue=true&unitId=${GUANGDONG_ID}&q=%20李明%20&sort=passportDue,asc&page=1`));
    expect(tripSearchParams(search).toString()).toBe(`unitId=${GUANGDONG_ID}&status=ISSUED&overdue=true&q=%E6%9D%8E%E6%98%8E&page=1&sort=passportDue%2Casc`);
    expect(parseTripSearch(new URLSearchParams('status=LOST&overdue=1&sort=destination')).status).toBeUndefined();
    expect(tripSearchParams(parseTripSearch(new URLSearchParams('status=LOST&overdue=1&sort=destination'))).toString()).toBe('');
  });

  it('reads the passports held by unit, status and name', () => {
    expect(toPassportQuery(parsePassportSearch(new URLSearchParams('status=HELD&q=E123&sort=expiresOn,desc')))).toEqual({ status: 'HELD', q: 'E123', sort: 'expiresOn,desc' });
    expect(toPassportQuery(parsePassportSearch(new URLSearchParams('status=LOST&sort=number')))).toEqual({});
    // its URL keys never meet the trips' on the page they share
    expect(Object.values(PASSPORT_URL_KEYS).filter((key) => key in tripFilters || ['page', 'size', 'sort'].includes(key))).toEqual([]);
  });
});
