import type { TFunction } from 'i18next';
import { ApiError, problemSlug } from '../api/problem';

export interface ProblemText {
  title: string;
  detail?: string;
  requestId?: string;
  status?: number;
}

/**
 * A readable account of a failed call: a localized title from the problem's type (or its status), the
 * server's detail as it wrote it, and the request id to quote to support.
 */
export function describeProblem(error: unknown, t: TFunction): ProblemText {
  if (error instanceof ApiError) {
    const { problem, status } = error;
    const slug = problemSlug(problem);
    const byStatus = t(`problem.status.${status}`, { defaultValue: problem.title ?? t('problem.generic') });
    const title = slug ? t(`problem.type.${slug}`, { defaultValue: byStatus }) : byStatus;
    return { title, detail: problem.detail ?? undefined, requestId: problem.requestId ?? undefined, status };
  }
  if (error instanceof TypeError) return { title: t('problem.network'), detail: error.message };
  return { title: t('problem.generic'), detail: error instanceof Error ? error.message : undefined };
}

/** One line for antd `message`. */
export function problemMessage(error: unknown, t: TFunction): string {
  const { title, detail, requestId } = describeProblem(error, t);
  const parts = [detail ? t('problem.withDetail', { title, detail }) : title];
  if (requestId) parts.push(t('problem.requestId', { requestId }));
  return parts.join(' ');
}
