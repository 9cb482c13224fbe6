import type { Problem, Violation } from './types';

/** An API call that failed, carrying the RFC 9457 problem the server sent (or one made up for it). */
export class ApiError extends Error {
  readonly problem: Problem;
  readonly status: number;

  constructor(problem: Problem, status: number) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.problem = problem;
    this.status = status;
  }

  get violations(): Violation[] {
    return this.problem.violations ?? [];
  }
}

/** Turns whatever an error response carried into a problem: servers, proxies and networks all fail differently. */
export function toProblem(body: unknown, status: number, requestId?: string | null): Problem {
  if (body && typeof body === 'object' && ('title' in body || 'type' in body || 'detail' in body)) {
    const problem = body as Problem;
    return { ...problem, status: problem.status ?? status, requestId: problem.requestId ?? requestId ?? undefined };
  }
  return { status, title: undefined, detail: typeof body === 'string' && body ? body : undefined, requestId: requestId ?? undefined };
}

/** The last segment of the problem type URI (`https://benling.org/problems/not-found` → `not-found`). */
export function problemSlug(problem: Problem): string | undefined {
  if (!problem.type) return undefined;
  const slug = problem.type.split('/').filter(Boolean).pop();
  return slug && slug !== 'about:blank' ? slug : undefined;
}

/**
 * A violation's field as an antd form name path: `birthDate` → ['birthDate'],
 * `rows[3].birthDate` → ['rows', 3, 'birthDate'], `address.city` → ['address', 'city'].
 */
export function fieldPath(field: string): (string | number)[] {
  const path: (string | number)[] = [];
  for (const part of field.split('.')) {
    const match = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!match) {
      path.push(part);
      continue;
    }
    if (match[1]) path.push(match[1]);
    for (const index of match[2].matchAll(/\[(\d+)\]/g)) path.push(Number(index[1]));
  }
  return path;
}

export interface FieldError {
  name: (string | number)[];
  errors: string[];
}

/** Groups violations per field, in the shape antd's `form.setFields` takes. Violations without a field are left out. */
export function toFieldErrors(violations: Violation[] | undefined): FieldError[] {
  const byField = new Map<string, string[]>();
  for (const v of violations ?? []) {
    if (!v.field) continue;
    const messages = byField.get(v.field) ?? [];
    messages.push(v.message ?? '');
    byField.set(v.field, messages);
  }
  return [...byField].map(([field, errors]) => ({ name: fieldPath(field), errors }));
}

/** Violations whose field belongs to the form (the first path segment names one of its fields). */
export function partitionViolations(violations: Violation[] | undefined, formFields: readonly string[]) {
  const onForm: Violation[] = [];
  const elsewhere: Violation[] = [];
  for (const v of violations ?? []) {
    const head = v.field ? fieldPath(v.field)[0] : undefined;
    (typeof head === 'string' && formFields.includes(head) ? onForm : elsewhere).push(v);
  }
  return { onForm, elsewhere };
}
