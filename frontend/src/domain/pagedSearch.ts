import { MAX_PAGE_SIZE } from './cadreSearch';
import { wholeNumber } from './queryParams';

/**
 * What the searches of the list pages share: the page and its size as the URL holds them (page from 0), left
 * out of the URL and the API query while they are the defaults, so the usual links stay short.
 */

export const DEFAULT_PAGE = { page: 0, size: 20 };

export function paging(params: URLSearchParams) {
  return {
    page: wholeNumber(params.get('page'), DEFAULT_PAGE.page, 0, Number.MAX_SAFE_INTEGER),
    size: wholeNumber(params.get('size'), DEFAULT_PAGE.size, 1, MAX_PAGE_SIZE),
  };
}

export function nonDefaultPaging(search: { page?: number; size?: number }) {
  return {
    page: search.page != null && search.page !== DEFAULT_PAGE.page ? search.page : undefined,
    size: search.size != null && search.size !== DEFAULT_PAGE.size ? search.size : undefined,
  };
}

/** Leaves out the undefined values, so an API query carries only what was asked. */
export function defined<Q extends object>(query: Q): Q {
  return Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined && value !== '')) as Q;
}

/** A changed filter starts again on the first page. */
export function withSearchFilters<S extends { page: number }>(search: S, changes: Partial<S>): S {
  return { ...search, ...changes, page: 0 };
}

/** `true` from a URL flag (`careOverdue=true`), undefined otherwise: an unset flag asks for everything. */
export function flag(value: string | null): true | undefined {
  return value === 'true' ? true : undefined;
}
