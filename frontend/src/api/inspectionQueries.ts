import { useQueries } from '@tanstack/react-query';
import type { FindingQuery, MeasureQuery, RoundQuery } from '../domain/inspectionSearch';
import { useApi } from './ApiContext';
import { unwrap } from './client';
import { ifMatch } from './ifMatch';
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
  RoundPage,
  RoundRequest,
  TermCoverage,
} from './types';
import { useApiMutation, useApiQuery } from './hooks';

/* react-query hooks over the inspection API (`/api/inspection`); their keys sit with the others, under `queryKeys.inspection`. */

export function useRounds(query: RoundQuery) {
  return useApiQuery<RoundPage>(
    queryKeys.rounds(query),
    (api) => unwrap(api.GET('/api/inspection/rounds', { params: { query } })),
    { keepPrevious: true },
  );
}

export function useRound(id: string) {
  return useApiQuery<InspectionRound>(queryKeys.round(id), (api) =>
    unwrap(api.GET('/api/inspection/rounds/{id}', { params: { path: { id } } })),
  );
}

/** 安排轮次 (and 回头看 with `followUpOf` and the findings it re-checks). */
export function usePlanRound() {
  return useApiMutation<InspectionRound, RoundRequest>(
    (api, body) => unwrap(api.POST('/api/inspection/rounds', { body })),
    queryKeys.inspection,
  );
}

/** 进驻 / 反馈 (with the day of the feedback) / 进入整改 / 结束, with the version read. */
export function useRoundCommand(id: string) {
  return useApiMutation<InspectionRound, { command: RoundCommand; version: number; feedbackOn?: string }>(
    (api, { command, version, feedbackOn }) =>
      unwrap(
        api.POST('/api/inspection/rounds/{id}/{command}', {
          params: { header: ifMatch(version), path: { id, command: command.toLowerCase() } },
          body: { version, feedbackOn },
        }),
      ),
    queryKeys.inspection,
  );
}

export function useRoundFindings(roundId: string, query: { page?: number; size?: number; sort?: string }) {
  return useApiQuery<FindingPage>(
    queryKeys.roundFindings(roundId, query),
    (api) => unwrap(api.GET('/api/inspection/rounds/{id}/findings', { params: { path: { id: roundId }, query } })),
    { keepPrevious: true },
  );
}

/** 录入问题: the deadline defaults to 2 months after the feedback when none is given. */
export function useRecordFinding(roundId: string) {
  return useApiMutation<Finding, FindingRequest>(
    (api, body) => unwrap(api.POST('/api/inspection/rounds/{id}/findings', { params: { path: { id: roundId } }, body })),
    queryKeys.inspection,
  );
}

export function useFindings(query: FindingQuery, enabled = true) {
  return useApiQuery<FindingPage>(queryKeys.findings(query), (api) => unwrap(api.GET('/api/inspection/findings', { params: { query } })), {
    keepPrevious: true,
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
  return useApiQuery<Finding>(queryKeys.finding(id), (api) =>
    unwrap(api.GET('/api/inspection/findings/{id}', { params: { path: { id } } })),
  );
}

/** 报送整改报告 (HR of the responsible unit), with the finding's version read. */
export function useReportRectification(findingId: string) {
  return useApiMutation<Finding, { body: RectificationRequest; version: number }>(
    (api, { body, version }) =>
      unwrap(
        api.POST('/api/inspection/findings/{id}/rectification', { params: { header: ifMatch(version), path: { id: findingId } }, body }),
      ),
    queryKeys.inspection,
  );
}

/** The inspectors' verdict on a finding's report, with the finding's version read. */
export type FindingJudgement = ({ verdict: 'close'; conclusion: string } | { verdict: 'return'; note: string }) & { version: number };

/** 审核销号 (close, with a conclusion) or 退回 (return the report, with a note). */
export function useJudgeFinding(findingId: string) {
  return useApiMutation<Finding, FindingJudgement>((api, judgement) => {
    const path = { id: findingId };
    return judgement.verdict === 'close'
      ? unwrap(
          api.POST('/api/inspection/findings/{id}/close', {
            params: { header: ifMatch(judgement.version), path },
            body: { conclusion: judgement.conclusion },
          }),
        )
      : unwrap(
          api.POST('/api/inspection/findings/{id}/return', { params: { header: ifMatch(judgement.version), path }, body: { note: judgement.note } }),
        );
  }, queryKeys.inspection);
}

/** 复查 in a follow-up round: fixed, or reopened with a new deadline; `version`: the finding's, as read. */
export function useRecheckFinding(roundId: string) {
  return useApiMutation<Finding, { findingId: string; version: number; fixed: boolean; note: string }>(
    (api, { findingId, version, fixed, note }) =>
      unwrap(
        api.POST('/api/inspection/findings/{id}/recheck', {
          params: { header: ifMatch(version), path: { id: findingId } },
          body: { roundId, fixed, note },
        }),
      ),
    queryKeys.inspection,
  );
}

export function useCoverage(query: { unitId?: string; date?: string }) {
  return useApiQuery<TermCoverage>(queryKeys.coverage(query), (api) => unwrap(api.GET('/api/inspection/coverage', { params: { query } })), {
    keepPrevious: true,
  });
}

export function useMeasures(query: MeasureQuery, enabled = true) {
  return useApiQuery<MeasurePage>(queryKeys.measures(query), (api) => unwrap(api.GET('/api/inspection/measures', { params: { query } })), {
    keepPrevious: true,
    enabled,
  });
}

/** 运用"四种形态": the service records the form and the influence period. */
export function useApplyMeasure() {
  return useApiMutation<Measure, MeasureRequest>(
    (api, body) => unwrap(api.POST('/api/inspection/measures', { body })),
    queryKeys.inspection,
  );
}

/** The catalogue the service applies: each type's family, forms, influence and effect on the annual assessment. */
export function useMeasureCatalogue() {
  return useApiQuery<MeasureCatalogRow[]>(queryKeys.measureCatalogue, (api) => unwrap(api.GET('/api/inspection/measures/catalogue')), {
    staleTime: Infinity,
  });
}

/** 作出结论: a case or suspension ends; a penalty imposed is a measure of its own. `version`: the measure's, as read. */
export function useConcludeMeasure() {
  return useApiMutation<Measure[], { id: string; version: number; body: MeasureConclusion }>(
    (api, { id, version, body }) =>
      unwrap(api.POST('/api/inspection/measures/{id}/conclude', { params: { header: ifMatch(version), path: { id } }, body })),
    queryKeys.inspection,
  );
}

/** 撤销: the measure never counted (MeasureLifted, REVOKED). `version`: the measure's, as read. */
export function useRevokeMeasure() {
  return useApiMutation<Measure, { id: string; version: number; reason: string }>(
    (api, { id, version, reason }) =>
      unwrap(api.POST('/api/inspection/measures/{id}/revoke', { params: { header: ifMatch(version), path: { id } }, body: { reason } })),
    queryKeys.inspection,
  );
}

export function useMeasureDistribution(query: { unitId?: string; date?: string }) {
  return useApiQuery<FourFormDistribution>(
    queryKeys.measureDistribution(query),
    (api) => unwrap(api.GET('/api/inspection/measures/distribution', { params: { query } })),
    { keepPrevious: true },
  );
}
