import { App, Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCreateClass } from '../../api/trainingQueries';
import type { TrainingClass } from '../../api/types';
import { applyProblemToForm } from '../../components/formErrors';
import { problemMessage } from '../../components/problemText';
import { CLASS_FORM_FIELDS, ClassForm, toClassRequest, type ClassFormValues } from './ClassForm';

/** 开班 in a dialog; the new class's page opens afterwards. */
export function CreateClassModal({ onClose, onCreated }: { onClose: () => void; onCreated: (trainingClass: TrainingClass) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ClassFormValues>();
  const create = useCreateClass();

  const submit = (values: ClassFormValues) =>
    create.mutate(toClassRequest(values), {
      onSuccess: (created) => {
        void message.success(t('classes.created', { title: created.title }));
        onCreated(created);
      },
      onError: (error) => {
        applyProblemToForm(form, error, CLASS_FORM_FIELDS);
        void message.error(problemMessage(error, t));
      },
    });

  return (
    <Modal
      open
      title={t('classes.create')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      width={640}
      destroyOnHidden
    >
      <ClassForm form={form} onSubmit={submit} />
    </Modal>
  );
}
