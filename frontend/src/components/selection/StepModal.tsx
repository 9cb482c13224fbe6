import { Flex, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { ApiError } from '../../api/problem';
import { FormModal } from '../../components/FormModal';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFormProblem } from '../../components/useFormProblem';

interface Props {
  title: string;
  form: FormInstance;
  saving: boolean;
  width?: number;
  onClose: () => void;
  /** The refusal of the last submit that no field of the form explains (a rule of the service, a stale version). */
  refusal?: unknown;
  children: ReactNode;
}

/**
 * A step of the trail in a dialog: the form, and above it the service's refusal when a rule refused the step (凡提四必
 * not cleared, the vote not adopted, the publicity still running), so it stays in view while the user decides what to
 * change; the violations that name a field of the form go on that field.
 */
export function StepModal({ title, form, saving, width = 560, onClose, refusal, children }: Props) {
  return (
    <FormModal title={title} form={form} saving={saving} width={width} onClose={onClose}>
      <Flex vertical gap={12}>
        {refusal != null && <ProblemAlert error={refusal} showFields={false} />}
        {children}
      </Flex>
    </FormModal>
  );
}

/**
 * What a step's form does with a failed submit: the violations on its fields and a message (useFormProblem), and for
 * a refusal by a rule or the state (409, 412, 422) the alert above the form.
 */
export function useStepProblem(form: FormInstance, fields: readonly string[]) {
  const showProblem = useFormProblem(form, fields);
  const [refusal, setRefusal] = useState<unknown>();
  const onError = (error: unknown) => {
    showProblem(error);
    setRefusal(error instanceof ApiError && [409, 412, 422].includes(error.status) ? error : undefined);
  };
  return { refusal, onError, clear: () => setRefusal(undefined) };
}
