import type { Appointment, AppointmentStage, AppointmentStep, JointReviewCheck, VoterCategory } from '../api/types';
import type { Access } from '../app/access';
import { APPOINTMENT_STAGES } from './enums';

/**
 * The selection service's rules as the pages need them: reading a typed voter code, the turnout, who answers which
 * check of 凡提四必, where a trail stands and whether a meeting's vote would carry. The service decides; these only
 * shape what the pages offer and say beforehand.
 */

/** The letters and digits of a voter code: no 0/O and no 1/I, which read alike on paper (the service's alphabet). */
const CODE_ALPHABET = /^[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{10}$/;

/**
 * A voter code as typed (any case, with the printed dash or spaces between its groups), or undefined when it cannot
 * be one: the page says so without asking the service, which counts every try against the address.
 */
export function normaliseVoterCode(typed: string): string | undefined {
  const code = typed.replace(/[\s-]/g, '').toUpperCase();
  return CODE_ALPHABET.test(code) ? code : undefined;
}

/** A share the service reports (0.6 of 1, four decimals) as a percentage with one decimal. */
export function formatShare(share: number | null | undefined, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(share ?? 0);
}

/** Codes given and codes used over every category of a session. */
export function totalTurnout(categories: readonly VoterCategory[]): { voters: number; voted: number; share: number } {
  const voters = categories.reduce((sum, category) => sum + category.voters, 0);
  const voted = categories.reduce((sum, category) => sum + category.voted, 0);
  return { voters, voted, share: voters === 0 ? 0 : voted / voters };
}

/**
 * Who answers a check (the service's rule): the personnel file HR, the discipline organ's opinion and the petitions
 * the inspectors, the personal matters either; administrators any.
 */
export function mayAnswerCheck(access: Access, check: JointReviewCheck): boolean {
  switch (check) {
    case 'PERSONNEL_FILE':
      return access.canAnswerFileCheck;
    case 'DISCIPLINE_OPINION':
    case 'PETITIONS':
      return access.canAnswerDisciplineChecks;
    case 'PERSONAL_MATTERS':
      return access.canAnswerChecks;
  }
}

/** The stages a trail moves through, in order (终止 is not one of them: it ends a trail at the stage it had reached). */
export const TRAIL_STAGES: readonly AppointmentStage[] = APPOINTMENT_STAGES.filter((stage) => stage !== 'WITHDRAWN');

/**
 * Where the trail's progress bar stands: the stage's place among {@link TRAIL_STAGES}, and for a withdrawn trail the
 * place of the stage it was withdrawn at (the step before the withdrawal).
 */
export function trailPosition(trail: Pick<Appointment, 'stage' | 'steps'>): { index: number; withdrawn: boolean } {
  if (trail.stage !== 'WITHDRAWN') return { index: TRAIL_STAGES.indexOf(trail.stage), withdrawn: false };
  const before = [...trail.steps].reverse().find((step) => step.stage !== 'WITHDRAWN');
  return { index: Math.max(0, TRAIL_STAGES.indexOf(before?.stage ?? 'MOTION')), withdrawn: true };
}

/** The step that reached a stage (the first one recorded with it), if the trail has reached it. */
export function stepReaching(steps: readonly AppointmentStep[], stage: AppointmentStage): AppointmentStep | undefined {
  return steps.find((step) => step.stage === stage);
}

/** How the service records an objection's step: its note starts "反映 / objection: " when raised, "核查 / looked into: " after. */
const OBJECTION_NOTE = /^(反映|核查) \/ [^:]+: ?/;

/** The steps of the publicity that record an objection raised or looked into. */
export function objectionSteps(steps: readonly AppointmentStep[]): AppointmentStep[] {
  return steps.filter((step) => step.stage === 'PUBLICITY' && step.note != null && OBJECTION_NOTE.test(step.note));
}

/** What a step of the record was: the stage it reached, or an objection raised or looked into during the publicity. */
export type StepKind = AppointmentStage | 'OBJECTION_RAISED' | 'OBJECTION_LOOKED_INTO';

export function stepKind(step: AppointmentStep): StepKind {
  if (step.stage !== 'PUBLICITY' || !step.note) return step.stage;
  const match = OBJECTION_NOTE.exec(step.note);
  if (!match) return step.stage;
  return match[1] === '反映' ? 'OBJECTION_RAISED' : 'OBJECTION_LOOKED_INTO';
}

/** A step's note without the service's bilingual objection prefix (the record names the kind of step itself). */
export function stepNote(step: AppointmentStep): string | undefined {
  if (!step.note) return undefined;
  return stepKind(step) === step.stage ? step.note : step.note.replace(OBJECTION_NOTE, '');
}

export type VoteOutcome = 'NO_QUORUM' | 'ADOPTED' | 'NOT_ADOPTED';

/**
 * 讨论决定 as the regulation counts it: at least two thirds of the members present, and more than half of all the
 * members (not only of those present) in favour. A hint in the form; the service applies its configured policy.
 */
export function voteOutcome(members: number, present: number, inFavour: number): VoteOutcome {
  if (present * 3 < members * 2) return 'NO_QUORUM';
  return inFavour * 2 > members ? 'ADOPTED' : 'NOT_ADOPTED';
}
