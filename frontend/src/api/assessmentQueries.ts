import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CycleQuery, GapQuery, ReviewQuery } from '../domain/assessmentSearch';
import type { ReviewRatingBody } from '../domain/assessment';
import { useApi } from './ApiContext';
import { unwrap } from './client';
import { ifMatch } from './ifMatch';
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
import { useApiMutation, useApiQuery } from './hooks';

/* react-query hooks over the assessment API (`/api/assessment`); their keys sit with the others, under `queryKeys.assessment`. */

/** After any assessment change: cycles, reviews, profiles and gaps are read again when shown. */
function useAssessmentChanged() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: queryKeys.assessment });
}

export function useCycles(query: CycleQuery) {
  return useApiQuery<CyclePage>(queryKeys.cycles(query), (api) => unwrap(api.GET('/api/assessment/cycles', { params: { query } })), {
    keepPrevious: true,
  });
}

export function useCycle(id: string) {
  return useApiQuery<AssessmentCycle>(queryKeys.cycle(id), (api) =>
    unwrap(api.GET('/api/assessment/cycles/{id}', { params: { path: { id } } })),
  );
}

/** 开启年度考核: one review per active cadre of the unit; 409 when the unit has the year's cycle already. */
export function useOpenCycle() {
  return useApiMutation<AssessmentCycle, CycleRequest>(
    (api, body) => unwrap(api.POST('/api/assessment/cycles', { body })),
    queryKeys.assessment,
  );
}

/** 批准提高优秀比例 (leaders): the 25% rate applies from then on; `version`: the cycle's, as read. */
export function useApproveRaisedQuota(cycleId: string) {
  return useApiMutation<AssessmentCycle, { reason: string; version: number }>(
    (api, { reason, version }) =>
      unwrap(
        api.POST('/api/assessment/cycles/{id}/raised-quota', {
          params: { header: ifMatch(version), path: { id: cycleId } },
          body: { reason },
        }),
      ),
    queryKeys.assessment,
  );
}

/** 确定等次, with the cycle's version read: refused (422) beyond the 优秀 quota, for a blocked 优秀 or while a review has no proposed grade. */
export function useFinalizeCycle(cycleId: string) {
  const api = useApi();
  const changed = useAssessmentChanged();
  return useMutation<AssessmentCycle, ApiError, number>({
    // The document declares no 200 body for this call; the service answers with the finalised AssessmentCycle.
    mutationFn: async (version) =>
      (await unwrap(
        api.POST('/api/assessment/cycles/{id}/finalize', { params: { header: ifMatch(version), path: { id: cycleId } }, body: { version } }),
      )) as AssessmentCycle,
    onSuccess: () => changed(),
  });
}

export function useReviews(cycleId: string, query: ReviewQuery) {
  return useApiQuery<ReviewPage>(
    queryKeys.reviews(cycleId, query),
    (api) => unwrap(api.GET('/api/assessment/cycles/{cycleId}/reviews', { params: { path: { cycleId }, query } })),
    { keepPrevious: true },
  );
}

export function useReview(cycleId: string, reviewId: string) {
  return useApiQuery<Review>(queryKeys.review(cycleId, reviewId), (api) =>
    unwrap(api.GET('/api/assessment/cycles/{cycleId}/reviews/{reviewId}', { params: { path: { cycleId, reviewId } } })),
  );
}

/** 评鉴与拟定等次, with the version read (409 when someone else saved in between). */
export function useRateReview(cycleId: string, reviewId: string) {
  return useApiMutation<Review, ReviewRatingBody>(
    (api, body) =>
      unwrap(
        api.PUT('/api/assessment/cycles/{cycleId}/reviews/{reviewId}', {
          params: { header: ifMatch(body.version), path: { cycleId, reviewId } },
          // The document does not mark the fields nullable; the service clears each one sent as null.
          body: body as ReviewRating,
        }),
      ),
    queryKeys.assessment,
  );
}

/** 补定等次: the grade of a year kept without one while a case was pending, fixed once it is concluded. */
export function useGradeAfterConclusion(cycleId: string, reviewId: string) {
  return useApiMutation<Review, GradeAfterConclusion>(
    (api, body) =>
      unwrap(
        api.POST('/api/assessment/cycles/{cycleId}/reviews/{reviewId}/grade-after-conclusion', {
          params: { header: ifMatch(body.version), path: { cycleId, reviewId } },
          body,
        }),
      ),
    queryKeys.assessment,
  );
}

/** 述职述责述廉: the cadre's own report (or HR entering it), with the version read. */
export function useSubmitSelfReport(cycleId: string, reviewId: string) {
  return useApiMutation<Review, { text: string; version: number }>(
    (api, body) =>
      unwrap(
        api.PUT('/api/assessment/cycles/{cycleId}/reviews/{reviewId}/self-report', {
          params: { header: ifMatch(body.version), path: { cycleId, reviewId } },
          body,
        }),
      ),
    queryKeys.assessment,
  );
}

/** 民主测评: anonymous ballots, with the review's version read; one invalid ballot records none. */
export function useRecordBallots(cycleId: string, reviewId: string) {
  return useApiMutation<DemocraticEvaluation, { ballots: BallotInput[]; version: number }>(
    (api, { ballots, version }) =>
      unwrap(
        api.POST('/api/assessment/cycles/{cycleId}/reviews/{reviewId}/ballots', {
          params: { header: ifMatch(version), path: { cycleId, reviewId } },
          body: { ballots },
        }),
      ),
    queryKeys.assessment,
  );
}

/** 我的考核: the signed-in cadre's reviews, newest first. */
export function useMyReviews() {
  return useApiQuery<Review[]>(queryKeys.myReviews, (api) => unwrap(api.GET('/api/assessment/me/reviews')));
}

export function useCapabilityProfile(cadreId: string) {
  return useApiQuery<CapabilityProfile>(queryKeys.profile(cadreId), (api) =>
    unwrap(api.GET('/api/assessment/profiles/{cadreId}', { params: { path: { cadreId } } })),
  );
}

/** 考察对象资格 (选任条例第二十四条). */
export function useEligibility(cadreId: string) {
  return useApiQuery<Eligibility>(queryKeys.eligibility(cadreId), (api) =>
    unwrap(api.GET('/api/assessment/eligibility/{cadreId}', { params: { path: { cadreId } } })),
  );
}

export function useGaps(query: GapQuery) {
  return useApiQuery<GapPage>(queryKeys.gaps(query), (api) => unwrap(api.GET('/api/assessment/gaps', { params: { query } })), {
    keepPrevious: true,
  });
}

/** 需复核的已定考核: final reviews the supervision rules would grade differently today (never rewritten). */
export function useRegradeReport(query: { year?: number; unitId?: string; page?: number; size?: number }) {
  return useApiQuery<RegradePage>(
    queryKeys.regradeReport(query),
    (api) => unwrap(api.GET('/api/assessment/regrade-report', { params: { query } })),
    { keepPrevious: true },
  );
}
