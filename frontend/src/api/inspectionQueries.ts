import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FindingQuery, MeasureQuery, RoundQuery } from '../domain/inspectionSearch';
import { useApi } from './ApiContext';
import { unwrap } from './client';
import type { ApiError } from './problem';
import { queryKeys } from './queries';
import type {
  Finding,
  FindingPage,
  FindingRequest,
  FourFormDistribution,
  InspectionRound,
  Measure,
  MeasureCatalogRow,
  MeasureConclusion,
  MeasurePage,
  MeasureRequest,
  RectificationRequest,
  RoundCommand,
  RoundRequest,
  TermCoverage,
} from './types';

/* react-query hooks over the inspection API (`/api/inspection`); their keys sit with the others, under `queryKeys.inspection`. */

/** After any inspection change: rounds, findings, coverage and measures are read again when shown. */
function useInspectionChanged() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: queryKeys.inspection });
}

export function useRounds(query: RoundQuery) {
  const api = useApi();
  return useQuery<InspectionRound[], ApiError>({
    queryKey: queryKeys.rounds(query),
    queryFn: () => unwrap(api.GET('/api/inspection/rounds', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function useRound(id: string) {
  const api = useApi();
  return useQuery<InspectionRound, ApiError>({
    queryKey: queryKeys.round(id),
    queryFn: () => unwrap(api.GET('/api/inspection/rounds/{id}', { params: { path: { id } } })),
  });
}

/** 安排轮次 (and 回头看 with `followUpOf` and the findings it re-checks). */
export function usePlanRound() {
  const api = useApi();
  const changed = useInspectionChanged();
  return useMutation<InspectionRound, ApiError, RoundRequest>({
    mutationFn: (body) => unwrap(api.POST('/api/inspection/rounds', { body })),
    onSuccess: () => changed(),
  });
}

/** 进驻 / 反馈 (with the day of the feedback) / 进入整改 / 结束, with the version read. */
export function useRoundCommand(id: string) {
  const api = useApi();
  const changed = useInspectionChanged();
  return useMutation<InspectionRound, ApiError, { command: RoundCommand; version?: number; feedbackOn?: string }>({
    mutationFn: ({ command, version, feedbackOn }) =>
      unwrap(
        api.POST('/api/inspection/rounds/{id}/{command}', {
          params: { path: { id, command: command.toLowerCase() } },
          body: { version, feedbackOn },
        }),
      ),
    onSuccess: () => changed(),
  });
}

export function useRoundFindings(roundId: string, query: { page?: number; size?: number; sort?: string }) {
  const api = useApi();
  return useQuery<FindingPage, ApiError>({
    queryKey: queryKeys.roundFindings(roundId, query),
    queryFn: () => unwrap(api.GET('/api/inspection/rounds/{id}/findings', { params: { path: { id: roundId }, query } })),
    placeholderData: keepPreviousData,
  });
}

/** 录入问题: the deadline defaults to 2 months after the feedback when none is given. */
export function useRecordFinding(roundId: string) {
  const api = useApi();
  const changed = useInspectionChanged();
  return useMutation<Finding, ApiError, FindingRequest>({
    mutationFn: (body) => unwrap(api.POST('/api/inspection/rounds/{id}/findings', { params: { path: { id: roundId } }, body })),
    onSuccess: () => changed(),
  });
}

export function useFindings(query: FindingQuery, enabled = true) {
  const api = useApi();
  return useQuery<FindingPage, ApiError>({
    queryKey: queryKeys.findings(query),
    queryFn: () => unwrap(api.GET('/api/inspection/findings', { params: { query } })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** How many findings each query matches: the `total` of a one-row page, one request per status. */
export function useFindingCounts(queries: FindingQuery[]) {
  const api = useApi();
  return useQueries({
    queries: queries.map((query) => ({
      queryKey: queryKeys.findings(query),
      queryFn: async () => (await unwrap(api.GET('/api/inspection/findings', { params: { query } }))).total ?? 0,
      staleTime: 30_000,
    })),
  });
}

export function useFinding(id: string) {
  const api = useApi();
  return useQuery<Finding, ApiError>({
    queryKey: queryKeys.finding(id),
    queryFn: () => unwrap(api.GET('/api/inspection/findings/{id}', { params: { path: { id } } })),
  });
}

/** 报送整改报告 (HR of the responsible unit). */
export function useReportRectification(findingId: string) {
  const api = useApi();
  const changed = useInspectionChanged();
  return useMutation<Finding, ApiError, RectificationRequest>({
    mutationFn: (body) => unwrap(api.POST('/api/inspection/findings/{id}/rectification', { params: { path: { id: findingId } }, body })),
    onSuccess: () => changed(),
  });
}

export type FindingJudgement = { verdict: 'close'; conclusion: string } | { verdict: 'return'; note: string };

/** 审核销号 (close, with a conclusion) or 退回 (return the report, with a note). */
export function useJudgeFinding(findingId: string) {
  const api = useApi();
  const changed = useInspectionChanged();
  return useMutation<Finding, ApiError, FindingJudgement>({
    mutationFn: (judgement) => {
      const params = { path: { id: findingId } };
      return judgement.verdict === 'close'
        ? unwrap(api.POST('/api/inspection/findings/{id}/close', { params, body: { conclusion: judgement.conclusion } }))
        : unwrap(api.POST('/api/inspection/findings/{id}/return', { params, body: { note: judgement.note } }));
    },
    onSuccess: () => changed(),
  });
}

/** 复查 in a follow-up round: fixed, or reopened with a new deadline. */
export function useRecheckFinding(roundId: string) {
  const api = useApi();
  const changed = useInspectionChanged();
  return useMutation<Finding, ApiError, { findingId: string; fixed: boolean; note: string }>({
    mutationFn: ({ findingId, fixed, note }) =>
      unwrap(api.POST('/api/inspection/findings/{id}/recheck', { params: { path: { id: findingId } }, body: { roundId, fixed, note } })),
    onSuccess: () => changed(),
  });
}

export function useCoverage(query: { unitId?: string; date?: string }) {
  const api = useApi();
  return useQuery<TermCoverage, ApiError>({
    queryKey: queryKeys.coverage(query),
    queryFn: () => unwrap(api.GET('/api/inspection/coverage', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function useMeasures(query: MeasureQuery, enabled = true) {
  const api = useApi();
  return useQuery<MeasurePage, ApiError>({
    queryKey: queryKeys.measures(query),
    queryFn: () => unwrap(api.GET('/api/inspection/measures', { params: { query } })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** 运用"四种形态": the service records the form and the influence period. */
export function useApplyMeasure() {
  const api = useApi();
  const changed = useInspectionChanged();
  return useMutation<Measure, ApiError, MeasureRequest>({
    mutationFn: (body) => unwrap(api.POST('/api/inspection/measures', { body })),
    onSuccess: () => changed(),
  });
}

/** The catalogue the service applies: each type's family, forms, influence and effect on the annual assessment. */
export function useMeasureCatalogue() {
  const api = useApi();
  return useQuery<MeasureCatalogRow[], ApiError>({
    queryKey: queryKeys.measureCatalogue,
    queryFn: () => unwrap(api.GET('/api/inspection/measures/catalogue')),
    staleTime: Infinity,
  });
}

/** 作出结论: a case or suspension ends; a penalty imposed is a measure of its own. */
export function useConcludeMeasure() {
  const api = useApi();
  const changed = useInspectionChanged();
  return useMutation<Measure[], ApiError, { id: string; body: MeasureConclusion }>({
    mutationFn: ({ id, body }) => unwrap(api.POST('/api/inspection/measures/{id}/conclude', { params: { path: { id } }, body })),
    onSuccess: () => changed(),
  });
}

/** 撤销: the measure never counted (MeasureLifted, REVOKED). */
export function useRevokeMeasure() {
  const api = useApi();
  const changed = useInspectionChanged();
  return useMutation<Measure, ApiError, { id: string; reason: string }>({
    mutationFn: ({ id, reason }) => unwrap(api.POST('/api/inspection/measures/{id}/revoke', { params: { path: { id } }, body: { reason } })),
    onSuccess: () => changed(),
  });
}

export function useMeasureDistribution(query: { unitId?: string; date?: string }) {
  const api = useApi();
  return useQuery<FourFormDistribution, ApiError>({
    queryKey: queryKeys.measureDistribution(query),
    queryFn: () => unwrap(api.GET('/api/inspection/measures/distribution', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}
