import { ratedReview, shenzhenCycle, guangdongCycle2025 } from '../test/assessmentFixtures';
import { ballotsOf, gradeCounts, quotaStanding, reviewFormValues, toReviewRating } from './assessment';

describe('a cycle against its 优秀 quota', () => {
  it('counts the proposed grades while open and the final ones once finalised, as the service does', () => {
    expect(gradeCounts(shenzhenCycle)).toEqual({ EXCELLENT: 3, COMPETENT: 7, BASICALLY_COMPETENT: 1, INCOMPETENT: 0 });
    expect(gradeCounts({ ...guangdongCycle2025, proposed: {} })).toEqual({ EXCELLENT: 6, COMPETENT: 25, BASICALLY_COMPETENT: 1, INCOMPETENT: 0 });
  });

  it('says by how many 优秀 exceeds the quota, and nothing over within it', () => {
    expect(quotaStanding(shenzhenCycle)).toEqual({ excellent: 3, quota: 2, over: 1, rate: 0.2, raised: false });
    expect(quotaStanding(guangdongCycle2025).over).toBe(0);
  });
});

describe('the rating sent for a review', () => {
  it('sends every field each time, with the version read, a blank one as null so that the service clears it', () => {
    const values = { ...reviewFormValues(ratedReview), superiorComment: '  ', styleScore: null, capabilityScores: { LEARNING: 81, MASS_WORK: null } };
    expect(toReviewRating(values, 3)).toEqual({
      superiorGrade: 'EXCELLENT',
      superiorComment: null,
      performanceScore: 88,
      styleScore: null,
      conductScore: 90,
      capabilityScores: { LEARNING: 81 },
      proposedGrade: 'EXCELLENT',
      version: 3,
    });
  });

  it('starts the form from what the review holds', () => {
    expect(reviewFormValues(ratedReview)).toMatchObject({ superiorGrade: 'EXCELLENT', performanceScore: 88, capabilityScores: { RISK_MANAGEMENT: 84 } });
  });
});

describe('democratic-evaluation ballots', () => {
  it('makes as many anonymous ballots of each grade as entered, best grade first', () => {
    expect(ballotsOf({ COMPETENT: 2, EXCELLENT: 1, INCOMPETENT: null })).toEqual([{ grade: 'EXCELLENT' }, { grade: 'COMPETENT' }, { grade: 'COMPETENT' }]);
  });

  it('gives every ballot the capability scores entered, leaving out blank ones', () => {
    expect(ballotsOf({ BASICALLY_COMPETENT: 2 }, { LEARNING: 60, MASS_WORK: null })).toEqual([
      { grade: 'BASICALLY_COMPETENT', capabilityScores: { LEARNING: 60 } },
      { grade: 'BASICALLY_COMPETENT', capabilityScores: { LEARNING: 60 } },
    ]);
    expect(ballotsOf({})).toEqual([]);
  });
});
