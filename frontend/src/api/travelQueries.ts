import { unwrap } from './client';
import type { PassportQuery, TripQuery } from '../domain/inspectionSearch';
import { useApiMutation, useApiQuery } from './hooks';
import { ifMatch } from './ifMatch';
import { queryKeys } from './queries';
import type { HeldPassport, HeldPassportPage, HeldPassportRequest, Trip, TripDecision, TripPage, TripRequest } from './types';

/*
 * react-query hooks over 出国（境）管理 (`/api/inspection/passports`, `/api/inspection/trips`): the passports the HR office
 * holds (证照集中保管) and the private trips asked and approved before travel. Every change is under the inspection
 * prefix: a trip's passport handed out or back moves the passports' list too.
 */

/** The passports in the caller's reach (HR and inspectors their subtree, leaders and administrators all, a cadre the own). */
export function usePassports(query: PassportQuery, enabled = true) {
  return useApiQuery<HeldPassportPage>(
    queryKeys.passports(query),
    (api) => unwrap(api.GET('/api/inspection/passports', { params: { query } })),
    { keepPrevious: true, enabled },
  );
}

/** 登记保管证照: HR (of the cadre's unit or above) and administrators; 409 `passport-exists` for a number registered already. */
export function useRegisterPassport() {
  return useApiMutation<HeldPassport, HeldPassportRequest>(
    (api, body) => unwrap(api.POST('/api/inspection/passports', { body })),
    queryKeys.inspection,
  );
}

/** 注销: a passport in the office's custody (HELD) only, with the version read. */
export function useCancelPassport() {
  return useApiMutation<HeldPassport, { id: string; version: number; reason: string }>(
    (api, { id, version, reason }) =>
      unwrap(api.POST('/api/inspection/passports/{id}/cancellation', { params: { header: ifMatch(version), path: { id } }, body: { reason } })),
    queryKeys.inspection,
  );
}

/** The trips in the caller's reach, as the passports. */
export function useTrips(query: TripQuery, enabled = true) {
  return useApiQuery<TripPage>(queryKeys.trips(query), (api) => unwrap(api.GET('/api/inspection/trips', { params: { query } })), {
    keepPrevious: true,
    enabled,
  });
}

/** One trip (the one a passport is out for). */
export function useTrip(id: string | undefined) {
  return useApiQuery<Trip>(
    queryKeys.trip(id ?? ''),
    (api) => unwrap(api.GET('/api/inspection/trips/{id}', { params: { path: { id: id ?? '' } } })),
    { enabled: Boolean(id) },
  );
}

/**
 * 申请因私出国（境）: the cadre for themself (no `cadreId`) or HR for a cadre it manages; 400 with a violation per field,
 * 409 `trip-overlaps` when another trip of the cadre is asked for or under way on those days.
 */
export function useRequestTrip() {
  return useApiMutation<Trip, TripRequest>((api, body) => unwrap(api.POST('/api/inspection/trips', { body })), queryKeys.inspection);
}

/** 审批: approve, or refuse with a reason; leaders and administrators, never their own, before the departure day. */
export function useDecideTrip() {
  return useApiMutation<Trip, { id: string; version: number; decision: TripDecision }>(
    (api, { id, version, decision }) =>
      unwrap(api.POST('/api/inspection/trips/{id}/decision', { params: { header: ifMatch(version), path: { id } }, body: decision })),
    queryKeys.inspection,
  );
}

/** 撤回: the cadre (own) or HR, before the passport is out. */
export function useCancelTrip() {
  return useApiMutation<Trip, { id: string; version: number; reason: string }>(
    (api, { id, version, reason }) =>
      unwrap(api.POST('/api/inspection/trips/{id}/cancellation', { params: { header: ifMatch(version), path: { id } }, body: { reason } })),
    queryKeys.inspection,
  );
}

/** 领用证照: HR hands the passport out for the approved trip (on `on`, today when omitted); it is due back after the return. */
export function useIssuePassport() {
  return useApiMutation<Trip, { id: string; version: number; on?: string }>(
    (api, { id, version, on }) =>
      unwrap(api.POST('/api/inspection/trips/{id}/passport-issued', { params: { header: ifMatch(version), path: { id } }, body: { on } })),
    queryKeys.inspection,
  );
}

/** 交回证照: the passport is back in the office's custody (on `on`, today when omitted); late after its last day. */
export function useReturnPassport() {
  return useApiMutation<Trip, { id: string; version: number; on?: string }>(
    (api, { id, version, on }) =>
      unwrap(api.POST('/api/inspection/trips/{id}/passport-returned', { params: { header: ifMatch(version), path: { id } }, body: { on } })),
    queryKeys.inspection,
  );
}
