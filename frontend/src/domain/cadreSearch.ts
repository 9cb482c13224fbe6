import type { paths } from '../api/schema';
import type { CadreCategory, RankLevel } from '../api/types';
import { CADRE_CATEGORIES, RANK_LEVELS } from './enums';
import { formatSortParam, oneOf, parseSortParam, uuidOrUndefined, wholeNumber, type SortOrder } from './queryParams';

/**
 * The cadre search as the list page, its URL and the API share it. The URL uses the API's own parameter
 * names and values (page from 0), so a shared link, the list request and the export ask the same thing.
 */
export interface CadreSearch {
  q?: string;
  unitId?: string;
  rank?: RankLevel;
  category?: CadreCategory;
  status: StatusFilter;
  page: number;
  size: number;
  sort?: string;
}

export const STATUS_FILTERS = ['ACTIVE', 'RETIRED', 'ALL'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];
export const SORTABLE_FIELDS = ['name', 'employeeNumber', 'birthDate', 'rankLevel', 'postSince', 'rankSince'] as const;
export type SortableField = (typeof SORTABLE_FIELDS)[number];
export const PAGE_SIZES = [10, 20, 50, 100, 200] as const;
export const MAX_PAGE_SIZE = 200;

export const DEFAULT_SEARCH: CadreSearch = { status: 'ACTIVE', page: 0, size: 20 };

/** Reads a search from a query string, dropping what the API would refuse (a bad link still opens). */
export function parseCadreSearch(params: URLSearchParams): CadreSearch {
  const q = params.get('q')?.trim();
  return {
    q: q ? q : undefined,
    unitId: uuidOrUndefined(params.get('unitId')),
    rank: oneOf(RANK_LEVELS, params.get('rank')),
    category: oneOf(CADRE_CATEGORIES, params.get('category')),
    status: oneOf(STATUS_FILTERS, params.get('status')?.toUpperCase() ?? null) ?? DEFAULT_SEARCH.status,
    page: wholeNumber(params.get('page'), DEFAULT_SEARCH.page, 0, Number.MAX_SAFE_INTEGER),
    size: wholeNumber(params.get('size'), DEFAULT_SEARCH.size, 1, MAX_PAGE_SIZE),
    sort: parseSort(params.get('sort') ?? undefined) ? params.get('sort')! : undefined,
  };
}

/** The API query of a search; defaults are left out so URLs stay short. */
export type CadreQuery = NonNullable<paths['/api/cadres']['get']['parameters']['query']>;

export function toApiQuery(search: Partial<CadreSearch>): CadreQuery {
  const query: CadreQuery = {};
  if (search.q?.trim()) query.q = search.q.trim();
  if (search.unitId) query.unitId = search.unitId;
  if (search.rank) query.rank = search.rank;
  if (search.category) query.category = search.category;
  if (search.status && search.status !== DEFAULT_SEARCH.status) query.status = search.status;
  if (search.page != null && search.page !== DEFAULT_SEARCH.page) query.page = search.page;
  if (search.size != null && search.size !== DEFAULT_SEARCH.size) query.size = search.size;
  if (search.sort) query.sort = search.sort;
  return query;
}

export function toSearchParams(search: Partial<CadreSearch>): URLSearchParams {
  return new URLSearchParams(Object.entries(toApiQuery(search)).map(([key, value]) => [key, String(value)]));
}

/** The xlsx of the whole search (every page) in the list's order. */
export function exportUrl(search: Partial<CadreSearch>): string {
  const params = toSearchParams({ ...search, page: undefined, size: undefined });
  const query = params.toString();
  return query ? `/api/cadres/export?${query}` : '/api/cadres/export';
}

/** `name,desc` → { field: 'name', order: 'descend' }; undefined for anything the API does not sort by. */
export function parseSort(sort: string | undefined): { field: SortableField; order: SortOrder } | undefined {
  return parseSortParam(SORTABLE_FIELDS, sort);
}

export function formatSort(field: string | undefined, order: SortOrder | null | undefined): string | undefined {
  return formatSortParam(SORTABLE_FIELDS, field, order);
}

/** A changed filter starts again on the first page. */
export function withFilters(search: CadreSearch, changes: Partial<CadreSearch>): CadreSearch {
  return { ...search, ...changes, page: 0 };
}
