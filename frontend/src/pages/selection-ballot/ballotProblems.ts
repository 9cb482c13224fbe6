import type { TFunction } from 'i18next';
import { ApiError, problemSlug } from '../../api/problem';
import { problemMessage } from '../../components/problemText';

/** Why a code was refused, in the words a voter needs (the same refusals answer the form and the vote). */
export type CodeRefusal = 'unknown' | 'used' | 'closed' | 'tooMany';

export function codeRefusal(error: unknown): CodeRefusal | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const slug = problemSlug(error.problem);
  if (slug === 'code-used') return 'used';
  if (slug === 'voting-closed') return 'closed';
  if (error.status === 429) return 'tooMany';
  if (error.status === 400 && error.violations.some((v) => v.field === 'code')) return 'unknown';
  return undefined;
}

/** A refusal as the ballot page says it: plainly for the code's own refusals, the problem's account for anything else. */
export function ballotProblemText(error: unknown, t: TFunction): string {
  const refusal = codeRefusal(error);
  return refusal ? t(`selection.ballot.refused.${refusal}`) : problemMessage(error, t);
}
