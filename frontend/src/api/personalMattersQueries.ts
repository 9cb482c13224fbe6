import { unwrap } from './client';
import type { FilingQuery } from '../domain/inspectionSearch';
import { useApiMutation, useApiQuery } from './hooks';
import { ifMatch } from './ifMatch';
import { queryKeys } from './queries';
import type {
  ChangeReportRequest,
  MyPersonalReports,
  PersonalMatters,
  PersonalReport,
  PersonalReportFilingPage,
  SpotCheck,
  SpotCheckConclusion,
  SpotCheckDraw,
  SpotCheckDrawPage,
  SpotCheckDrawRequest,
  SpotCheckPage,
} from './types';

/* react-query hooks over 个人有关事项 (`/api/inspection/personal-reports`, `/spot-check-draws`, `/spot-checks`). */

export function useMyPersonalReports() {
  return useApiQuery<MyPersonalReports>(queryKeys.myPersonalReports, (api) =>
    unwrap(api.GET('/api/inspection/personal-reports/mine')),
  );
}

/** 填报 (or correct, with the version read) the caller's yearly report. */
export function useFileAnnualReport(year: number) {
  return useApiMutation<PersonalReport, { content: PersonalMatters; version?: number }>(
    (api, body) => unwrap(api.PUT('/api/inspection/personal-reports/mine/{year}', { params: { path: { year } }, body })),
    queryKeys.inspection,
  );
}

export function useReportChange() {
  return useApiMutation<PersonalReport, ChangeReportRequest>(
    (api, body) => unwrap(api.POST('/api/inspection/personal-reports/mine/changes', { body })),
    queryKeys.inspection,
  );
}

export function usePersonalReport(id: string | undefined) {
  return useApiQuery<PersonalReport>(
    queryKeys.personalReport(id ?? ''),
    (api) => unwrap(api.GET('/api/inspection/personal-reports/{id}', { params: { path: { id: id ?? '' } } })),
    { enabled: Boolean(id) },
  );
}

export function usePersonalReportFilings(query: FilingQuery) {
  return useApiQuery<PersonalReportFilingPage>(
    queryKeys.personalReportFilings(query),
    (api) => unwrap(api.GET('/api/inspection/personal-reports/filings', { params: { query } })),
    { keepPrevious: true },
  );
}

export function useSpotCheckDraws(query: { year?: number; page?: number; size?: number }) {
  return useApiQuery<SpotCheckDrawPage>(
    queryKeys.spotCheckDraws(query),
    (api) => unwrap(api.GET('/api/inspection/spot-check-draws', { params: { query } })),
    { keepPrevious: true },
  );
}

/** 随机抽查: draws the year's sample of a unit's reporters and opens a check for each. */
export function useDrawSpotCheck() {
  return useApiMutation<SpotCheckDraw, SpotCheckDrawRequest>(
    (api, body) => unwrap(api.POST('/api/inspection/spot-check-draws', { body })),
    queryKeys.inspection,
  );
}

export function useSpotChecks(query: { year?: number; status?: 'OPEN' | 'CONCLUDED'; page?: number; size?: number }, enabled = true) {
  return useApiQuery<SpotCheckPage>(
    queryKeys.spotChecks(query),
    (api) => unwrap(api.GET('/api/inspection/spot-checks', { params: { query } })),
    { keepPrevious: true, enabled },
  );
}

/** 提拔必查: the mandatory check of a promotion candidate. */
export function useOpenPromotionCheck() {
  return useApiMutation<SpotCheck, { cadreId: string }>(
    (api, body) => unwrap(api.POST('/api/inspection/spot-checks', { body })),
    queryKeys.inspection,
  );
}

/** 核实结论, with the version read. */
export function useConcludeSpotCheck() {
  return useApiMutation<SpotCheck, { id: string; version: number; conclusion: SpotCheckConclusion }>(
    (api, { id, version, conclusion }) =>
      unwrap(
        api.POST('/api/inspection/spot-checks/{id}/conclusion', {
          params: { path: { id }, header: ifMatch(version) },
          body: conclusion,
        }),
      ),
    queryKeys.inspection,
  );
}
