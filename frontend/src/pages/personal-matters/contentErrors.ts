import type { FormInstance } from 'antd';
import { ApiError, toFieldErrors } from '../../api/problem';
import type { Violation } from '../../api/types';

/**
 * Puts the server's violations on the form: those of the report's content (`content.family[0].name`) on its
 * sections, the others (`changedOn`) on their fields; what no field shows is returned, for an alert.
 */
export function showContentProblem(form: FormInstance, error: unknown, otherFields: readonly string[] = []): Violation[] {
  if (!(error instanceof ApiError)) return [];
  const onForm: Violation[] = [];
  const elsewhere: Violation[] = [];
  for (const v of error.violations) {
    if (v.field?.startsWith('content.')) onForm.push({ ...v, field: v.field.slice('content.'.length) });
    else if (v.field && otherFields.includes(v.field)) onForm.push(v);
    else elsewhere.push(v);
  }
  form.setFields(toFieldErrors(onForm));
  return elsewhere;
}
