import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CycleQuery, GapQuery, ReviewQuery } from '../domain/assessmentSearch';
import type { ReviewRatingBody } from '../domain/assessment';
import { useApi } from './ApiContext';
import { unwrap } from './client';
import type { ApiError } from './problem';
import { queryKeys } from './queries';
import type {
  AssessmentCycle,
  BallotInput,
  CapabilityProfile,
  CyclePage,
  CycleRequest,
  DemocraticEvaluation,
  Eligibility,
  GapPage,
  GradeAfterConclusion,
  RegradePage,
  Review,
  ReviewPage,
  ReviewRating,
} from './types';

/* react-query hooks over the assessment API (`/api/assessment`); their keys sit with the others, under `queryKeys.assessment`. */

/** After any assessment change: cycles, reviews, profiles and gaps are read again when shown. */
function useAssessmentChanged() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: queryKeys.assessment });
}

export function useCycles(query: CycleQuery) {
  const api = useApi();
  return useQuery<CyclePage, ApiError>({
    queryKey: queryKeys.cycles(query),
    queryFn: () => unwrap(api.GET('/api/assessment/cycles', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function useCycle(id: string) {
  const api = useApi();
  return useQuery<AssessmentCycle, ApiError>({
    queryKey: queryKeys.cycle(id),
    queryFn: () => unwrap(api.GET('/api/assessment/cycles/{id}', { params: { path: { id } } })),
  });
}

/** 开启年度考核: one review per active cadre of the unit; 409 when the unit has the year's cycle already. */
export function useOpenCycle() {
  const api = useApi();
  const changed = useAssessmentChanged();
  return useMutation<AssessmentCycle, ApiError, CycleRequest>({
    mutationFn: (body) => unwrap(api.POST('/api/assessment/cycles', { body })),
    onSuccess: () => changed(),
  });
}

/** 批准提高优秀比例 (leaders): the 25% rate applies from then on. */
export function useApproveRaisedQuota(cycleId: string) {
  const api = useApi();
  const changed = useAssessmentChanged();
  return useMutation<AssessmentCycle, ApiError, string>({
    mutationFn: (reason) => unwrap(api.POST('/api/assessment/cycles/{id}/raised-quota', { params: { path: { id: cycleId } }, body: { reason } })),
    onSuccess: () => changed(),
  });
}

/** 确定等次: refused (422) beyond the 优秀 quota, for a blocked 优秀 or while a review has no proposed grade. */
export function useFinalizeCycle(cycleId: string) {
  const api = useApi();
  const changed = useAssessmentChanged();
  return useMutation<AssessmentCycle, ApiError, number | undefined>({
    // The document declares no 200 body for this call; the service answers with the finalised AssessmentCycle.
    mutationFn: async (version) =>
      (await unwrap(api.POST('/api/assessment/cycles/{id}/finalize', { params: { path: { id: cycleId } }, body: { version } }))) as AssessmentCycle,
    onSuccess: () => changed(),
  });
}

export function useReviews(cycleId: string, query: ReviewQuery) {
  const api = useApi();
  return useQuery<ReviewPage, ApiError>({
    queryKey: queryKeys.reviews(cycleId, query),
    queryFn: () => unwrap(api.GET('/api/assessment/cycles/{cycleId}/reviews', { params: { path: { cycleId }, query } })),
    placeholderData: keepPreviousData,
  });
}

export function useReview(cycleId: string, reviewId: string) {
  const api = useApi();
  return useQuery<Review, ApiError>({
    queryKey: queryKeys.review(cycleId, reviewId),
    queryFn: () => unwrap(api.GET('/api/assessment/cycles/{cycleId}/reviews/{reviewId}', { params: { path: { cycleId, reviewId } } })),
  });
}

/** 评鉴与拟定等次, with the version read (409 when someone else saved in between). */
export function useRateReview(cycleId: string, reviewId: string) {
  const api = useApi();
  const changed = useAssessmentChanged();
  return useMutation<Review, ApiError, ReviewRatingBody>({
    mutationFn: (body) =>
      unwrap(
        api.PUT('/api/assessment/cycles/{cycleId}/reviews/{reviewId}', {
          params: { path: { cycleId, reviewId } },
          // The document does not mark the fields nullable; the service clears each one sent as null.
          body: body as ReviewRating,
        }),
      ),
    onSuccess: () => changed(),
  });
}

/** 补定等次: the grade of a year kept without one while a case was pending, fixed once it is concluded. */
export function useGradeAfterConclusion(cycleId: string, reviewId: string) {
  const api = useApi();
  const changed = useAssessmentChanged();
  return useMutation<Review, ApiError, GradeAfterConclusion>({
    mutationFn: (body) =>
      unwrap(api.POST('/api/assessment/cycles/{cycleId}/reviews/{reviewId}/grade-after-conclusion', { params: { path: { cycleId, reviewId } }, body })),
    onSuccess: () => changed(),
  });
}

/** 述职述责述廉: the cadre's own report (or HR entering it), with the version read. */
export function useSubmitSelfReport(cycleId: string, reviewId: string) {
  const api = useApi();
  const changed = useAssessmentChanged();
  return useMutation<Review, ApiError, { text: string; version: number }>({
    mutationFn: (body) => unwrap(api.PUT('/api/assessment/cycles/{cycleId}/reviews/{reviewId}/self-report', { params: { path: { cycleId, reviewId } }, body })),
    onSuccess: () => changed(),
  });
}

/** 民主测评: anonymous ballots; one invalid ballot records none. */
export function useRecordBallots(cycleId: string, reviewId: string) {
  const api = useApi();
  const changed = useAssessmentChanged();
  return useMutation<DemocraticEvaluation, ApiError, BallotInput[]>({
    mutationFn: (ballots) =>
      unwrap(api.POST('/api/assessment/cycles/{cycleId}/reviews/{reviewId}/ballots', { params: { path: { cycleId, reviewId } }, body: { ballots } })),
    onSuccess: () => changed(),
  });
}

/** 我的考核: the signed-in cadre's reviews, newest first. */
export function useMyReviews() {
  const api = useApi();
  return useQuery<Review[], ApiError>({
    queryKey: queryKeys.myReviews,
    queryFn: () => unwrap(api.GET('/api/assessment/me/reviews')),
  });
}

export function useCapabilityProfile(cadreId: string) {
  const api = useApi();
  return useQuery<CapabilityProfile, ApiError>({
    queryKey: queryKeys.profile(cadreId),
    queryFn: () => unwrap(api.GET('/api/assessment/profiles/{cadreId}', { params: { path: { cadreId } } })),
  });
}

/** 考察对象资格 (选任条例第二十四条). */
export function useEligibility(cadreId: string) {
  const api = useApi();
  return useQuery<Eligibility, ApiError>({
    queryKey: queryKeys.eligibility(cadreId),
    queryFn: () => unwrap(api.GET('/api/assessment/eligibility/{cadreId}', { params: { path: { cadreId } } })),
  });
}

export function useGaps(query: GapQuery) {
  const api = useApi();
  return useQuery<GapPage, ApiError>({
    queryKey: queryKeys.gaps(query),
    queryFn: () => unwrap(api.GET('/api/assessment/gaps', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

/** 需复核的已定考核: final reviews the supervision rules would grade differently today (never rewritten). */
export function useRegradeReport(query: { year?: number; unitId?: string; page?: number; size?: number }) {
  const api = useApi();
  return useQuery<RegradePage, ApiError>({
    queryKey: queryKeys.regradeReport(query),
    queryFn: () => unwrap(api.GET('/api/assessment/regrade-report', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}
