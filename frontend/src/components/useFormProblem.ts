import { App, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyProblemToForm } from './formErrors';
import { problemMessage } from './problemText';

/** What a failed submit does: the violations go on the form's fields and the problem shows as a message. */
export function useFormProblem(form: FormInstance, formFields: readonly string[]): (error: unknown) => void {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (error) => {
    applyProblemToForm(form, error, formFields);
    void message.error(problemMessage(error, t));
  };
}
