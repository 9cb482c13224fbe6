import { keepPreviousData, useMutation, useQueries, useQuery } from '@tanstack/react-query';
import { toApiQuery, type CadreSearch } from '../domain/cadreSearch';
import { useApi } from './ApiContext';
import { unwrap } from './client';
import type { ApiError } from './problem';
import type { AuditEntry, Cadre, CadrePage, ImportReport, Me, Portfolio, Session, Transfer, UnitNode } from './types';
import { useApiQuery } from './hooks';

/**
 * react-query hooks over the typed client: one place for query keys and caching (training's hooks:
 * trainingQueries.ts, assessment's: assessmentQueries.ts, rotation's: rotationQueries.ts, inspection's:
 * inspectionQueries.ts, selection's: selectionQueries.ts).
 */
export const queryKeys = {
  session: ['session'] as const,
  me: ['me'] as const,
  units: ['units'] as const,
  cadres: (query: object) => ['cadres', query] as const,
  cadre: (id: string) => ['cadre', id] as const,
  transfers: (id: string) => ['cadre', id, 'transfers'] as const,
  audit: (id: string) => ['cadre', id, 'audit'] as const,
  /** 干部全景档案: one read of the gateway composing every service's sections. */
  portfolio: (id: string) => ['cadre', id, 'portfolio'] as const,
  /** Everything of the training service: a change there (a class completed) may move any of it. */
  training: ['training'] as const,
  courses: (query: object) => ['training', 'courses', query] as const,
  classes: (query: object) => ['training', 'classes', query] as const,
  trainingClass: (id: string) => ['training', 'classes', id] as const,
  enrolments: (id: string) => ['training', 'classes', id, 'enrolments'] as const,
  classAudit: (id: string) => ['training', 'classes', id, 'audit'] as const,
  myLearning: ['training', 'me'] as const,
  claims: (query: object) => ['training', 'claims', query] as const,
  compliance: (query: object) => ['training', 'compliance', query] as const,
  plans: (query: object) => ['training', 'plans', query] as const,
  cadreProposals: (cadreId: string) => ['training', 'proposals', cadreId] as const,
  /** 理论学习中心组: a session recorded or corrected counts towards its attendees' hours, so it lives under training. */
  studySessions: (query: object) => ['training', 'study-sessions', query] as const,
  studySession: (id: string) => ['training', 'study-session', id] as const,
  /** Everything of the assessment service: rating a review moves its cycle's distribution, finalising moves profiles. */
  assessment: ['assessment'] as const,
  cycles: (query: object) => ['assessment', 'cycles', query] as const,
  cycle: (id: string) => ['assessment', 'cycle', id] as const,
  reviews: (cycleId: string, query: object) => ['assessment', 'cycle', cycleId, 'reviews', query] as const,
  review: (cycleId: string, reviewId: string) => ['assessment', 'cycle', cycleId, 'review', reviewId] as const,
  myReviews: ['assessment', 'me'] as const,
  profile: (cadreId: string) => ['assessment', 'profile', cadreId] as const,
  eligibility: (cadreId: string) => ['assessment', 'eligibility', cadreId] as const,
  gaps: (query: object) => ['assessment', 'gaps', query] as const,
  regradeReport: (query: object) => ['assessment', 'regrade', query] as const,
  /** Everything of the rotation service: a posting's command moves the board, the proposals, the openings and the balance. */
  rotation: ['rotation'] as const,
  postings: (query: object) => ['rotation', 'postings', query] as const,
  postingCounts: (query: object) => ['rotation', 'postings', 'counts', query] as const,
  posting: (id: string) => ['rotation', 'posting', id] as const,
  checkIns: (id: string) => ['rotation', 'posting', id, 'check-ins'] as const,
  postingAudit: (id: string) => ['rotation', 'posting', id, 'audit'] as const,
  postingEligibility: (cadreId: string) => ['rotation', 'eligibility', cadreId] as const,
  tenureDue: (query: object) => ['rotation', 'due', query] as const,
  rotationProposals: (query: object) => ['rotation', 'proposals', query] as const,
  openings: (query: object) => ['rotation', 'openings', query] as const,
  candidates: (openingId: string) => ['rotation', 'openings', openingId, 'candidates'] as const,
  rotationBalance: (query: object) => ['rotation', 'balance', query] as const,
  /** 基层联系点 and 大调研: a visit moves its point's counts in the list, a follow-up its report's adopted tag. */
  contactPoints: (query: object) => ['rotation', 'contact-points', query] as const,
  contactPoint: (id: string) => ['rotation', 'contact-point', id] as const,
  researchReports: (query: object) => ['rotation', 'research-reports', query] as const,
  researchReport: (id: string) => ['rotation', 'research-report', id] as const,
  /** Everything of the inspection service: a report or a verdict moves the round, the board and the coverage. */
  inspection: ['inspection'] as const,
  rounds: (query: object) => ['inspection', 'rounds', query] as const,
  round: (id: string) => ['inspection', 'round', id] as const,
  roundFindings: (id: string, query: object) => ['inspection', 'round', id, 'findings', query] as const,
  findings: (query: object) => ['inspection', 'findings', query] as const,
  finding: (id: string) => ['inspection', 'finding', id] as const,
  coverage: (query: object) => ['inspection', 'coverage', query] as const,
  measures: (query: object) => ['inspection', 'measures', query] as const,
  measureDistribution: (query: object) => ['inspection', 'distribution', query] as const,
  measureCatalogue: ['inspection', 'catalogue'] as const,
  myPersonalReports: ['inspection', 'personal-reports', 'mine'] as const,
  personalReport: (id: string) => ['inspection', 'personal-reports', id] as const,
  personalReportFilings: (query: object) => ['inspection', 'personal-reports', 'filings', query] as const,
  spotCheckDraws: (query: object) => ['inspection', 'spot-check-draws', query] as const,
  spotChecks: (query: object) => ['inspection', 'spot-checks', query] as const,
  /** 出国（境）: a trip's command moves its passport too (领用, 交回), so both live under the inspection prefix. */
  passports: (query: object) => ['inspection', 'passports', query] as const,
  passport: (id: string) => ['inspection', 'passport', id] as const,
  trips: (query: object) => ['inspection', 'trips', query] as const,
  trip: (id: string) => ['inspection', 'trip', id] as const,
  /** Everything of the selection service: a close moves the session's tally, a step the trail and the list. */
  selection: ['selection'] as const,
  votingSessions: (query: object) => ['selection', 'voting-sessions', query] as const,
  votingSession: (id: string) => ['selection', 'voting-session', id] as const,
  appointments: (query: object) => ['selection', 'appointments', query] as const,
  appointment: (id: string) => ['selection', 'appointment', id] as const,
  pools: (query: object) => ['selection', 'pools', query] as const,
  pool: (id: string) => ['selection', 'pool', id] as const,
  poolMembers: (id: string, query: object) => ['selection', 'pool', id, 'members', query] as const,
  developmentPlan: (poolId: string, memberId: string, query: object) => ['selection', 'pool', poolId, 'development', memberId, query] as const,
  keyPosts: (query: object) => ['selection', 'key-posts', query] as const,
  keyPost: (id: string) => ['selection', 'key-post', id] as const,
  successors: (id: string, query: object) => ['selection', 'key-post', id, 'successors', query] as const,
  postCandidates: (id: string, query: object) => ['selection', 'key-post', id, 'candidates', query] as const,
  talentGrid: (query: object) => ['selection', 'talent-grid', query] as const,
  /** Everything of the notification service: marking one read moves the count and the list. */
  notifications: ['notifications'] as const,
  unreadCount: ['notifications', 'unread'] as const,
  notificationLists: ['notifications', 'list'] as const,
  notificationList: (query: object) => ['notifications', 'list', query] as const,
  notificationPreferences: ['notifications', 'preferences'] as const,
  calendarFeed: ['calendar-feed'] as const,
  /** 我的待办: closed by the services' events, so read again when news arrives (the bell's count rises). */
  todoLists: ['todos'] as const,
  todos: (query: object) => ['todos', query] as const,
  /** 领导驾驶舱: the gateway's composition of every owner's figures (kept 60 s there). */
  dashboard: (query: object) => ['dashboard', query] as const,
};

export function useSessionQuery() {
  return useApiQuery<Session>(queryKeys.session, (api) => unwrap(api.GET('/api/session')), { staleTime: Infinity });
}

/** `enabled: false` for an account the API would refuse (one without a role). */
export function useMe(enabled = true) {
  const api = useApi();
  return useQuery<Me, ApiError>({ queryKey: queryKeys.me, queryFn: () => unwrap(api.GET('/api/me')), staleTime: 300_000, enabled });
}

export function useUnits() {
  return useApiQuery<UnitNode[]>(queryKeys.units, (api) => unwrap(api.GET('/api/units')), { staleTime: 300_000 });
}

export function useCadres(search: CadreSearch) {
  const api = useApi();
  const query = toApiQuery(search);
  return useQuery<CadrePage, ApiError>({
    queryKey: queryKeys.cadres(query),
    queryFn: () => unwrap(api.GET('/api/cadres', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

/** How many cadres match each filter: the `total` of a one-row page, one request per filter. */
export function useCadreCounts(filters: Partial<CadreSearch>[], enabled = true) {
  const api = useApi();
  return useQueries({
    queries: filters.map((filter) => {
      const query = toApiQuery({ ...filter, page: 0, size: 1 });
      return {
        queryKey: queryKeys.cadres(query),
        queryFn: async () => (await unwrap(api.GET('/api/cadres', { params: { query } }))).total ?? 0,
        enabled,
        staleTime: 60_000,
      };
    }),
  });
}

/**
 * Cadres to pick by name or employee number (点名调训, a plan's designated cadres), within `unitId` and its
 * subunits when given; asks nothing until something is typed.
 */
export function useCadreLookup(q: string, unitId?: string) {
  const api = useApi();
  const query = toApiQuery({ q, unitId, size: 20 });
  return useQuery<CadrePage, ApiError>({
    queryKey: queryKeys.cadres(query),
    queryFn: () => unwrap(api.GET('/api/cadres', { params: { query } })),
    enabled: Boolean(query.q),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/**
 * The active cadres of exactly `unitId`, not of its subunits (中心组学习's attendees: the unit's own leadership team).
 * The API searches a unit with its subunits, a page of at most 200 at a time, so the rows of the units below are left
 * out here; `q` (name or employee number) finds one of a large unit beyond that page.
 */
export function useUnitCadres(unitId: string | undefined, q = '') {
  const api = useApi();
  const query = toApiQuery({ unitId, q, size: 200, sort: 'name' });
  return useQuery<CadrePage, ApiError, Cadre[]>({
    queryKey: queryKeys.cadres(query),
    queryFn: () => unwrap(api.GET('/api/cadres', { params: { query } })),
    select: (page) => (page.items ?? []).filter((cadre) => cadre.unitId === unitId),
    enabled: Boolean(unitId),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

export function useCadre(id: string) {
  return useApiQuery<Cadre>(queryKeys.cadre(id), (api) => unwrap(api.GET('/api/cadres/{id}', { params: { path: { id } } })));
}

export function useTransfers(id: string | undefined) {
  return useApiQuery<Transfer[]>(
    queryKeys.transfers(id ?? ''),
    (api) => unwrap(api.GET('/api/cadres/{id}/transfers', { params: { path: { id: id! } } })),
    { enabled: Boolean(id) },
  );
}

/**
 * 干部全景档案: each section as its owning service answered the caller (AVAILABLE, RESTRICTED, NOT_FOUND or
 * UNAVAILABLE, see `sections`); an {@link ApiError} 404 for a cadre outside the caller's scope.
 */
export function usePortfolio(id: string) {
  return useApiQuery<Portfolio>(queryKeys.portfolio(id), (api) => unwrap(api.GET('/api/cadres/{id}/portfolio', { params: { path: { id } } })), {
    enabled: Boolean(id),
  });
}

export function useAudit(id: string, enabled: boolean) {
  return useApiQuery<AuditEntry[]>(queryKeys.audit(id), (api) => unwrap(api.GET('/api/cadres/{id}/audit', { params: { path: { id } } })), {
    enabled,
  });
}

export type ImportMode = 'partial' | 'all-or-nothing';

export function useRosterImport() {
  const api = useApi();
  return useMutation<ImportReport, ApiError, { file: File; mode: ImportMode }>({
    mutationFn: async ({ file, mode }) => {
      const report = await unwrap(
        api.POST('/api/cadres/import', {
          params: { query: { mode } },
          // The schema types a binary part as string; the serializer sends the real file as multipart.
          body: { file: file as unknown as string },
          bodySerializer: (body) => {
            const form = new FormData();
            form.append('file', body.file as unknown as Blob, file.name);
            return form;
          },
        }),
      );
      // The personnel document declares this 200 body without a schema; it is an ImportReport.
      return report as ImportReport;
    },
  });
}
