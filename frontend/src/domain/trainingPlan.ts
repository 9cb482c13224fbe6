import type { paths } from '../api/schema';
import type { TrainingPlan } from '../api/types';
import { createParser } from 'nuqs';
import { defined, nonDefaultPaging, type PagedSearchOf } from './pagedSearch';
import { toParams } from './queryParams';

/** 培训计划: the year shown, targets typed as percentages, and a plan's progress as bars. */

export const MIN_PLAN_YEAR = 2000;
export const MAX_PLAN_YEAR = 2100;

/** The years to choose from, newest first: next year (plans are made ahead), this year and four before, and the one shown. */
export function planYears(thisYear: number, shown: number): number[] {
  const years = Array.from({ length: 6 }, (_, index) => thisYear + 1 - index);
  return years.includes(shown) ? years : [...years, shown].sort((a, b) => b - a);
}

/**
 * A share as the API carries it (0–1) from a percentage as people type it (0–100). The service keeps two
 * decimals of the share, so a percentage is a whole number: 85 → 0.85.
 */
export function percentToShare(percent: number): number {
  return Math.round(Math.min(100, Math.max(0, percent))) / 100;
}

/** A share (0–1) as a percentage, up to two decimals and without float noise: 0.29 → 29, 0.6667 → 66.67. */
export function shareToPercent(share: number | null | undefined): number {
  return Math.round((share ?? 0) * 10_000) / 100;
}

export interface PlanBar {
  actual: number;
  target: number;
  /** 0–100: how far towards the target; a target of zero, or more than it, is a full bar. */
  percent: number;
  /** What the service decided against the target. */
  met: boolean;
}

export interface PlanBars {
  /** Coverage and its target as shares (0–1). */
  coverage: PlanBar;
  /** Average 学时 per cadre and the target per cadre. */
  hours: PlanBar;
  cadres: number;
  trained: number;
  designated: number;
  designatedTrained: number;
}

function towards(actual: number, target: number): number {
  return target > 0 ? Math.min(100, Math.floor((actual / target) * 100)) : 100;
}

/** A plan's progress as two bars, each against its target. */
export function planBars(plan: TrainingPlan): PlanBars {
  const progress = plan.progress ?? {};
  const coverage = progress.coverage ?? 0;
  const targetCoverage = plan.targetCoverage ?? 0;
  const hours = progress.averageHours ?? 0;
  const targetHours = plan.targetHoursPerCadre ?? 0;
  return {
    coverage: { actual: coverage, target: targetCoverage, percent: towards(coverage, targetCoverage), met: Boolean(progress.coverageMet) },
    hours: { actual: hours, target: targetHours, percent: towards(hours, targetHours), met: Boolean(progress.hoursMet) },
    cadres: progress.cadres ?? 0,
    trained: progress.trained ?? 0,
    designated: progress.designated ?? 0,
    designatedTrained: progress.designatedTrained ?? 0,
  };
}

/** A share (0–1) as people read it: 0.625 → 62.5%. */
export function formatShare(share: number, locale = 'zh-CN'): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

/** The plans page as its URL holds it: the year (this year by default), a server page and its sort. */
export const PLAN_SORTS = ['title', 'year'] as const;

/** A year the API takes (`?year=2027`); another is dropped for this year. */
const parseAsPlanYear = createParser<number>({
  parse: (value) => (/^\d{4}$/.test(value) && Number(value) >= MIN_PLAN_YEAR && Number(value) <= MAX_PLAN_YEAR ? Number(value) : null),
  serialize: String,
});

/** The year shown: the one in the URL, or this year (in Beijing). */
export function planFilters(thisYear: number) {
  return { year: parseAsPlanYear.withDefault(thisYear) };
}

export type PlanSearch = PagedSearchOf<ReturnType<typeof planFilters>>;

export type PlanQuery = NonNullable<paths['/api/training/plans']['get']['parameters']['query']>;

export function toPlanQuery(search: PlanSearch): PlanQuery {
  return defined({ year: search.year, ...nonDefaultPaging(search), sort: search.sort });
}

/** The URL of a search: this year, the first page and the default sort stay out of it. */
export function planSearchParams(search: PlanSearch, thisYear: number): URLSearchParams {
  return toParams({ ...toPlanQuery(search), year: search.year === thisYear ? undefined : search.year });
}
