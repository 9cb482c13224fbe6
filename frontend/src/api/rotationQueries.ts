import type { BalanceQuery, DueQuery, OpeningQuery, PostingCountsQuery, PostingQuery, ProposalQuery } from '../domain/rotationSearch';
import { unwrap } from './client';
import { ifMatch } from './ifMatch';
import { queryKeys } from './queries';
import type {
  AuditEntry,
  CandidateList,
  CheckIn,
  CheckInRequest,
  Opening,
  OpeningPage,
  OpeningRequest,
  Posting,
  PostingCompletion,
  PostingCounts,
  PostingEligibility,
  PostingPage,
  PostingProposal,
  PostingProposalPage,
  PostingRequest,
  RotationBalance,
  TenurePage,
} from './types';
import { useApiMutation, useApiQuery } from './hooks';

/* react-query hooks over the rotation API (`/api/rotation`); their keys sit with the others, under `queryKeys.rotation`. */

export function usePostings(query: PostingQuery) {
  return useApiQuery<PostingPage>(queryKeys.postings(query), (api) => unwrap(api.GET('/api/rotation/postings', { params: { query } })), {
    keepPrevious: true,
  });
}

/** How many postings each query matches: the `total` of a one-row page, one request per status. */
/** 各状态挂职数: the tabs' counts, one request for every status. */
export function usePostingCounts(query: PostingCountsQuery) {
  return useApiQuery<PostingCounts>(queryKeys.postingCounts(query), (api) =>
    unwrap(api.GET('/api/rotation/postings/counts', { params: { query } })), { staleTime: 30_000 });
}

export function usePosting(id: string) {
  return useApiQuery<Posting>(queryKeys.posting(id), (api) => unwrap(api.GET('/api/rotation/postings/{id}', { params: { path: { id } } })));
}

/** 提名挂职: refused (422 `not-eligible`) for a weak last grade or a measure in its influence period. */
export function useProposePosting() {
  return useApiMutation<Posting, PostingRequest>((api, body) => unwrap(api.POST('/api/rotation/postings', { body })), queryKeys.rotation);
}

/** May the cadre be proposed, or the reasons why not (asked before the form is sent). */
export function usePostingEligibility(cadreId: string | undefined) {
  return useApiQuery<PostingEligibility>(
    queryKeys.postingEligibility(cadreId ?? ''),
    (api) => unwrap(api.GET('/api/rotation/eligibility/{cadreId}', { params: { path: { cadreId: cadreId! } } })),
    { enabled: Boolean(cadreId) },
  );
}

/** A command on a posting, with the posting's version read. */
export type PostingAction = { version: number } & (
  | { command: 'APPROVE' }
  | { command: 'START'; startedOn: string }
  | { command: 'COMPLETE'; completion: PostingCompletion }
  | { command: 'CANCEL'; reason: string }
);

/**
 * The posting's workflow commands (批准, 到岗, 期满鉴定, 取消), each with the version read, as If-Match (412 when
 * stale) and in the body (409 `stale`).
 */
export function usePostingCommand(id: string) {
  return useApiMutation<Posting, PostingAction>((api, action) => {
    const path = { id };
    switch (action.command) {
      case 'APPROVE':
        return unwrap(
          api.POST('/api/rotation/postings/{id}/approve', { params: { header: ifMatch(action.version), path }, body: { version: action.version } }),
        );
      case 'START':
        return unwrap(
          api.POST('/api/rotation/postings/{id}/start', {
            params: { header: ifMatch(action.version), path },
            body: { version: action.version, startedOn: action.startedOn },
          }),
        );
      case 'COMPLETE':
        return unwrap(
          api.POST('/api/rotation/postings/{id}/complete', { params: { header: ifMatch(action.version), path }, body: action.completion }),
        );
      case 'CANCEL':
        return unwrap(
          api.POST('/api/rotation/postings/{id}/cancel', {
            params: { header: ifMatch(action.version), path },
            body: { version: action.version, reason: action.reason },
          }),
        );
    }
  }, queryKeys.rotation);
}

export function useCheckIns(postingId: string) {
  return useApiQuery<CheckIn[]>(queryKeys.checkIns(postingId), (api) =>
    unwrap(api.GET('/api/rotation/postings/{id}/check-ins', { params: { path: { id: postingId } } })),
  );
}

/** 记录谈心走访: moves the posting's next check-in date, so the posting is read again too. */
export function useRecordCheckIn(postingId: string) {
  return useApiMutation<CheckIn, CheckInRequest>(
    (api, body) => unwrap(api.POST('/api/rotation/postings/{id}/check-ins', { params: { path: { id: postingId } }, body })),
    queryKeys.rotation,
  );
}

export function usePostingAudit(postingId: string, enabled: boolean) {
  return useApiQuery<AuditEntry[]>(
    queryKeys.postingAudit(postingId),
    (api) => unwrap(api.GET('/api/rotation/postings/{id}/audit', { params: { path: { id: postingId } } })),
    { enabled },
  );
}

export function useTenureDue(query: DueQuery) {
  return useApiQuery<TenurePage>(queryKeys.tenureDue(query), (api) => unwrap(api.GET('/api/rotation/due', { params: { query } })), {
    keepPrevious: true,
  });
}

export function useRotationProposals(query: ProposalQuery, enabled = true) {
  return useApiQuery<PostingProposalPage>(
    queryKeys.rotationProposals(query),
    (api) => unwrap(api.GET('/api/rotation/proposals', { params: { query } })),
    { keepPrevious: true, enabled },
  );
}

/** 据此提名: the proposal (at the version read) becomes a proposed posting (the same rules as any proposal). */
export function useAcceptProposal(proposalId: string) {
  return useApiMutation<Posting, { body: PostingRequest; version: number }>(
    (api, { body, version }) =>
      unwrap(api.POST('/api/rotation/proposals/{id}/posting', { params: { header: ifMatch(version), path: { id: proposalId } }, body })),
    queryKeys.rotation,
  );
}

/** 不予采纳: the proposal, at the version read, is dismissed. */
export function useDismissProposal() {
  return useApiMutation<PostingProposal, { id: string; version: number }>(
    (api, { id, version }) => unwrap(api.POST('/api/rotation/proposals/{id}/dismiss', { params: { header: ifMatch(version), path: { id } } })),
    queryKeys.rotation,
  );
}

export function useOpenings(query: OpeningQuery, enabled = true) {
  return useApiQuery<OpeningPage>(
    queryKeys.openings(query),
    (api) => unwrap(api.GET('/api/rotation/openings', { params: { query } })),
    { enabled, keepPrevious: true },
  );
}

/** 发布挂职岗位. */
export function useCreateOpening() {
  return useApiMutation<Opening, OpeningRequest>((api, body) => unwrap(api.POST('/api/rotation/openings', { body })), queryKeys.rotation);
}

/** 人选推荐: eligible cadres of the opening unit, ranked, each with the reasons for the rank. */
export function useCandidates(openingId: string) {
  return useApiQuery<CandidateList>(queryKeys.candidates(openingId), (api) =>
    unwrap(api.GET('/api/rotation/openings/{id}/candidates', { params: { path: { id: openingId } } })),
  );
}

/** 提名 a candidate for the opening (at its version read): a proposed posting with the opening's type, host and dates. */
export function useNominate(openingId: string) {
  return useApiMutation<Posting, { cadreId: string; purpose?: string; version: number }>(
    (api, { version, ...body }) =>
      unwrap(api.POST('/api/rotation/openings/{id}/postings', { params: { header: ifMatch(version), path: { id: openingId } }, body })),
    queryKeys.rotation,
  );
}

export function useRotationBalance(query: BalanceQuery) {
  return useApiQuery<RotationBalance>(
    queryKeys.rotationBalance(query),
    (api) => unwrap(api.GET('/api/rotation/balance', { params: { query } })),
    { keepPrevious: true },
  );
}
