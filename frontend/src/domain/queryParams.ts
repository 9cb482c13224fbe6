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
export function toParams(query: Record<string, string | number | undefined>): URLSearchParams {
  return new URLSearchParams(
    Object.entries(query)
      .filter(([, value]) => value !== undefined && value !== '')
      .map(([key, value]) => [key, String(value)]),
  );
}
