import { useQueryStates, type ParserMap } from 'nuqs';
import { useCallback, useMemo } from 'react';
import { defined, pagedSearchParsers, type PagedSearch, type PagedSearchOf } from '../domain/pagedSearch';
import { parseSortParam, type SortOrder } from '../domain/queryParams';

type Filters<S> = Omit<S, 'page' | 'size' | 'sort'>;

const UNSORTED: readonly string[] = [];

/** A list page's search as its URL holds it, and the ways to move it. */
export interface TableSearch<S> {
  /** The search in the URL: a bad value is dropped (or brought into range), a missing one is the default. */
  search: S;
  /** The sorted column and its order, as the table shows them. */
  sort?: { field: string; order: SortOrder };
  /** The fields the API sorts this list by. */
  sorts: readonly string[];
  /** Whether any filter (not paging or sort) differs from its default, leaving out `except` (a tab, say). */
  filtered: (...except: (keyof Filters<S>)[]) => boolean;
  /** Moves the pager or the sort and keeps the filters. */
  update: (changes: Partial<S>) => void;
  /** Changes filters and starts again on the first page. */
  filter: (changes: Partial<Filters<S>>) => void;
  /** Back to the defaults, keeping the page size and whatever `keep` sets. */
  reset: (keep?: Partial<Filters<S>>) => void;
}

/**
 * The search of a server-paged list in the URL, so a page can be bookmarked, shared and gone back to. The page
 * names its filters as nuqs parsers with the API's parameter names; page, size and sort come with them. Each change
 * writes the whole search, only what differs from the defaults, as a new history entry. A second list on the same
 * page names its keys in the URL with `urlKeys`.
 */
export function useTableSearch<F extends ParserMap>(
  filters: F,
  sorts: readonly string[] = UNSORTED,
  { urlKeys }: { urlKeys?: Partial<Record<keyof F | 'page' | 'size' | 'sort', string>> } = {},
): TableSearch<PagedSearchOf<F>> {
  type S = PagedSearchOf<F>;
  const parsers = useMemo(() => pagedSearchParsers(filters, sorts), [filters, sorts]);
  const [values, setValues] = useQueryStates(parsers, { history: 'push', urlKeys });
  const search = useMemo(() => defined(values) as S, [values]);

  const write = useCallback(
    (next: (current: S) => Partial<S>) =>
      void setValues((current) => {
        const written = next(defined(current) as S) as Record<string, unknown>;
        return Object.fromEntries(Object.keys(parsers).map((key) => [key, written[key] ?? null])) as typeof current;
      }),
    [parsers, setValues],
  );

  return useMemo(() => {
    const filterKeys = Object.keys(filters) as (keyof Filters<S>)[];
    const paged = search as unknown as PagedSearch;
    return {
      search,
      sort: parseSortParam(sorts, paged.sort),
      sorts,
      filtered: (...except) =>
        filterKeys.some((key) => {
          if (except.includes(key)) return false;
          const value = (search as Record<PropertyKey, unknown>)[key];
          return value !== undefined && value !== filters[key as string].defaultValue;
        }),
      update: (changes) => write((current) => ({ ...current, ...changes })),
      filter: (changes) => write((current) => ({ ...current, ...changes, page: 0 })),
      reset: (keep) => write((current) => ({ ...keep, size: (current as unknown as PagedSearch).size }) as unknown as Partial<S>),
    };
  }, [filters, search, sorts, write]);
}
