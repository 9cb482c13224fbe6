import type { paths } from '../api/schema';
import { CADRE_CATEGORIES, RANK_LEVELS } from './enums';
import type { PagedSearchOf } from './pagedSearch';
import { parseAsOneOf, parseAsSearchText, parseAsUuid } from './queryParams';

/**
 * The cadre search as the list page, its URL and the API share it. The URL uses the API's own parameter
 * names and values (page from 0), so a shared link, the list request and the export ask the same thing.
 */

export const STATUS_FILTERS = ['ACTIVE', 'RETIRED', 'ALL'] as const;
export const SORTABLE_FIELDS = ['name', 'employeeNumber', 'birthDate', 'rankLevel', 'postSince', 'rankSince'] as const;

/** The filters of 干部名册 as the URL holds them; active cadres unless it asks for others. */
export const cadreFilters = {
  q: parseAsSearchText,
  unitId: parseAsUuid,
  rank: parseAsOneOf(RANK_LEVELS),
  category: parseAsOneOf(CADRE_CATEGORIES),
  status: parseAsOneOf(STATUS_FILTERS, { ignoreCase: true }).withDefault('ACTIVE'),
};

export type CadreSearch = PagedSearchOf<typeof cadreFilters>;

export const DEFAULT_SEARCH: CadreSearch = { status: 'ACTIVE', page: 0, size: 20 };

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

/** The list's URL for a search (a link from the units page or the home page's figures). */
export function toSearchParams(search: Partial<CadreSearch>): URLSearchParams {
  return new URLSearchParams(Object.entries(toApiQuery(search)).map(([key, value]) => [key, String(value)]));
}

/** How the export lays the search out: the 花名册 that can be imported again, or the printed 干部名册 by unit and rank. */
export type ExportLayout = 'roster' | 'register';

/**
 * The xlsx of the whole search (every page): the 花名册 in the list's order, or the 干部名册 (`register`), which orders
 * by unit and rank itself.
 */
export function exportUrl(search: Partial<CadreSearch>, layout: ExportLayout = 'roster'): string {
  const params = toSearchParams({ ...search, page: undefined, size: undefined, sort: layout === 'register' ? undefined : search.sort });
  if (layout === 'register') params.set('layout', 'register');
  const query = params.toString();
  return query ? `/api/cadres/export?${query}` : '/api/cadres/export';
}
