import type { paths } from '../api/schema';
import type {
  AssessmentFigures,
  Capability,
  ComplianceFigures,
  ComplianceStatus,
  Dashboard,
  DashboardSection,
  RankLevel,
  SectionStatus,
  UnitComplianceFigures,
} from '../api/types';
import type { GradeCounts } from './assessment';
import { CAPABILITIES, COMPLIANCE_STATUSES, GRADES, RANK_LEVELS } from './enums';
import { defined, readSearch } from './pagedSearch';
import { parseAsUuid, parseAsWholeNumber, toParams } from './queryParams';

/** 领导驾驶舱 as the page reads it: the unit and year of its URL, each section's state, the figures rearranged to draw. */

export interface DashboardSearch {
  /** The unit whose child units are compared; the caller's default unit (the bureau for leaders) without one. */
  unitId?: string;
  /** The year of the grades and postings; the latest the server finds without one. */
  year?: number;
}

export type DashboardQuery = NonNullable<paths['/api/dashboard']['get']['parameters']['query']>;

export const MIN_DASHBOARD_YEAR = 2000;

/** The URL's unit and year, as the API names them; a year from 2000 to this one. */
export function parseDashboardSearch(params: URLSearchParams, thisYear: number): DashboardSearch {
  return readSearch({ unitId: parseAsUuid, year: parseAsWholeNumber(MIN_DASHBOARD_YEAR, thisYear) }, params);
}

export function toDashboardQuery(search: DashboardSearch): DashboardQuery {
  return defined({ unitId: search.unitId, year: search.year });
}

export function dashboardSearchParams(search: DashboardSearch): URLSearchParams {
  return toParams(toDashboardQuery(search));
}

/** Where each section's figures sit in the dashboard. */
export const DASHBOARD_PROPERTY = {
  ASSESSMENT: 'assessment',
  COMPLIANCE: 'compliance',
  ROTATION: 'rotation',
  COVERAGE: 'coverage',
  OVERDUE_FINDINGS: 'overdueFindings',
  FORMS: 'forms',
} as const satisfies Record<DashboardSection, keyof Dashboard>;

/**
 * How a section came back: as `sections` says; one it says is AVAILABLE without figures reads as NOT_FOUND, one it
 * does not mention and without figures as UNAVAILABLE (asking again may bring it).
 */
export function dashboardSectionStatus(dashboard: Dashboard, section: DashboardSection): SectionStatus {
  const state = dashboard.sections?.find((one) => one.section === section);
  if (state && state.status !== 'AVAILABLE') return state.status;
  if (dashboard[DASHBOARD_PROPERTY[section]] == null) return state ? 'NOT_FOUND' : 'UNAVAILABLE';
  return 'AVAILABLE';
}

/** The year the figures are of: the one asked, else the one the owners chose (the latest finalised grades, postings). */
export function dashboardYear(dashboard: Dashboard): number | undefined {
  return dashboard.year ?? dashboard.assessment?.year ?? dashboard.rotation?.year ?? undefined;
}

/** The name of the unit the figures are of, from whichever owner answered. */
export function dashboardUnitName(dashboard: Dashboard): string | undefined {
  return (
    dashboard.assessment?.unitName ??
    dashboard.compliance?.unitName ??
    dashboard.rotation?.unitName ??
    dashboard.coverage?.unitName ??
    dashboard.forms?.unitName ??
    undefined
  );
}

// 八项本领 by unit.

/**
 * A row's key in a breakdown: the unit's id, and apart from it its own 本级 row (the unit itself appears twice when it
 * has cadres of its own besides its children's).
 */
export const unitRowKey = (unit: { unitId: string; own: boolean }) => `${unit.unitId}${unit.own ? '-own' : ''}`;

export interface CapabilityRow {
  unitId: string;
  unitName: string;
  /** 本级: the unit's own cadres, not a child unit's. */
  own: boolean;
  cadres: number;
  /** The average score of each capability (0–100); none where no cadre of the unit has a score in it. */
  averages: Partial<Record<Capability, number>>;
  openGaps: Partial<Record<Capability, number>>;
}

/** The rows of the heat map: units with cadres, each capability's average and open gaps. */
export function capabilityRows(figures: AssessmentFigures): CapabilityRow[] {
  return (figures.units ?? [])
    .filter((unit) => unit.cadres > 0)
    .map((unit) => ({
      unitId: unit.unitId,
      unitName: unit.unitName,
      own: unit.own,
      cadres: unit.cadres,
      averages: pick(unit.averages),
      openGaps: pick(unit.openGaps),
    }));
}

function pick(values: Record<string, number> | undefined): Partial<Record<Capability, number>> {
  const picked: Partial<Record<Capability, number>> = {};
  for (const capability of CAPABILITIES) {
    const value = values?.[capability];
    if (value != null) picked[capability] = value;
  }
  return picked;
}

/** Whether any unit has an average score at all: without one there is nothing to shade. */
export const hasCapabilityScores = (rows: readonly CapabilityRow[]) => rows.some((row) => Object.keys(row.averages).length > 0);

// Grades against the 优秀 quota.

export function gradeTotals(grades: Record<string, number> | undefined): GradeCounts {
  return Object.fromEntries(GRADES.map((grade) => [grade, grades?.[grade] ?? 0])) as GradeCounts;
}

/** Cadres whose year is finalised: graded, and without a grade (不定等次). */
export function assessedCadres(figures: Pick<AssessmentFigures, 'grades' | 'ungraded'>): number {
  const counts = gradeTotals(figures.grades);
  return GRADES.reduce((sum, grade) => sum + counts[grade], 0) + (figures.ungraded ?? 0);
}

// 学时达标 by unit and rank.

/** A province's GB/T 2260 code: two digits and four zeros (440000). */
const PROVINCE_CODE = /^[1-9]\d0000$/;

export const isProvinceCode = (code: string | null | undefined) => PROVINCE_CODE.test(code ?? '');

/**
 * The child units as the map can show them: the provinces (by their administrative codes) apart from the rest (the
 * unit's own cadres, the bureau's departments, a province's cities), each kept in the owner's order.
 */
export function complianceBreakdown(figures: ComplianceFigures): { provinces: UnitComplianceFigures[]; others: UnitComplianceFigures[] } {
  const units = (figures.units ?? []).filter((unit) => unit.cadres > 0);
  const province = (unit: UnitComplianceFigures) => !unit.own && isProvinceCode(unit.unitCode);
  return { provinces: units.filter(province), others: units.filter((unit) => !province(unit)) };
}

export interface RankCompliance {
  rankLevel: RankLevel;
  cadres: number;
  byStatus: Record<ComplianceStatus, number>;
  /** The share compliant, as the owner counts it (COMPLIANT of all). */
  rate: number;
}

/** The whole unit by rank: the child units' rank rows added up, in the order of the ranks; ranks without cadres left out. */
export function complianceByRank(figures: ComplianceFigures): RankCompliance[] {
  return RANK_LEVELS.flatMap((rankLevel) => {
    const rows = (figures.units ?? []).flatMap((unit) => (unit.ranks ?? []).filter((rank) => rank.rankLevel === rankLevel));
    const cadres = rows.reduce((sum, rank) => sum + (rank.cadres ?? 0), 0);
    if (cadres === 0) return [];
    const byStatus = Object.fromEntries(COMPLIANCE_STATUSES.map((status) => [status, rows.reduce((sum, rank) => sum + (rank.byStatus?.[status] ?? 0), 0)])) as Record<
      ComplianceStatus,
      number
    >;
    return [{ rankLevel, cadres, byStatus, rate: byStatus.COMPLIANT / cadres }];
  });
}

/** One unit's rank row, when the unit has cadres of that rank. */
export function unitRank(unit: UnitComplianceFigures, rankLevel: RankLevel) {
  return (unit.ranks ?? []).find((rank) => rank.rankLevel === rankLevel && rank.cadres > 0);
}
