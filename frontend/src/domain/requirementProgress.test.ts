import { requirementOf } from '../test/trainingFixtures';
import { formatHours, requirementProgress } from './requirementProgress';

/** 县处级's 550 学时 (or 90 days) over the five years to 30 June 2026. */
const ROLLING = { kind: 'ROLLING_FIVE_YEAR', requiredOffJobDays: 90, windowStart: '2021-07-01', windowEnd: '2026-06-30' } as const;

describe('requirement progress', () => {
  it('shows achieved against required 学时, and what is missing', () => {
    expect(requirementProgress(requirementOf({ kind: 'ANNUAL', requiredHours: 90, achievedHours: 32, missingHours: 58, achievedOffJobDays: 4, status: 'AT_RISK' }))).toEqual({
      achieved: 32,
      required: 90,
      missing: 58,
      percent: 35,
      bar: 'normal',
    });
  });

  it('fills the bar and marks it done when the requirement is met, even beyond it', () => {
    expect(requirementProgress(
        requirementOf({ kind: 'ONLINE_ANNUAL', requiredHours: 50, achievedHours: 62.5, missingHours: 0, requiredOffJobDays: null, achievedOffJobDays: null, dueBy: null, status: 'COMPLIANT' }),
      )).toMatchObject({
      percent: 100,
      missing: 0,
      bar: 'success',
    });
  });

  it('marks a shortfall with no time left as an exception', () => {
    expect(requirementProgress(requirementOf({ ...ROLLING, requiredHours: 550, achievedHours: 120, missingHours: 430, achievedOffJobDays: 15, dueBy: null, status: 'SHORTFALL' })).bar).toBe('exception');
  });

  it('never rounds a bar up to full before the hours are there', () => {
    expect(requirementProgress(requirementOf({ ...ROLLING, requiredHours: 550, achievedHours: 549.5, missingHours: 0.5, achievedOffJobDays: 60, dueBy: '2026-12-31', status: 'GRACE' }))).toMatchObject({ percent: 99, missing: 0.5 });
  });

  it('writes hours as people do', () => {
    expect(formatHours(32)).toBe('32');
    expect(formatHours(0.5)).toBe('0.5');
    expect(formatHours(1.25)).toBe('1.25');
    expect(formatHours(1234)).toBe('1234');
    expect(formatHours(undefined)).toBe('0');
  });
});
