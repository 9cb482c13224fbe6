import type { TFunction } from 'i18next';
import type { EligibilityReason, ReviewSupervision } from '../api/types';
import { reasonText } from './reasons';

function language(t: TFunction): string {
  return t('common.languageTag', { defaultValue: 'zh-CN' });
}

/**
 * A reason a cadre may not be considered (选任条例第二十四条), in the reader's language from its code and
 * parameters; the server's message only for a code this version of the app does not know yet.
 */
export function eligibilityReasonText(t: TFunction, reason: EligibilityReason): string {
  const code = reason.code === 'MEASURE_IN_INFLUENCE' && !reason.until ? 'MEASURE_IN_INFLUENCE_OPEN' : reason.code;
  return reasonText(language(t), {
    code: `eligibility.${code}`,
    params: { year: reason.year, grade: reason.grade, considered: reason.considered, until: reason.until },
  }, reason.message);
}

/**
 * What a supervision measure does to a review's year, in the reader's language from the effect's code and the year;
 * the server's note where the year is not at hand or the effect is one this version does not know.
 */
export function supervisionNote(
  t: TFunction,
  supervision: { effect: ReviewSupervision['effect'] | null; note: ReviewSupervision['note'] } | undefined,
  year: number | undefined,
): string | undefined {
  if (!supervision?.effect || supervision.effect === 'NONE') return supervision?.note ?? undefined;
  if (year === undefined) return supervision.note ?? undefined;
  return reasonText(language(t), { code: `effect.${supervision.effect}`, params: { year } }, supervision.note) || undefined;
}
