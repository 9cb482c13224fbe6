import { App, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError, problemSlug } from '../../api/problem';
import { useCreatePlan } from '../../api/trainingQueries';
import type { TrainingPlan } from '../../api/types';
import { FormModal } from '../../components/FormModal';
import { describeProblem } from '../../components/problemText';
import { useFormProblem } from '../../components/useFormProblem';
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
  const showProblem = useFormProblem(form, PLAN_FORM_FIELDS);

  const submit = (values: PlanFormValues) =>
    create.mutate(toPlanRequest(values), {
      onSuccess: (plan) => {
        void message.success(t('plans.created', { title: plan.title }));
        onClose();
        onCreated(plan);
      },
      onError: (error) => {
        showProblem(error);
        if (error instanceof ApiError && problemSlug(error.problem) === 'duplicate-plan') {
          form.setFields([{ name: 'title', errors: [describeProblem(error, t).title] }]);
        }
      },
    });

  return (
    <FormModal title={t('plans.create')} form={form} saving={create.isPending} width={640} onClose={onClose}>
      <PlanForm form={form} year={year} onSubmit={submit} />
    </FormModal>
  );
}
