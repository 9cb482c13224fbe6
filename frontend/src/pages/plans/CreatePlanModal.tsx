import { App, Form, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError, problemSlug } from '../../api/problem';
import { useCreatePlan } from '../../api/trainingQueries';
import type { TrainingPlan } from '../../api/types';
import { applyProblemToForm } from '../../components/formErrors';
import { describeProblem, problemMessage } from '../../components/problemText';
import { PLAN_FORM_FIELDS, PlanForm, toPlanRequest, type PlanFormValues } from './PlanForm';

interface Props {
  year: number;
  onClose: () => void;
  onCreated: (plan: TrainingPlan) => void;
}

/** 新建计划 in a dialog, for HR and administrators; a duplicate title (409) is marked on the title. */
export function CreatePlanModal({ year, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<PlanFormValues>();
  const create = useCreatePlan();

  const submit = (values: PlanFormValues) =>
    create.mutate(toPlanRequest(values), {
      onSuccess: (plan) => {
        void message.success(t('plans.created', { title: plan.title }));
        onClose();
        onCreated(plan);
      },
      onError: (error) => {
        applyProblemToForm(form, error, PLAN_FORM_FIELDS);
        if (error instanceof ApiError && problemSlug(error.problem) === 'duplicate-plan') {
          form.setFields([{ name: 'title', errors: [describeProblem(error, t).title] }]);
        }
        void message.error(problemMessage(error, t));
      },
    });

  return (
    <Modal
      open
      title={t('plans.create')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending}
      width={640}
      destroyOnHidden
    >
      <PlanForm form={form} year={year} onSubmit={submit} />
    </Modal>
  );
}
