import { useTranslation } from 'react-i18next';
import type { Capability } from '../../api/types';
import { cycleSearchParams, DEFAULT_GAP_STATUS, gapSearchParams } from '../../domain/assessmentSearch';
import { complianceSearchParams } from '../../domain/complianceSearch';
import { findingSearchParams, measureSearchParams } from '../../domain/inspectionSearch';
import { DEFAULT_PAGE } from '../../domain/pagedSearch';
import { balanceSearchParams, postingSearchParams } from '../../domain/rotationSearch';

/** Where the dashboard's figures lead: each list page with the unit (and year, capability) the figure was of. */

const withQuery = (path: string, params: URLSearchParams) => (params.size > 0 ? `${path}?${params.toString()}` : path);

/** 能力短板: the open gaps of a unit's subtree, in one capability or all. */
export const gapsLink = (unitId: string, capability?: Capability) =>
  withQuery('/assessment/gaps', gapSearchParams({ unitId, capability, status: DEFAULT_GAP_STATUS, ...DEFAULT_PAGE }));

/** 年度考核 of a unit in a year. */
export const cyclesLink = (unitId: string, year: number | null | undefined) => withQuery('/assessment/cycles', cycleSearchParams({ unitId, year: year ?? undefined }));

/** 学时达标 of a unit's cadres. */
export const complianceLink = (unitId: string) => withQuery('/compliance', complianceSearchParams({ unitId }));

/** 挂职交流 of a unit's cadres. */
export const postingsLink = (unitId: string) => withQuery('/rotation/postings', postingSearchParams({ unitId }));

/** 交流统计 of a unit in a year (every year without one). */
export const balanceLink = (unitId: string, year: number | null | undefined) => withQuery('/rotation/balance', balanceSearchParams({ unitId, year: year ?? undefined }));

/** 巡视全覆盖 of a unit. */
export const coverageLink = (unitId: string) => withQuery('/inspection/coverage', new URLSearchParams({ unitId }));

/** 问题整改: the overdue findings of a unit's subtree (of the caller's scope without one). */
export const overdueFindingsLink = (unitId?: string) => withQuery('/inspection/findings', findingSearchParams({ unitId, overdue: true }));

/** 监督执纪: the measures of a unit's subtree. */
export const measuresLink = (unitId: string) => withQuery('/inspection/measures', measureSearchParams({ unitId }));

/** A unit's name as a row of a breakdown: the row of the unit's own cadres says so (本级). */
export function useUnitLabel() {
  const { t } = useTranslation();
  return (unit: { unitName: string; own: boolean }) => (unit.own ? t('dashboard.ownUnit', { name: unit.unitName }) : unit.unitName);
}
