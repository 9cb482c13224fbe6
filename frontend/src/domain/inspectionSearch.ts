import type { paths } from '../api/schema';
import {
  CAPABILITIES,
  FILING_STATUSES,
  FINDING_STATUSES,
  HELD_PASSPORT_STATUSES,
  MEASURE_FORMS,
  MEASURE_STATUSES,
  ROUND_KINDS,
  ROUND_STATUSES,
  TRIP_STATUSES,
} from './enums';
import { defined, nonDefaultPaging, type PagedSearchOf } from './pagedSearch';
import { parseAsNumberOf, parseAsOneOf, parseAsSearchText, parseAsTrue, parseAsUuid, parseAsWholeNumber, toParams } from './queryParams';

/**
 * The searches of the inspection pages as their URLs hold them, with the API's own parameter names and values
 * (page from 0); defaults stay out of the URL and the API query.
 */

export const MIN_ROUND_YEAR = 2000;

// 巡视巡察: rounds in scope, newest first, a server page at a time.

export const ROUND_SORTS = ['onSiteStart', 'title', 'status'] as const;

/** The rounds' filters; a year from a link is brought into the years rounds can have (up to five ahead). */
export function roundFilters(thisYear: number) {
  return { kind: parseAsOneOf(ROUND_KINDS), status: parseAsOneOf(ROUND_STATUSES), year: parseAsWholeNumber(MIN_ROUND_YEAR, thisYear + 5) };
}

export type RoundSearch = PagedSearchOf<ReturnType<typeof roundFilters>>;

export type RoundQuery = NonNullable<paths['/api/inspection/rounds']['get']['parameters']['query']>;

export function toRoundQuery(search: Partial<RoundSearch>): RoundQuery {
  return defined({ kind: search.kind, status: search.status, year: search.year, ...nonDefaultPaging(search), sort: search.sort });
}

export function roundSearchParams(search: Partial<RoundSearch>): URLSearchParams {
  return toParams(toRoundQuery(search));
}

// 问题整改看板: findings one status at a time (all without one), overdue only when asked.

export const FINDING_SORTS = ['dueOn', 'recordedAt', 'severity', 'unit'] as const;

export const findingFilters = {
  status: parseAsOneOf(FINDING_STATUSES),
  unitId: parseAsUuid,
  overdue: parseAsTrue,
  capability: parseAsOneOf(CAPABILITIES),
  roundId: parseAsUuid,
};

export type FindingSearch = PagedSearchOf<typeof findingFilters>;

export type FindingQuery = NonNullable<paths['/api/inspection/findings']['get']['parameters']['query']>;

export function toFindingQuery(search: Partial<FindingSearch>): FindingQuery {
  return defined({
    status: search.status,
    unitId: search.unitId,
    overdue: search.overdue,
    capability: search.capability,
    roundId: search.roundId,
    ...nonDefaultPaging(search),
    sort: search.sort,
  });
}

export function findingSearchParams(search: Partial<FindingSearch>): URLSearchParams {
  return toParams(toFindingQuery(search));
}

/** The same filters for each status, one row each: their totals label the board's tabs. */
export function findingCountQueries(search: FindingSearch): FindingQuery[] {
  return FINDING_STATUSES.map((status) => toFindingQuery({ ...search, status, page: 0, size: 1, sort: undefined }));
}

// 监督执纪: measures by form, status and unit.

export const MEASURE_SORTS = ['appliedOn', 'form', 'name', 'influenceUntil'] as const;

export const measureFilters = { form: parseAsNumberOf(MEASURE_FORMS), status: parseAsOneOf(MEASURE_STATUSES), unitId: parseAsUuid };

export type MeasureSearch = PagedSearchOf<typeof measureFilters>;

export type MeasureQuery = NonNullable<paths['/api/inspection/measures']['get']['parameters']['query']>;

export function toMeasureQuery(search: Partial<MeasureSearch>): MeasureQuery {
  return defined({ form: search.form, status: search.status, unitId: search.unitId, ...nonDefaultPaging(search), sort: search.sort });
}

export function measureSearchParams(search: Partial<MeasureSearch>): URLSearchParams {
  return toParams(toMeasureQuery(search));
}

// 个人有关事项: who filed the year's report, by unit, status and name.

export const FILING_SORTS = ['employeeNumber', 'name', 'unitName', 'filedOn'] as const;

export function filingFilters(thisYear: number) {
  return {
    year: parseAsWholeNumber(MIN_ROUND_YEAR, thisYear),
    unitId: parseAsUuid,
    status: parseAsOneOf(FILING_STATUSES),
    q: parseAsSearchText,
  };
}

export type FilingSearch = PagedSearchOf<ReturnType<typeof filingFilters>>;

export type FilingQuery = NonNullable<paths['/api/inspection/personal-reports/filings']['get']['parameters']['query']>;

export function toFilingQuery(search: Partial<FilingSearch>): FilingQuery {
  return defined({ year: search.year, unitId: search.unitId, status: search.status, q: search.q, ...nonDefaultPaging(search), sort: search.sort });
}

// 出国（境）: the trips in reach by unit, status and name, overdue only when asked; the passports the HR office holds.

export const TRIP_SORTS = ['departOn', 'requestedAt', 'passportDue', 'name', 'unitName'] as const;

export const tripFilters = { unitId: parseAsUuid, status: parseAsOneOf(TRIP_STATUSES), overdue: parseAsTrue, q: parseAsSearchText };

export type TripSearch = PagedSearchOf<typeof tripFilters>;

export type TripQuery = NonNullable<paths['/api/inspection/trips']['get']['parameters']['query']>;

export function toTripQuery(search: Partial<TripSearch>): TripQuery {
  return defined({ unitId: search.unitId, status: search.status, overdue: search.overdue, q: search.q, ...nonDefaultPaging(search), sort: search.sort });
}

export function tripSearchParams(search: Partial<TripSearch>): URLSearchParams {
  return toParams(toTripQuery(search));
}

export const PASSPORT_SORTS = ['registeredAt', 'expiresOn', 'name', 'unitName'] as const;

export const passportFilters = { unitId: parseAsUuid, status: parseAsOneOf(HELD_PASSPORT_STATUSES), q: parseAsSearchText };

/** The passports share their page with the trips: their search has URL keys of its own. */
export const PASSPORT_URL_KEYS = {
  unitId: 'passportUnitId',
  status: 'passportStatus',
  q: 'passportQ',
  page: 'passportsPage',
  size: 'passportsSize',
  sort: 'passportsSort',
};

export type PassportSearch = PagedSearchOf<typeof passportFilters>;

export type PassportQuery = NonNullable<paths['/api/inspection/passports']['get']['parameters']['query']>;

export function toPassportQuery(search: Partial<PassportSearch>): PassportQuery {
  return defined({ unitId: search.unitId, status: search.status, q: search.q, ...nonDefaultPaging(search), sort: search.sort });
}
