/** The bureau's clock: "today" and times of day are Beijing time wherever the browser is. */
export const BUREAU_TIME_ZONE = 'Asia/Shanghai';

export function formatInstant(value: string | null | undefined, locale: string): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: BUREAU_TIME_ZONE }).format(date);
}

/** The day of an instant in Beijing, as the user's language writes a date (a step's day in a progress bar). */
export function formatInstantDay(value: string | null | undefined, locale: string): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: BUREAU_TIME_ZONE }).format(date);
}

/** Whole years between an ISO birth date and an ISO day (today in Beijing by default). */
export function ageOn(birthDate: string | null | undefined, day: string = todayInBeijing()): number | undefined {
  if (!birthDate || !/^\d{4}-\d{2}-\d{2}$/.test(birthDate)) return undefined;
  const [by, bm, bd] = birthDate.split('-').map(Number);
  const [y, m, d] = day.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export function todayInBeijing(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: BUREAU_TIME_ZONE }).format(now);
}

/** The calendar year in Beijing: on 31 December 16:00 UTC it is already next year there. */
export function yearInBeijing(now: Date = new Date()): number {
  return Number(todayInBeijing(now).slice(0, 4));
}

/** A cadre as people name one: 姓名（工号）; a dash for what the registry does not (yet) know. */
export function cadreLabel(name: string | null | undefined, employeeNumber: string | null | undefined): string {
  if (!name && !employeeNumber) return '—';
  return `${name || '—'}（${employeeNumber || '—'}）`;
}
