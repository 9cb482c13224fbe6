import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ComplianceQuery } from '../domain/complianceSearch';
import type { ClassQuery } from '../domain/classSearch';
import { toCourseQuery, type CourseSearch } from '../domain/courseSearch';
import type { PlanQuery } from '../domain/trainingPlan';
import { useApi } from './ApiContext';
import { unwrap } from './client';
import { ifMatch } from './ifMatch';
import type { ApiError } from './problem';
import { queryKeys } from './queries';
import type {
  AttendanceRequest,
  AuditEntry,
  ClaimPage,
  ClassPage,
  ClassRequest,
  CompletionRequest,
  Course,
  CoursePage,
  CourseRequest,
  DesignationRequest,
  Enrolment,
  HoursClaim,
  HoursClaimRequest,
  HoursClaimStatus,
  MyLearning,
  PlanPage,
  PlanRequest,
  TrainingClass,
  TrainingPlan,
  TrainingProposal,
  UnitCompliance,
} from './types';
import { useApiMutation, useApiQuery } from './hooks';

/* react-query hooks over the training API (`/api/training`); their keys sit with the others, under `queryKeys.training`. */

export function useCourses(search: Partial<CourseSearch>) {
  const api = useApi();
  const query = toCourseQuery(search);
  return useQuery<CoursePage, ApiError>({
    queryKey: queryKeys.courses(query),
    queryFn: () => unwrap(api.GET('/api/training/courses', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

/** After any training change: classes, rosters, my learning and compliance are read again when shown. */
function useTrainingChanged() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: queryKeys.training });
}

export function useCreateCourse() {
  const api = useApi();
  const changed = useTrainingChanged();
  return useMutation<Course, ApiError, CourseRequest>({
    // The document declares this 201 body without a schema; it is a Course.
    mutationFn: async (body) => (await unwrap(api.POST('/api/training/courses', { body }))) as Course,
    onSuccess: () => changed(),
  });
}

export function useClasses(query: ClassQuery) {
  return useApiQuery<ClassPage>(
    queryKeys.classes(query),
    (api) => unwrap(api.GET('/api/training/classes', { params: { query } })),
    { keepPrevious: true },
  );
}

export function useTrainingClass(id: string) {
  return useApiQuery<TrainingClass>(queryKeys.trainingClass(id), (api) =>
    unwrap(api.GET('/api/training/classes/{id}', { params: { path: { id } } })),
  );
}

export function useCreateClass() {
  const api = useApi();
  const changed = useTrainingChanged();
  return useMutation<TrainingClass, ApiError, ClassRequest>({
    // The document declares this 201 body without a schema; it is a TrainingClass.
    mutationFn: async (body) => (await unwrap(api.POST('/api/training/classes', { body }))) as TrainingClass,
    onSuccess: () => changed(),
  });
}

/** 变更记录 of a class with its enrolments and attendance (HR in scope, leaders, admins). */
export function useClassAudit(classId: string, enabled: boolean) {
  return useApiQuery<AuditEntry[]>(
    queryKeys.classAudit(classId),
    (api) => unwrap(api.GET('/api/training/classes/{id}/audit', { params: { path: { id: classId } } })),
    { enabled },
  );
}

export function useEnrolments(classId: string) {
  return useApiQuery<Enrolment[]>(queryKeys.enrolments(classId), (api) =>
    unwrap(api.GET('/api/training/classes/{id}/enrolments', { params: { path: { id: classId } } })),
  );
}

/** `cadreIds` given: HR designates them (点名调训); none: the signed-in cadre enrols self. */
export function useEnrol() {
  return useApiMutation<Enrolment[], { classId: string; body: DesignationRequest }>(
    (api, { classId, body }) => unwrap(api.POST('/api/training/classes/{id}/enrolments', { params: { path: { id: classId } }, body })),
    queryKeys.training,
  );
}

/** 退出: the enrolment, at its own version read (the If-Match entity is the enrolment, not the class). */
export function useWithdraw(classId: string) {
  return useApiMutation<Enrolment, { enrolmentId: string; version: number }>(
    (api, { enrolmentId, version }) =>
      unwrap(
        api.DELETE('/api/training/classes/{id}/enrolments/{enrolmentId}', {
          params: { header: ifMatch(version), path: { id: classId, enrolmentId } },
        }),
      ),
    queryKeys.training,
  );
}

/** 考勤登记 of one day, with the class's version read. */
export function useRecordAttendance(classId: string) {
  return useApiMutation<Enrolment[], { body: AttendanceRequest; version: number }>(
    (api, { body, version }) =>
      unwrap(api.PUT('/api/training/classes/{id}/attendance', { params: { header: ifMatch(version), path: { id: classId } }, body })),
    queryKeys.training,
  );
}

/** 结业, with the class's version read. */
export function useCompleteClass(classId: string) {
  return useApiMutation<Enrolment[], { body: CompletionRequest; version: number }>(
    (api, { body, version }) =>
      unwrap(api.POST('/api/training/classes/{id}/completion', { params: { header: ifMatch(version), path: { id: classId } }, body })),
    queryKeys.training,
  );
}

/** 我的学习: the caller's requirements, classes, records and proposals (404 when no cadre is linked). */
export function useMyLearning() {
  return useApiQuery<MyLearning>(queryKeys.myLearning, (api) => unwrap(api.GET('/api/training/me')));
}

export type ProposalDecision = 'accept' | 'dismiss';

/** 接受 or 不接受 a training proposal, at the version read. */
export function useDecideProposal() {
  return useApiMutation<TrainingProposal, { id: string; version: number; decision: ProposalDecision }>(
    (api, { id, version, decision }) =>
      unwrap(
        decision === 'accept'
          ? api.POST('/api/training/proposals/{id}/accept', { params: { header: ifMatch(version), path: { id } } })
          : api.POST('/api/training/proposals/{id}/dismiss', { params: { header: ifMatch(version), path: { id } } }),
      ),
    queryKeys.training,
  );
}

/** Training proposed to one cadre (to close a capability gap, before a posting, as warning education), asked when shown. */
export function useCadreProposals(cadreId: string) {
  return useApiQuery<TrainingProposal[]>(
    queryKeys.cadreProposals(cadreId),
    (api) => unwrap(api.GET('/api/training/proposals/cadres/{cadreId}', { params: { path: { cadreId } } })),
    { staleTime: 60_000 },
  );
}

export function useCompliance(query: ComplianceQuery | undefined) {
  return useApiQuery<UnitCompliance>(
    queryKeys.compliance(query ?? {}),
    (api) => unwrap(api.GET('/api/training/compliance', { params: { query } })),
    { keepPrevious: true, enabled: Boolean(query?.unitId) },
  );
}

/** 培训计划 of one year in the user's scope, each with its progress against the unit's training records. */
export function usePlans(query: PlanQuery) {
  return useApiQuery<PlanPage>(
    queryKeys.plans(query),
    (api) => unwrap(api.GET('/api/training/plans', { params: { query } })),
    { keepPrevious: true },
  );
}

export function useCreatePlan() {
  return useApiMutation<TrainingPlan, PlanRequest>((api, body) => unwrap(api.POST('/api/training/plans', { body })), queryKeys.training);
}

export interface ClaimQuery {
  status?: HoursClaimStatus;
  unitId?: string;
  cadreId?: string;
  page?: number;
  size?: number;
  sort?: string;
}

/** 学时申报: the claims in scope (a cadre's own), newest first. */
export function useClaims(query: ClaimQuery, enabled = true) {
  return useApiQuery<ClaimPage>(queryKeys.claims(query), (api) => unwrap(api.GET('/api/training/claims', { params: { query } })), {
    keepPrevious: true,
    enabled,
  });
}

/** 申报学时: pending until HR accepts the evidence. */
export function useSubmitClaim() {
  return useApiMutation<HoursClaim, HoursClaimRequest>(
    (api, body) => unwrap(api.POST('/api/training/claims', { body })),
    queryKeys.training,
  );
}

/** A decision on a claim, at the claim's version read. */
export type ClaimDecision = { id: string; version: number } & ({ accept: true; note?: string } | { accept: false; reason: string });

/** 认定 (the hours count, a training record) or 不予认定 (with the reason). */
export function useDecideClaim() {
  return useApiMutation<HoursClaim, ClaimDecision>((api, decision) => {
    const path = { id: decision.id };
    return unwrap(
      decision.accept
        ? api.POST('/api/training/claims/{id}/accept', { params: { header: ifMatch(decision.version), path }, body: { note: decision.note } })
        : api.POST('/api/training/claims/{id}/reject', { params: { header: ifMatch(decision.version), path }, body: { reason: decision.reason } }),
    );
  }, queryKeys.training);
}
