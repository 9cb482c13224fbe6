import { fieldPath } from '../../api/problem';
import type { ImportReport, Problem, RowStatus, Violation } from '../../api/types';

export interface ImportRowView {
  /** The spreadsheet row as Excel numbers it (the header is row 1). */
  row: number;
  employeeNumber?: string;
  name?: string;
  status: RowStatus;
  cadreId?: string;
  violations: Violation[];
}

/** What an upload did, whether the server answered with a report (200) or refused the whole file (422). */
export interface ImportOutcome {
  mode: 'PARTIAL' | 'ALL_OR_NOTHING';
  committed: boolean;
  totalRows?: number;
  imported: number;
  rejected: number;
  rows: ImportRowView[];
  detail?: string;
}

export function outcomeFromReport(report: ImportReport): ImportOutcome {
  return {
    mode: report.mode ?? 'PARTIAL',
    committed: report.committed ?? false,
    totalRows: report.totalRows,
    imported: report.imported ?? 0,
    rejected: report.rejected ?? 0,
    rows: (report.rows ?? []).map((row) => ({
      row: row.row ?? 0,
      employeeNumber: row.employeeNumber ?? undefined,
      name: row.name ?? undefined,
      status: row.status ?? 'REJECTED',
      cadreId: row.cadreId ?? undefined,
      violations: row.violations ?? [],
    })),
  };
}

/**
 * An all-or-nothing import with bad rows comes back as a 422 problem whose violations name
 * `rows[N].field`; this regroups them per row. Undefined when the problem names no rows.
 */
export function outcomeFromRejection(problem: Problem): ImportOutcome | undefined {
  const byRow = new Map<number, Violation[]>();
  for (const violation of problem.violations ?? []) {
    const [head, index, ...rest] = fieldPath(violation.field ?? '');
    if (head !== 'rows' || typeof index !== 'number') continue;
    const list = byRow.get(index) ?? [];
    list.push({ field: rest.join('.'), message: violation.message });
    byRow.set(index, list);
  }
  if (byRow.size === 0) return undefined;
  const rows = [...byRow]
    .sort(([a], [b]) => a - b)
    .map(([row, violations]) => ({ row, status: 'REJECTED' as const, violations }));
  return { mode: 'ALL_OR_NOTHING', committed: false, imported: 0, rejected: rows.length, rows, detail: problem.detail };
}
