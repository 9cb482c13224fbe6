import type { AnnualEffect, AssessmentCycle, BallotInput, Capability, Grade, Review, ReviewRating } from '../api/types';
import { CAPABILITIES, GRADES } from './enums';

/** 年度考核 as the pages show it: a cycle's grades against the 优秀 quota, and a review's form and ballots. */

export type GradeCounts = Record<Grade, number>;

/**
 * How many cadres hold each grade: the final grades once the cycle is finalised, the proposed ones before,
 * as the service counts them against the quota.
 */
export function gradeCounts(cycle: AssessmentCycle): GradeCounts {
  const counted = cycle.status === 'FINALIZED' ? cycle.finalGrades : cycle.proposed;
  return Object.fromEntries(GRADES.map((grade) => [grade, counted?.[grade] ?? 0])) as GradeCounts;
}

/**
 * The grades a supervision measure's effect on the year leaves open (the service decides; this only mirrors it to
 * grey out the others): all, all but 优秀, only 不称职, or none while the year is 不定等次 or a case is pending.
 */
export function allowedGrades(effect: AnnualEffect | undefined): readonly Grade[] {
  switch (effect) {
    case 'NO_EXCELLENT':
      return GRADES.filter((grade) => grade !== 'EXCELLENT');
    case 'INCOMPETENT':
      return ['INCOMPETENT'];
    case 'UNGRADED':
    case 'PENDING':
      return [];
    default:
      return GRADES;
  }
}

export interface QuotaStanding {
  excellent: number;
  /** The most that may be 优秀 at the rate that applies (20%, or 25% once raised with approval). */
  quota: number;
  /** 优秀 beyond the quota: finalising is refused until this is 0. */
  over: number;
  /** The rate that applies, as a share (0.2). */
  rate: number;
  raised: boolean;
}

/** Where a cycle stands against its 优秀 quota; the service decides the numbers, this only reads them. */
export function quotaStanding(cycle: AssessmentCycle): QuotaStanding {
  const quota = cycle.quota ?? {};
  const excellent = quota.excellent ?? 0;
  const limit = quota.quota ?? 0;
  return { excellent, quota: limit, over: Math.max(0, excellent - limit), rate: quota.rate ?? 0, raised: Boolean(quota.raised) };
}

/** A score per capability as a form holds it: blank ones are null. */
export type CapabilityScoreInputs = Partial<Record<Capability, number | null>>;

/** The scores given, in the order of the eight; blank ones left out. */
export function capabilityScoreMap(inputs: CapabilityScoreInputs | undefined): Partial<Record<Capability, number>> {
  const scores: Partial<Record<Capability, number>> = {};
  for (const capability of CAPABILITIES) {
    const score = inputs?.[capability];
    if (score != null) scores[capability] = score;
  }
  return scores;
}

export interface ReviewFormValues {
  superiorGrade?: Grade | null;
  superiorComment?: string | null;
  performanceScore?: number | null;
  styleScore?: number | null;
  conductScore?: number | null;
  capabilityScores?: CapabilityScoreInputs;
  proposedGrade?: Grade | null;
}

/** Named as the request's fields, so the server's violations (`capabilityScores.LEARNING`) land on them. */
export const REVIEW_FORM_FIELDS = [
  'superiorGrade',
  'superiorComment',
  'performanceScore',
  'styleScore',
  'conductScore',
  'capabilityScores',
  'proposedGrade',
] as const;

export function reviewFormValues(review: Review): ReviewFormValues {
  return {
    superiorGrade: review.superiorGrade,
    superiorComment: review.superiorComment,
    performanceScore: review.performanceScore,
    styleScore: review.styleScore,
    conductScore: review.conductScore,
    capabilityScores: { ...review.capabilityScores },
    proposedGrade: review.proposedGrade,
  };
}

/**
 * The rating as the service takes it: every field each time, a blank one as null (which clears it), and the version
 * read (sent as the If-Match tag too).
 */
export type ReviewRatingBody = { [K in Exclude<keyof ReviewRating, 'version'>]-?: NonNullable<ReviewRating[K]> | null } & { version: number };

export function toReviewRating(values: ReviewFormValues, version: number): ReviewRatingBody {
  return {
    superiorGrade: values.superiorGrade ?? null,
    superiorComment: values.superiorComment?.trim() || null,
    performanceScore: values.performanceScore ?? null,
    styleScore: values.styleScore ?? null,
    conductScore: values.conductScore ?? null,
    capabilityScores: capabilityScoreMap(values.capabilityScores),
    proposedGrade: values.proposedGrade ?? null,
    version,
  };
}

/**
 * Anonymous ballots of a democratic evaluation (民主测评), entered as a count per grade: that many ballots
 * of each grade, every one carrying the capability scores given (if any).
 */
export function ballotsOf(counts: Partial<Record<Grade, number | null>>, scores?: CapabilityScoreInputs): BallotInput[] {
  const capabilityScores = capabilityScoreMap(scores);
  const withScores = Object.keys(capabilityScores).length > 0;
  return GRADES.flatMap((grade) =>
    Array.from({ length: Math.max(0, counts[grade] ?? 0) }, () => (withScores ? { grade, capabilityScores: { ...capabilityScores } } : { grade })),
  );
}
