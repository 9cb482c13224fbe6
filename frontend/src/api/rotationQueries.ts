import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BalanceQuery, DueQuery, PostingQuery, ProposalQuery } from '../domain/rotationSearch';
import { useApi } from './ApiContext';
import { unwrap } from './client';
import type { ApiError } from './problem';
import { queryKeys } from './queries';
import type {
  AuditEntry,
  CandidateList,
  CheckIn,
  CheckInRequest,
  Opening,
  OpeningRequest,
  Posting,
  PostingCompletion,
  PostingEligibility,
  PostingPage,
  PostingProposal,
  PostingProposalPage,
  PostingRequest,
  RotationBalance,
  TenurePage,
} from './types';

/* react-query hooks over the rotation API (`/api/rotation`); their keys sit with the others, under `queryKeys.rotation`. */

/** After any rotation change: the board, a posting, the proposals, the openings and the balance are read again when shown. */
function useRotationChanged() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: queryKeys.rotation });
}

export function usePostings(query: PostingQuery) {
  const api = useApi();
  return useQuery<PostingPage, ApiError>({
    queryKey: queryKeys.postings(query),
    queryFn: () => unwrap(api.GET('/api/rotation/postings', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

/** How many postings each query matches: the `total` of a one-row page, one request per status. */
export function usePostingCounts(queries: PostingQuery[]) {
  const api = useApi();
  return useQueries({
    queries: queries.map((query) => ({
      queryKey: queryKeys.postings(query),
      queryFn: async () => (await unwrap(api.GET('/api/rotation/postings', { params: { query } }))).total ?? 0,
      staleTime: 30_000,
    })),
  });
}

export function usePosting(id: string) {
  const api = useApi();
  return useQuery<Posting, ApiError>({
    queryKey: queryKeys.posting(id),
    queryFn: () => unwrap(api.GET('/api/rotation/postings/{id}', { params: { path: { id } } })),
  });
}

/** 提名挂职: refused (422 `not-eligible`) for a weak last grade or a measure in its influence period. */
export function useProposePosting() {
  const api = useApi();
  const changed = useRotationChanged();
  return useMutation<Posting, ApiError, PostingRequest>({
    mutationFn: (body) => unwrap(api.POST('/api/rotation/postings', { body })),
    onSuccess: () => changed(),
  });
}

/** May the cadre be proposed, or the reasons why not (asked before the form is sent). */
export function usePostingEligibility(cadreId: string | undefined) {
  const api = useApi();
  return useQuery<PostingEligibility, ApiError>({
    queryKey: queryKeys.postingEligibility(cadreId ?? ''),
    queryFn: () => unwrap(api.GET('/api/rotation/eligibility/{cadreId}', { params: { path: { cadreId: cadreId! } } })),
    enabled: Boolean(cadreId),
  });
}

export type PostingAction =
  | { command: 'APPROVE'; version?: number }
  | { command: 'START'; version?: number; startedOn: string }
  | { command: 'COMPLETE'; completion: PostingCompletion }
  | { command: 'CANCEL'; version?: number; reason: string };

/** The posting's workflow commands (批准, 到岗, 期满鉴定, 取消), each with the version read (409 `stale` otherwise). */
export function usePostingCommand(id: string) {
  const api = useApi();
  const changed = useRotationChanged();
  return useMutation<Posting, ApiError, PostingAction>({
    mutationFn: (action) => {
      const path = { path: { id } };
      switch (action.command) {
        case 'APPROVE':
          return unwrap(api.POST('/api/rotation/postings/{id}/approve', { params: path, body: { version: action.version } }));
        case 'START':
          return unwrap(api.POST('/api/rotation/postings/{id}/start', { params: path, body: { version: action.version, startedOn: action.startedOn } }));
        case 'COMPLETE':
          return unwrap(api.POST('/api/rotation/postings/{id}/complete', { params: path, body: action.completion }));
        case 'CANCEL':
          return unwrap(api.POST('/api/rotation/postings/{id}/cancel', { params: path, body: { version: action.version, reason: action.reason } }));
      }
    },
    onSuccess: () => changed(),
  });
}

export function useCheckIns(postingId: string) {
  const api = useApi();
  return useQuery<CheckIn[], ApiError>({
    queryKey: queryKeys.checkIns(postingId),
    queryFn: () => unwrap(api.GET('/api/rotation/postings/{id}/check-ins', { params: { path: { id: postingId } } })),
  });
}

/** 记录谈心走访: moves the posting's next check-in date, so the posting is read again too. */
export function useRecordCheckIn(postingId: string) {
  const api = useApi();
  const changed = useRotationChanged();
  return useMutation<CheckIn, ApiError, CheckInRequest>({
    mutationFn: (body) => unwrap(api.POST('/api/rotation/postings/{id}/check-ins', { params: { path: { id: postingId } }, body })),
    onSuccess: () => changed(),
  });
}

export function usePostingAudit(postingId: string, enabled: boolean) {
  const api = useApi();
  return useQuery<AuditEntry[], ApiError>({
    queryKey: queryKeys.postingAudit(postingId),
    queryFn: () => unwrap(api.GET('/api/rotation/postings/{id}/audit', { params: { path: { id: postingId } } })),
    enabled,
  });
}

export function useTenureDue(query: DueQuery) {
  const api = useApi();
  return useQuery<TenurePage, ApiError>({
    queryKey: queryKeys.tenureDue(query),
    queryFn: () => unwrap(api.GET('/api/rotation/due', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function useRotationProposals(query: ProposalQuery, enabled = true) {
  const api = useApi();
  return useQuery<PostingProposalPage, ApiError>({
    queryKey: queryKeys.rotationProposals(query),
    queryFn: () => unwrap(api.GET('/api/rotation/proposals', { params: { query } })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** 据此提名: the proposal becomes a proposed posting (the same rules as any proposal). */
export function useAcceptProposal(proposalId: string) {
  const api = useApi();
  const changed = useRotationChanged();
  return useMutation<Posting, ApiError, PostingRequest>({
    mutationFn: (body) => unwrap(api.POST('/api/rotation/proposals/{id}/posting', { params: { path: { id: proposalId } }, body })),
    onSuccess: () => changed(),
  });
}

export function useDismissProposal() {
  const api = useApi();
  const changed = useRotationChanged();
  return useMutation<PostingProposal, ApiError, string>({
    mutationFn: (id) => unwrap(api.POST('/api/rotation/proposals/{id}/dismiss', { params: { path: { id } } })),
    onSuccess: () => changed(),
  });
}

export function useOpenings(enabled = true) {
  const api = useApi();
  return useQuery<Opening[], ApiError>({
    queryKey: queryKeys.openings,
    queryFn: () => unwrap(api.GET('/api/rotation/openings')),
    enabled,
  });
}

/** 发布挂职岗位. */
export function useCreateOpening() {
  const api = useApi();
  const changed = useRotationChanged();
  return useMutation<Opening, ApiError, OpeningRequest>({
    mutationFn: (body) => unwrap(api.POST('/api/rotation/openings', { body })),
    onSuccess: () => changed(),
  });
}

/** 人选推荐: eligible cadres of the opening unit, ranked, each with the reasons for the rank. */
export function useCandidates(openingId: string) {
  const api = useApi();
  return useQuery<CandidateList, ApiError>({
    queryKey: queryKeys.candidates(openingId),
    queryFn: () => unwrap(api.GET('/api/rotation/openings/{id}/candidates', { params: { path: { id: openingId } } })),
  });
}

/** 提名 a candidate for the opening: a proposed posting with the opening's type, host and dates. */
export function useNominate(openingId: string) {
  const api = useApi();
  const changed = useRotationChanged();
  return useMutation<Posting, ApiError, { cadreId: string; purpose?: string }>({
    mutationFn: (body) => unwrap(api.POST('/api/rotation/openings/{id}/postings', { params: { path: { id: openingId } }, body })),
    onSuccess: () => changed(),
  });
}

export function useRotationBalance(query: BalanceQuery) {
  const api = useApi();
  return useQuery<RotationBalance, ApiError>({
    queryKey: queryKeys.rotationBalance(query),
    queryFn: () => unwrap(api.GET('/api/rotation/balance', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}
