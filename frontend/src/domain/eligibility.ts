import type { TFunction } from 'i18next';
import type { EligibilityReason, ReviewSupervision } from '../api/types';
import { enumLabel } from './enums';

/**
 * A reason a cadre may not be considered (选任条例第二十四条), in the reader's language from its code and
 * parameters; the server's message only for a code this version of the app does not know yet.
 */
export function eligibilityReasonText(t: TFunction, reason: EligibilityReason): string {
  switch (reason.code) {
    case 'RECENT_GRADE':
      return t('assessment.eligibility.reason.RECENT_GRADE', { year: reason.year, grade: reason.grade ? enumLabel(t, 'grade', reason.grade) : '' });
    case 'MEASURE_IN_INFLUENCE':
      return reason.until
        ? t('assessment.eligibility.reason.MEASURE_IN_INFLUENCE', { until: reason.until })
        : t('assessment.eligibility.reason.MEASURE_IN_INFLUENCE_OPEN');
    case 'PENDING_CONCLUSION':
      return t('assessment.eligibility.reason.PENDING_CONCLUSION');
    default:
      return reason.message ?? '';
  }
}

/**
 * What a supervision measure does to a review's year, in the reader's language from the effect's code and the year;
 * the server's note where the year is not at hand or the effect is one this version does not know.
 */
export function supervisionNote(t: TFunction, supervision: ReviewSupervision | undefined, year: number | undefined): string | undefined {
  if (!supervision?.effect || supervision.effect === 'NONE') return supervision?.note ?? undefined;
  const text = year === undefined ? '' : t(`assessment.supervisionEffect.${supervision.effect}`, { year, defaultValue: '' });
  return text || (supervision.note ?? undefined);
}
