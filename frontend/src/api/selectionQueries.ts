import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AppointmentQuery, KeyPostQuery, PoolMemberQuery, PoolQuery, VotingSessionQuery } from '../domain/selectionSearch';
import { useApi } from './ApiContext';
import { unwrap } from './client';
import { ifMatch } from './ifMatch';
import type { ApiError } from './problem';
import { queryKeys } from './queries';
import type {
  DevelopmentTask,
  DevelopmentTaskPage,
  DevelopmentTaskRequest,
  Appointment,
  AppointmentAppoint,
  AppointmentCandidates,
  AppointmentDecision,
  AppointmentInvestigation,
  AppointmentMotion,
  AppointmentObjection,
  AppointmentPage,
  AppointmentPublicity,
  AppointmentRecommendation,
  AppointmentWithdrawal,
  Ballot,
  BallotForm,
  CheckAnswer,
  IssuedVoterCodes,
  JointReviewCheck,
  KeyPost,
  KeyPostPage,
  KeyPostRequest,
  PoolMember,
  PoolMemberPage,
  PoolNomination,
  PostCandidatePage,
  RankLevel,
  ReservePool,
  ReservePoolPage,
  ReservePoolRequest,
  Successor,
  SuccessorPage,
  SuccessorRequest,
  TalentGrid,
  VotingSession,
  VotingSessionPage,
  VotingSessionRequest,
} from './types';
import { useApiMutation, useApiQuery } from './hooks';

/* react-query hooks over the selection API (`/api/selection`); their keys sit with the others, under `queryKeys.selection`. */

/** How often an open session's turnout is read again while its page is shown. */
export const TURNOUT_REFRESH_MS = 5_000;

export function useVotingSessions(query: VotingSessionQuery, enabled = true) {
  return useApiQuery<VotingSessionPage>(
    queryKeys.votingSessions(query),
    (api) => unwrap(api.GET('/api/selection/voting-sessions', { params: { query } })),
    { keepPrevious: true, enabled },
  );
}

/** A session with its turnout, read again every few seconds while it is open (voters are casting ballots meanwhile). */
export function useVotingSession(id: string) {
  const api = useApi();
  return useQuery<VotingSession, ApiError>({
    queryKey: queryKeys.votingSession(id),
    queryFn: () => unwrap(api.GET('/api/selection/voting-sessions/{id}', { params: { path: { id } } })),
    refetchInterval: (query) => (query.state.data?.status === 'OPEN' ? TURNOUT_REFRESH_MS : false),
  });
}

/** 新建投票场次: a draft of the unit with its list and voter categories. */
export function useCreateVotingSession() {
  return useApiMutation<VotingSession, VotingSessionRequest>(
    (api, body) => unwrap(api.POST('/api/selection/voting-sessions', { body })),
    queryKeys.selection,
  );
}

/**
 * 生成投票码, once, on the draft at the version read: the answer is the only place the codes ever appear (the service
 * keeps their digests). The page holds them in its state for printing; the mutation keeps nothing once it settled
 * (`gcTime: 0`), so no cache outlives the page with them.
 */
export function useIssueVoterCodes(id: string) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation<IssuedVoterCodes, ApiError, { version: number }>({
    mutationFn: ({ version }) =>
      unwrap(api.POST('/api/selection/voting-sessions/{id}/codes', { params: { header: ifMatch(version), path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.selection }),
    gcTime: 0,
  });
}

export type VotingCommand = 'OPEN' | 'CLOSE';

/** 开始投票 (a draft whose codes are issued) or 结束投票并计票 (an open session), at the version read. */
export function useVotingCommand(id: string) {
  return useApiMutation<VotingSession, { command: VotingCommand; version: number }>((api, { command, version }) => {
    const path = { id };
    return command === 'OPEN'
      ? unwrap(api.POST('/api/selection/voting-sessions/{id}/opening', { params: { header: ifMatch(version), path } }))
      : unwrap(api.POST('/api/selection/voting-sessions/{id}/closing', { params: { header: ifMatch(version), path } }));
  }, queryKeys.selection);
}

/**
 * The ballot's calls go without cookies: a phone may still hold an expired Benling login, which the gateway would answer
 * 401 even here, where none is needed; and with no session the gateway asks no CSRF pair either.
 */
const WITHOUT_COOKIES = { credentials: 'omit' } as const;

/**
 * The ballot of a one-time code, without a login: 400 on `code` for a code of no session, 409 `code-used` once it has
 * voted, 409 `voting-closed` before the session opens or after it closes. The code goes in the body, never the URL.
 */
export function useBallotForm() {
  const api = useApi();
  return useMutation<BallotForm, ApiError, string>({
    mutationFn: async (code) => {
      return unwrap(api.POST('/api/selection/ballot/form', { body: { code }, ...WITHOUT_COOKIES }));
    },
    // the code is the voter's credential: kept by the page while it is needed, by no cache after
    gcTime: 0,
  });
}

/** 投票: once per code (the same refusals as the form, and a 400 naming the entry that breaks the ballot's rules). */
export function useCastBallot() {
  const api = useApi();
  return useMutation<void, ApiError, Ballot>({
    mutationFn: async (ballot) => {
      await unwrap(api.POST('/api/selection/ballot', { body: ballot, ...WITHOUT_COOKIES }));
    },
    gcTime: 0,
  });
}

export function useAppointments(query: AppointmentQuery) {
  return useApiQuery<AppointmentPage>(
    queryKeys.appointments(query),
    (api) => unwrap(api.GET('/api/selection/appointments', { params: { query } })),
    { keepPrevious: true },
  );
}

export function useAppointment(id: string) {
  return useApiQuery<Appointment>(queryKeys.appointment(id), (api) =>
    unwrap(api.GET('/api/selection/appointments/{id}', { params: { path: { id } } })),
  );
}

/** 动议: a trail for a post of the unit, its rank, the reason and the method. */
export function useMotion() {
  return useApiMutation<Appointment, AppointmentMotion>(
    (api, body) => unwrap(api.POST('/api/selection/appointments', { body })),
    queryKeys.selection,
  );
}

/** A step of the trail with its body (登记反映 besides the stage's commands), each at the version read. */
export type AppointmentAction = { version: number } & (
  | { step: 'RECOMMEND'; body: AppointmentRecommendation }
  | { step: 'SET_CANDIDATES'; body: AppointmentCandidates }
  | { step: 'INVESTIGATE'; body: AppointmentInvestigation }
  | { step: 'REVIEW' }
  | { step: 'DECIDE'; body: AppointmentDecision }
  | { step: 'PUBLISH'; body: AppointmentPublicity }
  | { step: 'OBJECTION'; body: AppointmentObjection }
  | { step: 'APPOINT'; body: AppointmentAppoint }
  | { step: 'WITHDRAW'; body: AppointmentWithdrawal }
);

export type AppointmentStepKind = AppointmentAction['step'];

/**
 * The trail's steps: 民主推荐, 确定考察对象, 考察, 凡提四必, 讨论决定, 任前公示 (and its objections), 任职, 终止. Each carries the
 * version read as If-Match (412 when someone moved the trail meanwhile); the service's rules answer 422
 * (`not-eligible`, `joint-review-open`, `decision-not-adopted`, `publicity-running`, `objection-open`).
 */
export function useAppointmentStep(id: string) {
  return useApiMutation<Appointment, AppointmentAction>((api, action) => {
    const path = { id };
    const { version } = action;
    switch (action.step) {
      case 'RECOMMEND':
        return unwrap(api.POST('/api/selection/appointments/{id}/recommendation', { params: { header: ifMatch(version), path }, body: action.body }));
      case 'SET_CANDIDATES':
        return unwrap(api.POST('/api/selection/appointments/{id}/candidates', { params: { header: ifMatch(version), path }, body: action.body }));
      case 'INVESTIGATE':
        return unwrap(api.POST('/api/selection/appointments/{id}/investigation', { params: { header: ifMatch(version), path }, body: action.body }));
      case 'REVIEW':
        return unwrap(api.POST('/api/selection/appointments/{id}/joint-review', { params: { header: ifMatch(version), path } }));
      case 'DECIDE':
        return unwrap(api.POST('/api/selection/appointments/{id}/decision', { params: { header: ifMatch(version), path }, body: action.body }));
      case 'PUBLISH':
        return unwrap(api.POST('/api/selection/appointments/{id}/publicity', { params: { header: ifMatch(version), path }, body: action.body }));
      case 'OBJECTION':
        return unwrap(api.POST('/api/selection/appointments/{id}/objections', { params: { header: ifMatch(version), path }, body: action.body }));
      case 'APPOINT':
        return unwrap(api.POST('/api/selection/appointments/{id}/appointment', { params: { header: ifMatch(version), path }, body: action.body }));
      case 'WITHDRAW':
        return unwrap(api.POST('/api/selection/appointments/{id}/withdrawal', { params: { header: ifMatch(version), path }, body: action.body }));
    }
  }, queryKeys.selection);
}

export interface CheckAnswerAction {
  cadreId: string;
  check: JointReviewCheck;
  answer: Exclude<CheckAnswer, 'REQUESTED'>;
  note?: string;
  version: number;
}

/** 答复一项核查 of 凡提四必, by the office that gives it; a negative answer says what stands against the candidate. */
export function useAnswerCheck(id: string) {
  return useApiMutation<Appointment, CheckAnswerAction>(
    (api, { cadreId, check, answer, note, version }) =>
      unwrap(
        api.PUT('/api/selection/appointments/{id}/candidates/{cadreId}/checks/{check}', {
          params: { header: ifMatch(version), path: { id, cadreId, check } },
          body: { answer, note },
        }),
      ),
    queryKeys.selection,
  );
}

export function usePools(query: PoolQuery) {
  return useApiQuery<ReservePoolPage>(queryKeys.pools(query), (api) => unwrap(api.GET('/api/selection/pools', { params: { query } })), { keepPrevious: true });
}

export function usePool(id: string) {
  return useApiQuery<ReservePool>(queryKeys.pool(id), (api) => unwrap(api.GET('/api/selection/pools/{id}', { params: { path: { id } } })));
}

/** 新建后备干部库: the unit, the post level and the entry rules. */
export function useCreatePool() {
  return useApiMutation<ReservePool, ReservePoolRequest>((api, body) => unwrap(api.POST('/api/selection/pools', { body })), queryKeys.selection);
}

/** The pool's members and nominees; each live one with today's review against the entry rules (`standing`). */
export function usePoolMembers(id: string, query: PoolMemberQuery) {
  return useApiQuery<PoolMemberPage>(
    queryKeys.poolMembers(id, query),
    (api) => unwrap(api.GET('/api/selection/pools/{id}/members', { params: { path: { id }, query } })),
    { keepPrevious: true },
  );
}

/** A member's development plan (培养计划), its tasks by due day, with the day each was fulfilled. */
export function useDevelopmentPlan(poolId: string, memberId: string, query: { page?: number; size?: number }) {
  return useApiQuery<DevelopmentTaskPage>(
    queryKeys.developmentPlan(poolId, memberId, query),
    (api) => unwrap(api.GET('/api/selection/pools/{id}/members/{memberId}/development', { params: { path: { id: poolId, memberId }, query } })),
    { keepPrevious: true },
  );
}

/** 安排培养任务: training in a capability or a posting, due by a day after today; 409 for a member not admitted. */
export function useAssignDevelopment(poolId: string, memberId: string) {
  return useApiMutation<DevelopmentTask, DevelopmentTaskRequest>(
    (api, body) => unwrap(api.POST('/api/selection/pools/{id}/members/{memberId}/development', { params: { path: { id: poolId, memberId } }, body })),
    queryKeys.selection,
  );
}

/** 撤回: with the reason, at the task's version read. */
export function useWithdrawDevelopment(poolId: string, memberId: string) {
  return useApiMutation<DevelopmentTask, { taskId: string; version: number; reason: string }>(
    (api, { taskId, version, reason }) =>
      unwrap(
        api.POST('/api/selection/pools/{id}/members/{memberId}/development/{taskId}/withdrawal', {
          params: { header: ifMatch(version), path: { id: poolId, memberId, taskId } },
          body: { reason },
        }),
      ),
    queryKeys.selection,
  );
}

/** 提名: 422 `pool-entry-refused` lists each entry rule the cadre does not meet; 409 `already-in-pool`. */
export function useNominate(poolId: string) {
  return useApiMutation<PoolMember, PoolNomination>(
    (api, body) => unwrap(api.POST('/api/selection/pools/{id}/members', { params: { path: { id: poolId } }, body })),
    queryKeys.selection,
  );
}

/** A review or an exit of one member, at the member's version read. */
export type PoolMemberAction = { memberId: string; version: number } & ({ kind: 'ADMIT'; note?: string } | { kind: 'DECLINE' | 'LEAVE'; reason: string });

/** 审核通过 (the entry rules checked again), 不予通过 and 出库, each with If-Match of the member's version. */
export function usePoolMemberAction(poolId: string) {
  return useApiMutation<PoolMember, PoolMemberAction>((api, action) => {
    const path = { id: poolId, memberId: action.memberId };
    const { version } = action;
    switch (action.kind) {
      case 'ADMIT':
        return unwrap(api.POST('/api/selection/pools/{id}/members/{memberId}/admission', { params: { header: ifMatch(version), path }, body: { note: action.note } }));
      case 'DECLINE':
        return unwrap(api.POST('/api/selection/pools/{id}/members/{memberId}/declining', { params: { header: ifMatch(version), path }, body: { reason: action.reason } }));
      case 'LEAVE':
        return unwrap(api.POST('/api/selection/pools/{id}/members/{memberId}/exit', { params: { header: ifMatch(version), path }, body: { reason: action.reason } }));
    }
  }, queryKeys.selection);
}

export function useKeyPosts(query: KeyPostQuery) {
  return useApiQuery<KeyPostPage>(queryKeys.keyPosts(query), (api) => unwrap(api.GET('/api/selection/key-posts', { params: { query } })), { keepPrevious: true });
}

export function useKeyPost(id: string) {
  return useApiQuery<KeyPost>(queryKeys.keyPost(id), (api) => unwrap(api.GET('/api/selection/key-posts/{id}', { params: { path: { id } } })));
}

/** 设立关键岗位: its level and the minimum score per capability it asks. */
export function useCreateKeyPost() {
  return useApiMutation<KeyPost, KeyPostRequest>((api, body) => unwrap(api.POST('/api/selection/key-posts', { body })), queryKeys.selection);
}

export interface SuccessorQuery {
  includeRemoved?: boolean;
  page?: number;
  size?: number;
}

/** The successors with how ready each is today and what is missing; the ones taken off too with `includeRemoved`. */
export function useSuccessors(id: string, query: SuccessorQuery) {
  return useApiQuery<SuccessorPage>(
    queryKeys.successors(id, query),
    (api) => unwrap(api.GET('/api/selection/key-posts/{id}/successors', { params: { path: { id }, query } })),
    { keepPrevious: true },
  );
}

/** 列为后备人选: 400 on `cadreId` for a cadre out of the unit's subtree or level, 409 `already-successor`. */
export function useNameSuccessor(postId: string) {
  return useApiMutation<Successor, SuccessorRequest>(
    (api, body) => unwrap(api.POST('/api/selection/key-posts/{id}/successors', { params: { path: { id: postId } }, body })),
    queryKeys.selection,
  );
}

/** 调整出后备人选, with the reason, at the successor's version read. */
export function useRemoveSuccessor(postId: string) {
  return useApiMutation<Successor, { successorId: string; version: number; reason: string }>(
    (api, { successorId, version, reason }) =>
      unwrap(
        api.POST('/api/selection/key-posts/{id}/successors/{successorId}/removal', {
          params: { header: ifMatch(version), path: { id: postId, successorId } },
          body: { reason },
        }),
      ),
    queryKeys.selection,
  );
}

/** 依事择人: the ranked candidates for the post, each with the reasons of its rank. */
export function usePostCandidates(id: string, query: { page?: number; size?: number }, enabled = true) {
  return useApiQuery<PostCandidatePage>(
    queryKeys.postCandidates(id, query),
    (api) => unwrap(api.GET('/api/selection/key-posts/{id}/candidates', { params: { path: { id }, query } })),
    { keepPrevious: true, enabled },
  );
}

/** 人才盘点九宫格 of a unit's subtree (the unit is required), optionally of one level. */
export function useTalentGrid(unitId: string | undefined, level: RankLevel | undefined) {
  const query = { unitId, level };
  return useApiQuery<TalentGrid>(
    queryKeys.talentGrid(query),
    (api) => unwrap(api.GET('/api/selection/talent-grid', { params: { query: { unitId, level } } })),
    { enabled: Boolean(unitId), keepPrevious: true },
  );
}
