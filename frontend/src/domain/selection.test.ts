import { accessFor, type Role } from '../app/access';
import { formatShare, mayAnswerCheck, normaliseVoterCode, objectionSteps, stepKind, stepNote, totalTurnout, trailPosition, voteOutcome } from './selection';
import { JOINT_REVIEW_CHECKS } from './enums';

const step = (stage: Parameters<typeof trailPosition>[0]['stage'], note: string | null = null) => ({ stage, actor: 'hr', at: '2026-05-01T02:00:00Z', note });

describe('selection rules in the pages', () => {
  it('reads a voter code as printed, typed in lower case or with spaces, and refuses what cannot be one', () => {
    expect(normaliseVoterCode('abcde-fghjk')).toBe('ABCDEFGHJK');
    expect(normaliseVoterCode(' 23456 789ab ')).toBe('23456789AB');
    expect(normaliseVoterCode('ABCDE-FGHJ')).toBeUndefined();
    // 0, O, 1 and I are not in the alphabet: they read alike on paper
    expect(normaliseVoterCode('ABCDE-FGHJO')).toBeUndefined();
    expect(normaliseVoterCode('ABCDE-FGH1K')).toBeUndefined();
  });

  it('writes shares as percentages with one decimal and adds up the turnout', () => {
    expect(formatShare(0.6667, 'zh-CN')).toBe('66.7%');
    expect(formatShare(null, 'en-US')).toBe('0.0%');
    expect(totalTurnout([
      { code: 'A', name: '班子成员', weight: 1, voters: 5, voted: 5, turnout: 1 },
      { code: 'B', name: '职工代表', weight: 1, voters: 15, voted: 3, turnout: 0.2 },
    ])).toEqual({ voters: 20, voted: 8, share: 0.4 });
    expect(totalTurnout([]).share).toBe(0);
  });

  it.each<[Role, string[]]>([
    ['admin', ['PERSONNEL_FILE', 'PERSONAL_MATTERS', 'DISCIPLINE_OPINION', 'PETITIONS']],
    ['hr', ['PERSONNEL_FILE', 'PERSONAL_MATTERS']],
    ['inspector', ['PERSONAL_MATTERS', 'DISCIPLINE_OPINION', 'PETITIONS']],
    ['leader', []],
  ])('lets %s answer %j of 凡提四必', (role, checks) => {
    expect(JOINT_REVIEW_CHECKS.filter((check) => mayAnswerCheck(accessFor({ roles: [role] }), check))).toEqual(checks);
  });

  it('places a trail on its way, a withdrawn one where it stopped', () => {
    expect(trailPosition({ stage: 'JOINT_REVIEW', steps: [] })).toEqual({ index: 4, withdrawn: false });
    expect(trailPosition({ stage: 'WITHDRAWN', steps: [step('MOTION'), step('RECOMMENDATION'), step('WITHDRAWN', '岗位调整')] })).toEqual({ index: 1, withdrawn: true });
  });

  it('finds the objections among the publicity’s steps', () => {
    const steps = [step('PUBLICITY'), step('PUBLICITY', '反映 / objection: 群众来信'), step('PUBLICITY', '核查 / looked into: 不属实'), step('APPOINTED')];
    expect(objectionSteps(steps).map((one) => one.note)).toEqual(['反映 / objection: 群众来信', '核查 / looked into: 不属实']);
    expect(steps.map(stepKind)).toEqual(['PUBLICITY', 'OBJECTION_RAISED', 'OBJECTION_LOOKED_INTO', 'APPOINTED']);
    expect(steps.map(stepNote)).toEqual([undefined, '群众来信', '不属实', undefined]);
  });

  it('counts a meeting’s vote as the regulation does: two thirds present, more than half of all members in favour', () => {
    expect(voteOutcome(9, 5, 5)).toBe('NO_QUORUM');
    expect(voteOutcome(9, 6, 5)).toBe('ADOPTED');
    expect(voteOutcome(10, 7, 5)).toBe('NOT_ADOPTED');
  });
});
