import type { paths } from '../api/schema';
import type { Capability, CycleStatus, Grade } from '../api/types';
import { CAPABILITIES, CYCLE_STATUSES, GAP_STATUSES, GRADES } from './enums';
import { defined, nonDefaultPaging, paging } from './pagedSearch';
import { formatSortParam, oneOf, parseSortParam, toParams, uuidOrUndefined, wholeNumber, type SortOrder } from './queryParams';

export { withSearchFilters } from './pagedSearch';

/**
 * The searches of the assessment pages as their URLs hold them, with the API's own parameter names and values
 * (page from 0). Defaults are left out of both the URL and the API query, so the usual links stay short.
 */

export const MIN_CYCLE_YEAR = 2000;

// 年度考核: the cycles in scope.

export const CYCLE_SORTS = ['year', 'unit', 'status'] as const;

export interface CycleSearch {
  year?: number;
  unitId?: string;
  status?: CycleStatus;
  page: number;
  size: number;
  sort?: string;
}

export type CycleQuery = NonNullable<paths['/api/assessment/cycles']['get']['parameters']['query']>;

export function parseCycleSearch(params: URLSearchParams, thisYear: number): CycleSearch {
  const year = wholeNumber(params.get('year'), Number.NaN, MIN_CYCLE_YEAR, thisYear);
  const sort = params.get('sort');
  return {
    year: Number.isNaN(year) ? undefined : year,
    unitId: uuidOrUndefined(params.get('unitId')),
    status: oneOf(CYCLE_STATUSES, params.get('status')),
    ...paging(params),
    sort: parseSortParam(CYCLE_SORTS, sort) ? sort! : undefined,
  };
}

export function toCycleQuery(search: Partial<CycleSearch>): CycleQuery {
  return defined({ year: search.year, unitId: search.unitId, status: search.status, ...nonDefaultPaging(search), sort: search.sort });
}

export function cycleSearchParams(search: Partial<CycleSearch>): URLSearchParams {
  return toParams(toCycleQuery(search));
}

export const formatCycleSort = (field: string, order: SortOrder | null | undefined) => formatSortParam(CYCLE_SORTS, field, order);

// A cycle's reviews (考核表).

export const REVIEW_SORTS = ['employeeNumber', 'name', 'grade'] as const;

export interface ReviewSearch {
  q?: string;
  grade?: Grade;
  page: number;
  size: number;
  sort?: string;
}

export type ReviewQuery = NonNullable<paths['/api/assessment/cycles/{cycleId}/reviews']['get']['parameters']['query']>;

export function parseReviewSearch(params: URLSearchParams): ReviewSearch {
  const q = params.get('q')?.trim();
  const sort = params.get('sort');
  return {
    q: q ? q : undefined,
    grade: oneOf(GRADES, params.get('grade')),
    ...paging(params),
    sort: parseSortParam(REVIEW_SORTS, sort) ? sort! : undefined,
  };
}

export function toReviewQuery(search: Partial<ReviewSearch>): ReviewQuery {
  return defined({ q: search.q?.trim(), grade: search.grade, ...nonDefaultPaging(search), sort: search.sort });
}

export function reviewSearchParams(search: Partial<ReviewSearch>): URLSearchParams {
  return toParams(toReviewQuery(search));
}

export const formatReviewSort = (field: string, order: SortOrder | null | undefined) => formatSortParam(REVIEW_SORTS, field, order);

// 能力短板: open gaps unless the URL asks for closed ones or all.

export const GAP_SORTS = ['openedAt', 'score', 'name', 'capability'] as const;
export const GAP_STATUS_FILTERS = [...GAP_STATUSES, 'ALL'] as const;
export type GapStatusFilter = (typeof GAP_STATUS_FILTERS)[number];

export interface GapSearch {
  unitId?: string;
  status: GapStatusFilter;
  capability?: Capability;
  page: number;
  size: number;
  sort?: string;
}

export const DEFAULT_GAP_STATUS: GapStatusFilter = 'OPEN';

export type GapQuery = NonNullable<paths['/api/assessment/gaps']['get']['parameters']['query']>;

export function parseGapSearch(params: URLSearchParams): GapSearch {
  const sort = params.get('sort');
  return {
    unitId: uuidOrUndefined(params.get('unitId')),
    status: oneOf(GAP_STATUS_FILTERS, params.get('status')) ?? DEFAULT_GAP_STATUS,
    capability: oneOf(CAPABILITIES, params.get('capability')),
    ...paging(params),
    sort: parseSortParam(GAP_SORTS, sort) ? sort! : undefined,
  };
}

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

export const formatGapSort = (field: string, order: SortOrder | null | undefined) => formatSortParam(GAP_SORTS, field, order);

/** The years to filter cycles by, newest first: this year and five before, and the one shown. */
export function cycleYears(thisYear: number, shown?: number): number[] {
  const years = Array.from({ length: 6 }, (_, index) => thisYear - index);
  return shown === undefined || years.includes(shown) ? years : [...years, shown].sort((a, b) => b - a);
}
