import { createLoader, type inferParserType, type ParserMap } from 'nuqs';
import { parseAsSort, parseAsWholeNumber } from './queryParams';

/**
 * What the searches of the list pages share: each page names its filters as URL parsers, with the API's own
 * parameter names and values, and gets the page (from 0), its size and the sort beside them. Defaults stay out of
 * the URL and the API query, so the usual links stay short.
 */

export const PAGE_SIZES = [10, 20, 50, 100, 200] as const;
const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE = { page: 0, size: 20 };

/** The page, its size and the sort of a list, `sort` on one of the `sorts` the API takes. */
function pagingParsers(sorts: readonly string[] = []) {
  return {
    page: parseAsWholeNumber(0, Number.MAX_SAFE_INTEGER).withDefault(DEFAULT_PAGE.page),
    size: parseAsWholeNumber(1, MAX_PAGE_SIZE).withDefault(DEFAULT_PAGE.size),
    sort: parseAsSort(sorts),
  };
}

type PagingParsers = ReturnType<typeof pagingParsers>;

/** A list's filters with its paging and sort, in the order the URL shows them. */
export function pagedSearchParsers<F extends ParserMap>(filters: F, sorts: readonly string[] = []): F & PagingParsers {
  return { ...filters, ...pagingParsers(sorts) };
}

type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** A search as its parsers read it: a value with a default is always there, one without is optional. */
export type SearchOf<P extends ParserMap> = Simplify<
  { [K in keyof inferParserType<P> as null extends inferParserType<P>[K] ? never : K]: inferParserType<P>[K] } & {
    [K in keyof inferParserType<P> as null extends inferParserType<P>[K] ? K : never]?: Exclude<inferParserType<P>[K], null>;
  }
>;

/** The search of a list page whose filters are `F`. */
export type PagedSearchOf<F extends ParserMap> = SearchOf<F & PagingParsers>;

/** A search whose rows the server pages (page from 0). */
export interface PagedSearch {
  page: number;
  size: number;
  sort?: string;
}

/** Leaves out the undefined and null values, so a search or an API query carries only what was asked. */
export function defined<Q extends object>(query: Q): Q {
  return Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined && value !== null && value !== '')) as Q;
}

/** Reads a search from a query string: what the API would refuse is dropped, what is missing is the default. */
export function readSearch<P extends ParserMap>(parsers: P, params: URLSearchParams): SearchOf<P> {
  return defined(createLoader(parsers)(params)) as SearchOf<P>;
}

export function nonDefaultPaging(search: { page?: number; size?: number }) {
  return {
    page: search.page != null && search.page !== DEFAULT_PAGE.page ? search.page : undefined,
    size: search.size != null && search.size !== DEFAULT_PAGE.size ? search.size : undefined,
  };
}

/**
 * How a list's search becomes its API query: the filters under their own names (the search text trimmed), then the
 * page and size where they are not the defaults, and the sort; what is empty stays out.
 */
export function apiQueryOf<F extends ParserMap, Q>(filters: F): (search: Partial<PagedSearchOf<F>>) => Q {
  const keys = Object.keys(filters);
  return (search) => {
    const values = search as Record<string, unknown> & Partial<PagedSearch>;
    const filtered = keys.map((key) => [key, key === 'q' && typeof values.q === 'string' ? values.q.trim() : values[key]]);
    return defined({ ...Object.fromEntries(filtered), ...nonDefaultPaging(values), sort: values.sort }) as Q;
  };
}
