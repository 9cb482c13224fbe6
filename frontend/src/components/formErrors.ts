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
