import { activePosting, approvedPosting, proposedPosting } from '../test/rotationFixtures';
import { careState, flowMatrix, mayRecordCheckIn, postingSteps, typeCounts } from './rotation';

describe('rotation', () => {
  it('turns the flows into a 3 × 3 matrix of home region by host region, adding duplicates', () => {
    expect(
      flowMatrix([
        { from: 'EAST', to: 'WEST', postings: 4 },
        { from: 'CENTRAL', to: 'EAST', postings: 2 },
        { from: 'EAST', to: 'WEST', postings: 1 },
      ]),
    ).toEqual({
      cells: [
        [0, 0, 5],
        [2, 0, 0],
        [0, 0, 0],
      ],
      max: 5,
      total: 7,
    });
    expect(flowMatrix(undefined).total).toBe(0);
  });

  it('counts postings of every type in the types’ order', () => {
    expect(typeCounts({ CROSS_DEPARTMENT: 1, TEMPORARY_POST: 2 }).slice(0, 2)).toEqual([
      { type: 'TEMPORARY_POST', count: 2 },
      { type: 'POVERTY_ALLEVIATION', count: 0 },
    ]);
  });

  it('shows the steps taken and those ahead, and nothing ahead of a cancellation', () => {
    expect(postingSteps(approvedPosting).map((step) => [step.key, step.done])).toEqual([
      ['proposed', true],
      ['approved', true],
      ['started', false],
      ['completed', false],
    ]);
    const cancelled = postingSteps({ ...proposedPosting, status: 'CANCELLED', cancelledBy: 'leader', cancelledAt: '2026-11-22T01:00:00Z' });
    expect(cancelled.map((step) => step.key)).toEqual(['proposed', 'cancelled']);
    expect(cancelled[1]).toMatchObject({ done: true, by: 'leader' });
  });

  it('tells when care is overdue and who may record a check-in', () => {
    expect(careState(activePosting)).toBe('overdue');
    expect(careState({ ...activePosting, careOverdue: false })).toBe('due');
    expect(careState(approvedPosting)).toBeUndefined();
    expect(mayRecordCheckIn(activePosting)).toBe(true);
    expect(mayRecordCheckIn({ ...activePosting, allowedCommands: [] })).toBe(false);
  });
});
