/** Reading API query values from a URL without trusting it: a bad link still opens, with the value dropped. */

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | undefined {
  return value != null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

export function wholeNumber(value: string | null, fallback: number, min: number, max: number): number {
  if (value == null || !/^\d+$/.test(value)) return fallback;
  return Math.min(max, Math.max(min, Number(value)));
}

export function uuidOrUndefined(value: string | null): string | undefined {
  return value && UUID.test(value) ? value : undefined;
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
