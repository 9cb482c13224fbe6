import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ComplianceQuery } from '../domain/complianceSearch';
import { toCourseQuery, type CourseSearch } from '../domain/courseSearch';
import { useApi } from './ApiContext';
import { unwrap } from './client';
import type { ApiError } from './problem';
import { queryKeys } from './queries';
import type {
  AttendanceRequest,
  AuditEntry,
  ClaimPage,
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
  PlanRequest,
  TrainingClass,
  TrainingPlan,
  TrainingProposal,
  UnitCompliance,
} from './types';

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

export function useClasses() {
  const api = useApi();
  return useQuery<TrainingClass[], ApiError>({
    queryKey: queryKeys.classes,
    queryFn: () => unwrap(api.GET('/api/training/classes')),
  });
}

export function useTrainingClass(id: string) {
  const api = useApi();
  return useQuery<TrainingClass, ApiError>({
    queryKey: queryKeys.trainingClass(id),
    queryFn: () => unwrap(api.GET('/api/training/classes/{id}', { params: { path: { id } } })),
  });
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
  const api = useApi();
  return useQuery<AuditEntry[], ApiError>({
    queryKey: queryKeys.classAudit(classId),
    queryFn: () => unwrap(api.GET('/api/training/classes/{id}/audit', { params: { path: { id: classId } } })),
    enabled,
  });
}

export function useEnrolments(classId: string) {
  const api = useApi();
  return useQuery<Enrolment[], ApiError>({
    queryKey: queryKeys.enrolments(classId),
    queryFn: () => unwrap(api.GET('/api/training/classes/{id}/enrolments', { params: { path: { id: classId } } })),
  });
}

/** `cadreIds` given: HR designates them (点名调训); none: the signed-in cadre enrols self. */
export function useEnrol() {
  const api = useApi();
  const changed = useTrainingChanged();
  return useMutation<Enrolment[], ApiError, { classId: string; body: DesignationRequest }>({
    mutationFn: ({ classId, body }) => unwrap(api.POST('/api/training/classes/{id}/enrolments', { params: { path: { id: classId } }, body })),
    onSuccess: () => changed(),
  });
}

export function useWithdraw(classId: string) {
  const api = useApi();
  const changed = useTrainingChanged();
  return useMutation<Enrolment, ApiError, string>({
    mutationFn: (enrolmentId) =>
      unwrap(api.DELETE('/api/training/classes/{id}/enrolments/{enrolmentId}', { params: { path: { id: classId, enrolmentId } } })),
    onSuccess: () => changed(),
  });
}

export function useRecordAttendance(classId: string) {
  const api = useApi();
  const changed = useTrainingChanged();
  return useMutation<Enrolment[], ApiError, AttendanceRequest>({
    mutationFn: (body) => unwrap(api.PUT('/api/training/classes/{id}/attendance', { params: { path: { id: classId } }, body })),
    onSuccess: () => changed(),
  });
}

export function useCompleteClass(classId: string) {
  const api = useApi();
  const changed = useTrainingChanged();
  return useMutation<Enrolment[], ApiError, CompletionRequest>({
    mutationFn: (body) => unwrap(api.POST('/api/training/classes/{id}/completion', { params: { path: { id: classId } }, body })),
    onSuccess: () => changed(),
  });
}

/** 我的学习: the caller's requirements, classes, records and proposals (404 when no cadre is linked). */
export function useMyLearning() {
  const api = useApi();
  return useQuery<MyLearning, ApiError>({
    queryKey: queryKeys.myLearning,
    queryFn: () => unwrap(api.GET('/api/training/me')),
  });
}

export type ProposalDecision = 'accept' | 'dismiss';

export function useDecideProposal() {
  const api = useApi();
  const changed = useTrainingChanged();
  return useMutation<TrainingProposal, ApiError, { id: string; decision: ProposalDecision }>({
    mutationFn: ({ id, decision }) => {
      const params = { params: { path: { id } } };
      return unwrap(
        decision === 'accept'
          ? api.POST('/api/training/proposals/{id}/accept', params)
          : api.POST('/api/training/proposals/{id}/dismiss', params),
      );
    },
    onSuccess: () => changed(),
  });
}

/** Training proposed to one cadre (to close a capability gap, before a posting, as warning education), asked when shown. */
export function useCadreProposals(cadreId: string) {
  const api = useApi();
  return useQuery<TrainingProposal[], ApiError>({
    queryKey: queryKeys.cadreProposals(cadreId),
    queryFn: () => unwrap(api.GET('/api/training/proposals/cadres/{cadreId}', { params: { path: { cadreId } } })),
    staleTime: 60_000,
  });
}

export function useCompliance(query: ComplianceQuery | undefined) {
  const api = useApi();
  return useQuery<UnitCompliance, ApiError>({
    queryKey: queryKeys.compliance(query ?? {}),
    queryFn: () => unwrap(api.GET('/api/training/compliance', { params: { query } })),
    enabled: Boolean(query?.unitId),
    placeholderData: keepPreviousData,
  });
}

/** 培训计划 of one year in the user's scope, each with its progress against the unit's training records. */
export function usePlans(year: number) {
  const api = useApi();
  return useQuery<TrainingPlan[], ApiError>({
    queryKey: queryKeys.plans(year),
    queryFn: () => unwrap(api.GET('/api/training/plans', { params: { query: { year } } })),
    placeholderData: keepPreviousData,
  });
}

export function useCreatePlan() {
  const api = useApi();
  const changed = useTrainingChanged();
  return useMutation<TrainingPlan, ApiError, PlanRequest>({
    mutationFn: (body) => unwrap(api.POST('/api/training/plans', { body })),
    onSuccess: () => changed(),
  });
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
  const api = useApi();
  return useQuery<ClaimPage, ApiError>({
    queryKey: queryKeys.claims(query),
    queryFn: () => unwrap(api.GET('/api/training/claims', { params: { query } })),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** 申报学时: pending until HR accepts the evidence. */
export function useSubmitClaim() {
  const api = useApi();
  const changed = useTrainingChanged();
  return useMutation<HoursClaim, ApiError, HoursClaimRequest>({
    mutationFn: (body) => unwrap(api.POST('/api/training/claims', { body })),
    onSuccess: () => changed(),
  });
}

export type ClaimDecision = { id: string; accept: true; note?: string } | { id: string; accept: false; reason: string };

/** 认定 (the hours count, a training record) or 不予认定 (with the reason). */
export function useDecideClaim() {
  const api = useApi();
  const changed = useTrainingChanged();
  return useMutation<HoursClaim, ApiError, ClaimDecision>({
    mutationFn: (decision) => {
      const path = { params: { path: { id: decision.id } } };
      return unwrap(
        decision.accept
          ? api.POST('/api/training/claims/{id}/accept', { ...path, body: { note: decision.note } })
          : api.POST('/api/training/claims/{id}/reject', { ...path, body: { reason: decision.reason } }),
      );
    },
    onSuccess: () => changed(),
  });
}

