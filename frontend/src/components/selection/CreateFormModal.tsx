import type { UseMutationResult } from '@tanstack/react-query';
import { App, Form } from 'antd';
import type { ReactNode } from 'react';
import type { ApiError } from '../../api/problem';
import { useSignedIn } from '../../app/session';
import { FormModal } from '../FormModal';
import { useFormProblem } from '../useFormProblem';

/** What a create dialog is told: how to close, and what to do with the record it created. */
export interface CreateModalProps<C> {
  onClose: () => void;
  onCreated: (created: C) => void;
}

interface Props<V, B, C> extends CreateModalProps<C> {
  title: string;
  width: number;
  /** The form's name (its fields' ids start with it). */
  name: string;
  /** The mutation that creates the record. */
  mutation: UseMutationResult<C, ApiError, B>;
  /** The request's field names, so the server's violations land on the form's fields. */
  fields: readonly string[];
  /** The request from the form's values. */
  toRequest: (values: V) => B;
  /** The success message naming what was created. */
  createdText: (created: C) => string;
  /** Shown above the form. */
  hint?: ReactNode;
  /** The form's first values besides the unit, which starts as the user's own. */
  initialValues?: Partial<V>;
  /** The form's fields. */
  children: ReactNode;
}

/**
 * A create dialog of the selection pages: a vertical form starting on the user's unit whose 保存 sends the request,
 * then says so, closes and hands over what was created; a refusal lands on the form's fields.
 */
export function CreateFormModal<V, B, C>(props: Props<V, B, C>) {
  const { title, width, name, mutation, fields, toRequest, createdText, hint, initialValues, onClose, onCreated, children } = props;
  const { message } = App.useApp();
  const { session } = useSignedIn();
  const [form] = Form.useForm<V>();
  const showProblem = useFormProblem(form, fields);

  const submit = (values: V) =>
    mutation.mutate(toRequest(values), {
      onSuccess: (created) => {
        void message.success(createdText(created));
        onClose();
        onCreated(created);
      },
      onError: showProblem,
    });

  return (
    <FormModal title={title} form={form} saving={mutation.isPending} width={width} onClose={onClose}>
      {hint}
      <Form<V> form={form} layout="vertical" name={name} onFinish={submit} initialValues={{ unitId: session.unitId ?? undefined, ...initialValues }}>
        {children}
      </Form>
    </FormModal>
  );
}
