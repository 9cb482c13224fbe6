import type { paths } from '../api/schema';
import { CAPABILITIES, CYCLE_STATUSES, GAP_STATUSES, GRADES } from './enums';
import { defined, nonDefaultPaging, type PagedSearchOf } from './pagedSearch';
import { parseAsOneOf, parseAsSearchText, parseAsUuid, parseAsWholeNumber, toParams } from './queryParams';

/**
 * The searches of the assessment pages as their URLs hold them, with the API's own parameter names and values
 * (page from 0). Defaults are left out of both the URL and the API query, so the usual links stay short.
 */

export const MIN_CYCLE_YEAR = 2000;

// 年度考核: the cycles in scope.

export const CYCLE_SORTS = ['year', 'unit', 'status'] as const;

/** The cycles' filters; a year from a link is brought into the years cycles can have (up to this one). */
export function cycleFilters(thisYear: number) {
  return { year: parseAsWholeNumber(MIN_CYCLE_YEAR, thisYear), unitId: parseAsUuid, status: parseAsOneOf(CYCLE_STATUSES) };
}

export type CycleSearch = PagedSearchOf<ReturnType<typeof cycleFilters>>;

export type CycleQuery = NonNullable<paths['/api/assessment/cycles']['get']['parameters']['query']>;

export function toCycleQuery(search: Partial<CycleSearch>): CycleQuery {
  return defined({ year: search.year, unitId: search.unitId, status: search.status, ...nonDefaultPaging(search), sort: search.sort });
}

export function cycleSearchParams(search: Partial<CycleSearch>): URLSearchParams {
  return toParams(toCycleQuery(search));
}

// A cycle's reviews (考核表).

export const REVIEW_SORTS = ['employeeNumber', 'name', 'grade'] as const;

export const reviewFilters = { q: parseAsSearchText, grade: parseAsOneOf(GRADES) };

export type ReviewSearch = PagedSearchOf<typeof reviewFilters>;

export type ReviewQuery = NonNullable<paths['/api/assessment/cycles/{cycleId}/reviews']['get']['parameters']['query']>;

export function toReviewQuery(search: Partial<ReviewSearch>): ReviewQuery {
  return defined({ q: search.q?.trim(), grade: search.grade, ...nonDefaultPaging(search), sort: search.sort });
}

export function reviewSearchParams(search: Partial<ReviewSearch>): URLSearchParams {
  return toParams(toReviewQuery(search));
}

// 能力短板: open gaps unless the URL asks for closed ones or all.

export const GAP_SORTS = ['openedAt', 'score', 'name', 'capability'] as const;
export const GAP_STATUS_FILTERS = [...GAP_STATUSES, 'ALL'] as const;
export type GapStatusFilter = (typeof GAP_STATUS_FILTERS)[number];

export const DEFAULT_GAP_STATUS: GapStatusFilter = 'OPEN';

export const gapFilters = {
  unitId: parseAsUuid,
  status: parseAsOneOf(GAP_STATUS_FILTERS).withDefault(DEFAULT_GAP_STATUS),
  capability: parseAsOneOf(CAPABILITIES),
};

export type GapSearch = PagedSearchOf<typeof gapFilters>;

export type GapQuery = NonNullable<paths['/api/assessment/gaps']['get']['parameters']['query']>;

/** The API query: `ALL` asks without a status; the default (open gaps) is asked for explicitly. */
export function toGapQuery(search: GapSearch): GapQuery {
  return defined({
    unitId: search.unitId,
    status: search.status === 'ALL' ? undefined : search.status,
    capability: search.capability,
    ...nonDefaultPaging(search),
    sort: search.sort,
  });
}

export function gapSearchParams(search: GapSearch): URLSearchParams {
  return toParams({ ...toGapQuery(search), status: search.status === DEFAULT_GAP_STATUS ? undefined : search.status });
}

/** The years to filter cycles by, newest first: this year and five before, and the one shown. */
export function cycleYears(thisYear: number, shown?: number): number[] {
  const years = Array.from({ length: 6 }, (_, index) => thisYear - index);
  return shown === undefined || years.includes(shown) ? years : [...years, shown].sort((a, b) => b - a);
}
