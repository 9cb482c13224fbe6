import { GUANGDONG_ID } from '../test/fixtures';
import {
  FINDING_SORTS,
  findingCountQueries,
  findingFilters,
  findingSearchParams,
  MEASURE_SORTS,
  measureFilters,
  ROUND_SORTS,
  roundFilters,
  toMeasureQuery,
  toRoundQuery,
} from './inspectionSearch';
import { pagedSearchParsers, readSearch } from './pagedSearch';

const parseRoundSearch = (params: URLSearchParams, thisYear: number) => readSearch(pagedSearchParsers(roundFilters(thisYear), ROUND_SORTS), params);
const parseFindingSearch = (params: URLSearchParams) => readSearch(pagedSearchParsers(findingFilters, FINDING_SORTS), params);
const parseMeasureSearch = (params: URLSearchParams) => readSearch(pagedSearchParsers(measureFilters, MEASURE_SORTS), params);

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
});
