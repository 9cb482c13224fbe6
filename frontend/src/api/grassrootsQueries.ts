import type { ContactPointQuery, ResearchQuery } from '../domain/rotationSearch';
import { unwrap } from './client';
import { useApiMutation, useApiQuery } from './hooks';
import { ifMatch } from './ifMatch';
import { queryKeys } from './queries';
import type {
  ContactPoint,
  ContactPointPage,
  ContactPointRequest,
  ContactVisitRequest,
  ResearchFollowUp,
  ResearchReport,
  ResearchReportPage,
  ResearchReportRequest,
} from './types';

/*
 * react-query hooks over 基层联系点 and 大调研 (`/api/rotation/contact-points`, `/api/rotation/research-reports`): a
 * leader's contact point with the visits made there, and the research reports filed with what came of them. Both count
 * as evidence of the leader's capabilities; every change is under the rotation prefix.
 */

/** The contact points in the caller's reach (HR and inspectors their subtree, leaders and administrators all, a cadre the own). */
export function useContactPoints(query: ContactPointQuery, enabled = true) {
  return useApiQuery<ContactPointPage>(
    queryKeys.contactPoints(query),
    (api) => unwrap(api.GET('/api/rotation/contact-points', { params: { query } })),
    { keepPrevious: true, enabled },
  );
}

/** One point with its visits, latest first, and whether the caller may record (`mayRecord`). */
export function useContactPoint(id: string | undefined) {
  return useApiQuery<ContactPoint>(
    queryKeys.contactPoint(id ?? ''),
    (api) => unwrap(api.GET('/api/rotation/contact-points/{id}', { params: { path: { id: id ?? '' } } })),
    { enabled: Boolean(id) },
  );
}

/**
 * 建立联系点: the leader's own (no `cadreId`) or, by HR, of a cadre it manages; 409 `contact-point-exists` while the
 * leader keeps one already.
 */
export function useTakeUpContactPoint() {
  return useApiMutation<ContactPoint, ContactPointRequest>(
    (api, body) => unwrap(api.POST('/api/rotation/contact-points', { body })),
    queryKeys.rotation,
  );
}

/** 记录走访: the day within the point's period and not after today; `solutions` whenever problems were solved. */
export function useRecordVisit() {
  return useApiMutation<ContactPoint, { id: string; visit: ContactVisitRequest }>(
    (api, { id, visit }) => unwrap(api.POST('/api/rotation/contact-points/{id}/visits', { params: { path: { id } }, body: visit })),
    queryKeys.rotation,
  );
}

/** 结束联系: on `on` (today when omitted), with the version read. */
export function useEndContactPoint() {
  return useApiMutation<ContactPoint, { id: string; version: number; on?: string }>(
    (api, { id, version, on }) =>
      unwrap(api.POST('/api/rotation/contact-points/{id}/end', { params: { header: ifMatch(version), path: { id } }, body: { on } })),
    queryKeys.rotation,
  );
}

/** The research reports in the caller's reach, as the points. */
export function useResearchReports(query: ResearchQuery, enabled = true) {
  return useApiQuery<ResearchReportPage>(
    queryKeys.researchReports(query),
    (api) => unwrap(api.GET('/api/rotation/research-reports', { params: { query } })),
    { keepPrevious: true, enabled },
  );
}

/** One report, with whether the caller may record what came of it (`mayFollowUp`). */
export function useResearchReport(id: string | undefined) {
  return useApiQuery<ResearchReport>(
    queryKeys.researchReport(id ?? ''),
    (api) => unwrap(api.GET('/api/rotation/research-reports/{id}', { params: { path: { id: id ?? '' } } })),
    { enabled: Boolean(id) },
  );
}

/** 报送调研报告: the leader's own (no `cadreId`) or, by HR, of a cadre it manages. */
export function useFileResearchReport() {
  return useApiMutation<ResearchReport, ResearchReportRequest>(
    (api, body) => unwrap(api.POST('/api/rotation/research-reports', { body })),
    queryKeys.rotation,
  );
}

/** 记录转化运用: HR or a leader, never the author, with the version read; recorded again as it goes on. */
export function useFollowUpResearch() {
  return useApiMutation<ResearchReport, { id: string; version: number; followUp: ResearchFollowUp }>(
    (api, { id, version, followUp }) =>
      unwrap(api.POST('/api/rotation/research-reports/{id}/follow-up', { params: { header: ifMatch(version), path: { id } }, body: followUp })),
    queryKeys.rotation,
  );
}
