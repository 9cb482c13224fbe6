import { createParser } from 'nuqs';

/**
 * Reading API query values from a URL without trusting it: a bad link still opens, with the value dropped. Each
 * parser reads one URL parameter (null when the value is not one the API takes) and writes it back.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | undefined {
  return value != null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** An id (a unit's, a round's). */
export const parseAsUuid = createParser<string>({ parse: (value) => (UUID.test(value) ? value : null), serialize: (value) => value });

/** One of the API's values; with `ignoreCase`, `status=shortfall` reads as SHORTFALL (links typed by hand). */
export function parseAsOneOf<T extends string>(allowed: readonly T[], { ignoreCase = false } = {}) {
  return createParser<T>({ parse: (value) => oneOf(allowed, ignoreCase ? value.toUpperCase() : value) ?? null, serialize: (value) => value });
}

/** A whole number, brought into [min, max]; a sign, a fraction or text is dropped. */
export function parseAsWholeNumber(min: number, max: number) {
  return createParser<number>({
    parse: (value) => (/^\d+$/.test(value) ? Math.min(max, Math.max(min, Number(value))) : null),
    serialize: String,
  });
}

/** One of a few whole numbers (the four forms). */
export function parseAsNumberOf<T extends number>(allowed: readonly T[]) {
  return createParser<T>({ parse: (value) => (/^\d+$/.test(value) ? (allowed.find((one) => one === Number(value)) ?? null) : null), serialize: String });
}

/** Text searched for, trimmed; a blank one is no search. */
export const parseAsSearchText = createParser<string>({ parse: (value) => value.trim() || null, serialize: (value) => value.trim() });

/** A flag only `true` sets (`overdue=true`): without it the list asks for everything. */
export const parseAsTrue = createParser<true>({ parse: (value) => (value === 'true' ? true : null), serialize: () => 'true' });

/** A yes/no filter (`adopted=false`): only `true` and `false` read; without it the list asks for both. */
export const parseAsYesNo = createParser<boolean>({
  parse: (value) => (value === 'true' ? true : value === 'false' ? false : null),
  serialize: (value) => String(value),
});

/** A sort the API takes (`name,desc`) on one of `fields`, kept as the URL has it. */
export function parseAsSort(fields: readonly string[]) {
  return createParser<string>({ parse: (value) => (parseSortParam(fields, value) ? value : null), serialize: (value) => value });
}

/** URL parameters of an API query, in the query's order, leaving out the empty ones. */
export function toParams(query: Record<string, string | number | boolean | undefined>): URLSearchParams {
  return new URLSearchParams(
    Object.entries(query)
      .filter(([, value]) => value !== undefined && value !== '')
      .map(([key, value]) => [key, String(value)]),
  );
}

export type SortOrder = 'ascend' | 'descend';

/** A sort the API takes (`name,desc`) as a table shows it; undefined for a field it does not sort by. */
export function parseSortParam<F extends string>(fields: readonly F[], sort: string | null | undefined): { field: F; order: SortOrder } | undefined {
  if (!sort) return undefined;
  const [field, direction = 'asc', ...rest] = sort.split(',');
  const sortable = oneOf(fields, field);
  if (!sortable || rest.length > 0 || !['asc', 'desc'].includes(direction.toLowerCase())) return undefined;
  return { field: sortable, order: direction.toLowerCase() === 'desc' ? 'descend' : 'ascend' };
}

/** A table's sort as the API takes it; undefined when the field is not sortable or the sort was cleared. */
export function formatSortParam<F extends string>(fields: readonly F[], field: string | undefined, order: SortOrder | null | undefined): string | undefined {
  const sortable = oneOf(fields, field ?? null);
  if (!sortable || !order) return undefined;
  return `${sortable},${order === 'descend' ? 'desc' : 'asc'}`;
}
