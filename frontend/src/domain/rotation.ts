import type { Posting, PostingType, Region, RegionFlow } from '../api/types';
import { POSTING_TYPES, REGIONS } from './enums';

/** What the rotation pages compute from the API's answers: the flow matrix, counts by type, a posting's steps. */

export interface FlowMatrix {
  /** Postings from the row's region (the cadre's home) to the column's (the host), in the order of REGIONS. */
  cells: number[][];
  max: number;
  total: number;
}

/** 东中西交流 as a 3 × 3 matrix; a flow the API leaves out counts 0. */
export function flowMatrix(flows: readonly RegionFlow[] | undefined): FlowMatrix {
  const cells = REGIONS.map(() => REGIONS.map(() => 0));
  for (const flow of flows ?? []) {
    const from = REGIONS.indexOf(flow.from as Region);
    const to = REGIONS.indexOf(flow.to as Region);
    if (from >= 0 && to >= 0) cells[from][to] += flow.postings ?? 0;
  }
  const all = cells.flat();
  return { cells, max: Math.max(0, ...all), total: all.reduce((sum, count) => sum + count, 0) };
}

/** Postings of each type, in the order of the types (those the API does not list count 0). */
export function typeCounts(byType: Record<string, number> | undefined): { type: PostingType; count: number }[] {
  return POSTING_TYPES.map((type) => ({ type, count: byType?.[type] ?? 0 }));
}

export type PostingStepKey = 'proposed' | 'approved' | 'started' | 'completed' | 'cancelled';

export interface PostingStep {
  key: PostingStepKey;
  done: boolean;
  /** Who took the step, when the service records it. */
  by?: string | null;
  /** An instant (提名, 批准, 取消) or a day (到岗, 期满). */
  at?: string | null;
  day?: string | null;
}

/**
 * The posting's workflow so far and what is still ahead: 提名 → 批准 → 到岗 → 期满鉴定, or 取消 (a posting is
 * cancelled before it starts, so nothing lies ahead of a cancellation).
 */
export function postingSteps(posting: Posting): PostingStep[] {
  const proposed: PostingStep = { key: 'proposed', done: true, by: posting.proposedBy, at: posting.proposedAt };
  const approved: PostingStep = { key: 'approved', done: Boolean(posting.approvedAt), by: posting.approvedBy, at: posting.approvedAt };
  if (posting.status === 'CANCELLED') {
    return [proposed, ...(approved.done ? [approved] : []), { key: 'cancelled', done: true, by: posting.cancelledBy, at: posting.cancelledAt }];
  }
  return [
    proposed,
    approved,
    { key: 'started', done: Boolean(posting.startedOn), day: posting.startedOn },
    { key: 'completed', done: posting.status === 'COMPLETED', by: posting.evaluatedBy, day: posting.endedOn },
  ];
}

/** An active posting's care: overdue (the next check-in is past), due (a date ahead) or nothing to show. */
export function careState(posting: Posting): 'overdue' | 'due' | undefined {
  if (posting.status !== 'ACTIVE' || !posting.nextCheckInDue) return undefined;
  return posting.careOverdue ? 'overdue' : 'due';
}

/** Who may record a check-in: HR managing the posting while it runs, which is whoever may complete it. */
export function mayRecordCheckIn(posting: Posting): boolean {
  return posting.status === 'ACTIVE' && Boolean(posting.allowedCommands?.includes('COMPLETE'));
}
