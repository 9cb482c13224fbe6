import type { FormInstance } from 'antd';
import { ApiError, partitionViolations, toFieldErrors } from '../api/problem';
import type { Violation } from '../api/types';

/**
 * Puts each violation of a failed submit on the form field it names (`file`, `rows[3].birthDate`, …) and
 * returns the ones that name no field of this form, for the caller to show elsewhere.
 */
export function applyProblemToForm(form: FormInstance, error: unknown, formFields: readonly string[]): Violation[] {
  if (!(error instanceof ApiError)) return [];
  const { onForm, elsewhere } = partitionViolations(error.violations, formFields);
  form.setFields(toFieldErrors(onForm));
  return elsewhere;
}

/**
 * A failed submit whose violations of a list's items (`attendeeIds[0]`) name the list itself, for a form that edits
 * the whole list in one field (a multiple select, tags) and so has no field per item; `describe` may say which item
 * (the cadre picked at that index). Anything else is handed back as it was.
 */
export function onListFields(error: unknown, lists: readonly string[], describe?: (list: string, index: number, message: string) => string): unknown {
  if (!(error instanceof ApiError)) return error;
  let moved = false;
  const violations = error.violations.map((v) => {
    const item = v.field ? /^([^[\].]+)\[(\d+)\]$/.exec(v.field) : null;
    if (!item || !lists.includes(item[1])) return v;
    moved = true;
    const message = v.message ?? '';
    return { ...v, field: item[1], message: describe ? describe(item[1], Number(item[2]), message) : message };
  });
  return moved ? new ApiError({ ...error.problem, violations }, error.status) : error;
}
