import type { paths } from '../api/schema';
import type { Capability, FindingStatus, MeasureStatus, RoundKind, RoundStatus } from '../api/types';
import { CAPABILITIES, FINDING_STATUSES, MEASURE_FORMS, MEASURE_STATUSES, ROUND_KINDS, ROUND_STATUSES, type MeasureForm } from './enums';
import { defined, flag, nonDefaultPaging, paging } from './pagedSearch';
import { formatSortParam, oneOf, parseSortParam, toParams, uuidOrUndefined, wholeNumber, type SortOrder } from './queryParams';

/**
 * The searches of the inspection pages as their URLs hold them, with the API's own parameter names and values
 * (page from 0); defaults stay out of the URL and the API query.
 */

export const MIN_ROUND_YEAR = 2000;

// 巡视巡察: rounds in scope, newest first, a server page at a time.

export const ROUND_SORTS = ['onSiteStart', 'title', 'status'] as const;

export interface RoundSearch {
  kind?: RoundKind;
  status?: RoundStatus;
  year?: number;
  page: number;
  size: number;
  sort?: string;
}

export type RoundQuery = NonNullable<paths['/api/inspection/rounds']['get']['parameters']['query']>;

export function parseRoundSearch(params: URLSearchParams, thisYear: number): RoundSearch {
  const year = wholeNumber(params.get('year'), Number.NaN, MIN_ROUND_YEAR, thisYear + 5);
  const sort = params.get('sort');
  return {
    kind: oneOf(ROUND_KINDS, params.get('kind')),
    status: oneOf(ROUND_STATUSES, params.get('status')),
    year: Number.isNaN(year) ? undefined : year,
    ...paging(params),
    sort: parseSortParam(ROUND_SORTS, sort) ? sort! : undefined,
  };
}

export function toRoundQuery(search: Partial<RoundSearch>): RoundQuery {
  return defined({ kind: search.kind, status: search.status, year: search.year, ...nonDefaultPaging(search), sort: search.sort });
}

export function roundSearchParams(search: Partial<RoundSearch>): URLSearchParams {
  return toParams(toRoundQuery(search));
}

export const formatRoundSort = (field: string, order: SortOrder | null | undefined) => formatSortParam(ROUND_SORTS, field, order);

// 问题整改看板: findings one status at a time (all without one), overdue only when asked.

export const FINDING_SORTS = ['dueOn', 'recordedAt', 'severity', 'unit'] as const;

export interface FindingSearch {
  status?: FindingStatus;
  unitId?: string;
  overdue?: true;
  capability?: Capability;
  roundId?: string;
  page: number;
  size: number;
  sort?: string;
}

export type FindingQuery = NonNullable<paths['/api/inspection/findings']['get']['parameters']['query']>;

export function parseFindingSearch(params: URLSearchParams): FindingSearch {
  const sort = params.get('sort');
  return {
    status: oneOf(FINDING_STATUSES, params.get('status')),
    unitId: uuidOrUndefined(params.get('unitId')),
    overdue: flag(params.get('overdue')),
    capability: oneOf(CAPABILITIES, params.get('capability')),
    roundId: uuidOrUndefined(params.get('roundId')),
    ...paging(params),
    sort: parseSortParam(FINDING_SORTS, sort) ? sort! : undefined,
  };
}

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

export const formatFindingSort = (field: string, order: SortOrder | null | undefined) => formatSortParam(FINDING_SORTS, field, order);

/** The same filters for each status, one row each: their totals label the board's tabs. */
export function findingCountQueries(search: FindingSearch): FindingQuery[] {
  return FINDING_STATUSES.map((status) => toFindingQuery({ ...search, status, page: 0, size: 1, sort: undefined }));
}

// 监督执纪: measures by form, status and unit.

export const MEASURE_SORTS = ['appliedOn', 'form', 'name', 'influenceUntil'] as const;

export interface MeasureSearch {
  form?: MeasureForm;
  status?: MeasureStatus;
  unitId?: string;
  page: number;
  size: number;
  sort?: string;
}

export type MeasureQuery = NonNullable<paths['/api/inspection/measures']['get']['parameters']['query']>;

export function parseMeasureSearch(params: URLSearchParams): MeasureSearch {
  const sort = params.get('sort');
  const form = Number(params.get('form'));
  return {
    form: MEASURE_FORMS.find((candidate) => candidate === form),
    status: oneOf(MEASURE_STATUSES, params.get('status')),
    unitId: uuidOrUndefined(params.get('unitId')),
    ...paging(params),
    sort: parseSortParam(MEASURE_SORTS, sort) ? sort! : undefined,
  };
}

export function toMeasureQuery(search: Partial<MeasureSearch>): MeasureQuery {
  return defined({ form: search.form, status: search.status, unitId: search.unitId, ...nonDefaultPaging(search), sort: search.sort });
}

export function measureSearchParams(search: Partial<MeasureSearch>): URLSearchParams {
  return toParams(toMeasureQuery(search));
}

export const formatMeasureSort = (field: string, order: SortOrder | null | undefined) => formatSortParam(MEASURE_SORTS, field, order);
