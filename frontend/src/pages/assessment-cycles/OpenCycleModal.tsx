import { App, Col, DatePicker, Form, Input, InputNumber, Row } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useOpenCycle } from '../../api/assessmentQueries';
import { ApiError, problemSlug } from '../../api/problem';
import type { AssessmentCycle, CycleRequest } from '../../api/types';
import { useSignedIn } from '../../app/session';
import { FormModal } from '../../components/FormModal';
import { describeProblem } from '../../components/problemText';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { useFormProblem } from '../../components/useFormProblem';
import { MIN_CYCLE_YEAR } from '../../domain/assessmentSearch';
import { todayInBeijing } from '../../domain/format';

export interface CycleFormValues {
  unitId: string;
  year: number;
  title?: string;
  selfReportDue?: Dayjs | null;
}

/** Named as the request's fields, so the server's violations land on them. */
export const CYCLE_FORM_FIELDS = ['unitId', 'year', 'title', 'selfReportDue'] as const;

/**
 * An empty title is left to the service, which names the cycle after the unit and year; so is an empty self-report
 * day (30 days from today there).
 */
export function toCycleRequest(values: CycleFormValues): CycleRequest {
  return {
    unitId: values.unitId,
    year: values.year,
    title: values.title?.trim() || undefined,
    selfReportDue: values.selfReportDue ? values.selfReportDue.format('YYYY-MM-DD') : undefined,
  };
}

interface Props {
  thisYear: number;
  onClose: () => void;
  onOpened: (cycle: AssessmentCycle) => void;
}

/**
 * 开启年度考核: a unit of the user's scope, a year (this one unless changed) and the day the self-reports are due; the
 * service makes one review per active cadre of the unit and asks each for the self-report. A unit that has the year's cycle already (409) is marked on the year.
 */
export function OpenCycleModal({ thisYear, onClose, onOpened }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { session } = useSignedIn();
  const [form] = Form.useForm<CycleFormValues>();
  const open = useOpenCycle();
  const showProblem = useFormProblem(form, CYCLE_FORM_FIELDS);
  const field = (key: string) => t(`fields.cycle.${key}`);
  const required = { required: true, message: t('form.required') };
  const today = dayjs(todayInBeijing());

  const submit = (values: CycleFormValues) =>
    open.mutate(toCycleRequest(values), {
      onSuccess: (cycle) => {
        void message.success(t('assessment.cycles.opened', { title: cycle.title }));
        onOpened(cycle);
      },
      onError: (error) => {
        showProblem(error);
        if (error instanceof ApiError && problemSlug(error.problem) === 'cycle-exists') {
          form.setFields([{ name: 'year', errors: [describeProblem(error, t).title] }]);
        }
      },
    });

  return (
    <FormModal title={t('assessment.cycles.create')} form={form} saving={open.isPending} width={600} onClose={onClose}>
      <Form<CycleFormValues> form={form} layout="vertical" initialValues={{ unitId: session.unitId, year: thisYear }} onFinish={submit}>
        <Row gutter={16}>
          <Col span={16}>
            <Form.Item name="unitId" label={field('unitName')} rules={[required]} extra={t('assessment.cycles.form.unitHint')}>
              <UnitTreeSelect />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="year" label={field('year')} rules={[required]}>
              <InputNumber min={MIN_CYCLE_YEAR} max={thisYear} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="title" label={field('title')} extra={t('assessment.cycles.form.titleHint')}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="selfReportDue" label={field('selfReportDue')} extra={t('assessment.cycles.form.selfReportDueHint')}>
          <DatePicker style={{ width: '100%' }} disabledDate={(day) => day.isBefore(today, 'day')} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
