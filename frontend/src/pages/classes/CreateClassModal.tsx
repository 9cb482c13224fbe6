import { App, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCreateClass } from '../../api/trainingQueries';
import type { TrainingClass } from '../../api/types';
import { FormModal } from '../../components/FormModal';
import { useFormProblem } from '../../components/useFormProblem';
import { CLASS_FORM_FIELDS, ClassForm, toClassRequest, type ClassFormValues } from './ClassForm';

/** 开班 in a dialog; the new class's page opens afterwards. */
export function CreateClassModal({ onClose, onCreated }: { onClose: () => void; onCreated: (trainingClass: TrainingClass) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ClassFormValues>();
  const create = useCreateClass();
  const showProblem = useFormProblem(form, CLASS_FORM_FIELDS);

  const submit = (values: ClassFormValues) =>
    create.mutate(toClassRequest(values), {
      onSuccess: (created) => {
        void message.success(t('classes.created', { title: created.title }));
        onCreated(created);
      },
      onError: showProblem,
    });

  return (
    <FormModal title={t('classes.create')} form={form} saving={create.isPending} width={640} onClose={onClose}>
      <ClassForm form={form} onSubmit={submit} />
    </FormModal>
  );
}
