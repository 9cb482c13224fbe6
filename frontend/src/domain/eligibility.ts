import type { TFunction } from 'i18next';
import type { EligibilityReason } from '../api/types';
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
