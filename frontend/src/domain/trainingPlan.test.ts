import type { TrainingPlan } from '../api/types';
import { guangdongPlan } from '../test/trainingFixtures';
import { pagedSearchParsers, readSearch } from './pagedSearch';
import { formatShare, percentToShare, PLAN_SORTS, planBars, planFilters, planSearchParams, planYears, shareToPercent, toPlanQuery } from './trainingPlan';

const parsePlanSearch = (params: URLSearchParams, thisYear: number) => readSearch(pagedSearchParsers(planFilters(thisYear), PLAN_SORTS), params);
const parsePlanYear = (params: URLSearchParams, thisYear: number) => parsePlanSearch(params, thisYear).year;

describe('the year shown', () => {
  it('takes the year from the URL, or this year for none or one the API refuses', () => {
    expect(parsePlanYear(new URLSearchParams('year=2027'), 2026)).toBe(2027);
    expect(parsePlanYear(new URLSearchParams(''), 2026)).toBe(2026);
    expect(parsePlanYear(new URLSearchParams('year=1999'), 2026)).toBe(2026);
    expect(parsePlanYear(new URLSearchParams('year=2101'), 2026)).toBe(2026);
    expect(parsePlanYear(new URLSearchParams('year=20x6'), 2026)).toBe(2026);
  });

  it('offers next year, this year and four before, newest first, and keeps an older year that is shown', () => {
    expect(planYears(2026, 2026)).toEqual([2027, 2026, 2025, 2024, 2023, 2022]);
    expect(planYears(2026, 2015)).toEqual([2027, 2026, 2025, 2024, 2023, 2022, 2015]);
  });
});

describe('percentages and shares', () => {
  it.each([
    [0, 0],
    [85, 0.85],
    [29, 0.29],
    [100, 1],
    [57, 0.57],
  ])('sends %d%% as %d', (percent, share) => {
    expect(percentToShare(percent)).toBe(share);
    expect(JSON.stringify(percentToShare(percent))).toBe(String(share));
    expect(shareToPercent(share)).toBe(percent);
  });

  it('sends whole percentages within 0–100, as the service keeps two decimals of the share', () => {
    expect(percentToShare(85.4)).toBe(0.85);
    expect(percentToShare(120)).toBe(1);
    expect(percentToShare(-5)).toBe(0);
  });

  it('reads the service’s four-decimal coverage without float noise', () => {
    expect(shareToPercent(0.6667)).toBe(66.67);
    expect(shareToPercent(undefined)).toBe(0);
    expect(formatShare(0.625)).toBe('62.5%');
    expect(formatShare(0.6667, 'en-US')).toBe('66.7%');
  });
});

describe('plan progress as bars', () => {
  const plan: TrainingPlan = {
    ...guangdongPlan,
    targetCoverage: 0.8,
    targetHoursPerCadre: 40,
    progress: { cadres: 8, trained: 5, coverage: 0.625, averageHours: 50.5, designated: 3, designatedTrained: 1, coverageMet: false, hoursMet: true },
  };

  it('fills each bar towards its target, full once reached, and keeps the service’s met', () => {
    expect(planBars(plan)).toEqual({
      coverage: { actual: 0.625, target: 0.8, percent: 78, met: false },
      hours: { actual: 50.5, target: 40, percent: 100, met: true },
      cadres: 8,
      trained: 5,
      designated: 3,
      designatedTrained: 1,
    });
  });

  it('shows a zero target as reached and a plan of a unit without cadres as empty', () => {
    const bars = planBars({
      ...guangdongPlan,
      targetCoverage: 0,
      targetHoursPerCadre: 0,
      designatedCadreIds: [],
      // the service compares 0 against a target of 0: met
      progress: { cadres: 0, trained: 0, coverage: 0, averageHours: 0, designated: 0, designatedTrained: 0, coverageMet: true, hoursMet: true },
    });
    expect(bars.coverage.percent).toBe(100);
    expect(bars.hours).toEqual({ actual: 0, target: 0, percent: 100, met: true });
    expect(bars.designated).toBe(0);
  });

  it('keeps this year, the first page and the default sort out of the URL, and asks for the year always', () => {
    const search = parsePlanSearch(new URLSearchParams('year=2025&page=2&sort=title'), 2026);
    expect(toPlanQuery(search)).toEqual({ year: 2025, page: 2, sort: 'title' });
    expect(planSearchParams(search, 2026).toString()).toBe('year=2025&page=2&sort=title');
    expect(planSearchParams(parsePlanSearch(new URLSearchParams('sort=unit'), 2026), 2026).toString()).toBe('');
    expect(toPlanQuery(parsePlanSearch(new URLSearchParams(''), 2026))).toEqual({ year: 2026 });
  });
});
