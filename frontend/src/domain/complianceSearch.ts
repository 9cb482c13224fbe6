import type { paths } from '../api/schema';
import type { ComplianceStatus, UnitCompliance } from '../api/types';
import { COMPLIANCE_STATUSES } from './enums';
import { DEFAULT_PAGE, type PagedSearchOf } from './pagedSearch';
import { parseAsOneOf, parseAsUuid, toParams } from './queryParams';

/**
 * The 学时达标 table's filters as its URL holds them. Without a unit in the URL the page shows the user's own
 * unit, which the API needs (`unitId` is required there), so the link stays short for the usual case.
 */
export const complianceFilters = {
  unitId: parseAsUuid,
  status: parseAsOneOf(COMPLIANCE_STATUSES, { ignoreCase: true }),
};

export type ComplianceSearch = PagedSearchOf<typeof complianceFilters>;

export type ComplianceQuery = NonNullable<paths['/api/training/compliance']['get']['parameters']['query']>;

function nonDefault(search: Partial<ComplianceSearch>) {
  return {
    status: search.status,
    page: search.page != null && search.page !== DEFAULT_PAGE.page ? search.page : undefined,
    size: search.size != null && search.size !== DEFAULT_PAGE.size ? search.size : undefined,
  };
}

/** What the URL shows: only what differs from the defaults. */
export function complianceSearchParams(search: Partial<ComplianceSearch>): URLSearchParams {
  return toParams({ unitId: search.unitId, ...nonDefault(search) });
}

/** The API query for the search, on the given unit when the URL names none. */
export function toComplianceQuery(search: ComplianceSearch, fallbackUnitId: string): ComplianceQuery {
  const query: ComplianceQuery = { unitId: search.unitId ?? fallbackUnitId };
  const { status, page, size } = nonDefault(search);
  if (status) query.status = status;
  if (page !== undefined) query.page = page;
  if (size !== undefined) query.size = size;
  return query;
}

/** The unit's xlsx: every cadre of the subtree (the export takes no status filter). */
export function complianceExportUrl(unitId: string): string {
  return `/api/training/compliance/export?${toParams({ unitId }).toString()}`;
}

/** Rows matching the status filter: the API pages them but reports only the counts per status and in all. */
export function matchingCadres(view: UnitCompliance | undefined, status: ComplianceStatus | undefined): number {
  if (!view) return 0;
  return status ? (view.byStatus?.[status] ?? 0) : (view.cadres ?? 0);
}
