import { App, Checkbox, Col, Form, Input, Row, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useFileResearchReport } from '../../api/grassrootsQueries';
import type { Capability, ResearchReportRequest } from '../../api/types';
import type { PickedCadre } from '../../components/cadre/CadrePicker';
import { onListFields } from '../../components/formErrors';
import { FormModal } from '../../components/FormModal';
import { useFormProblem } from '../../components/useFormProblem';
import { CAPABILITIES, enumOptions } from '../../domain/enums';
import { todayInBeijing } from '../../domain/format';
import { CadreField, PastDayField } from './GrassrootsFields';

interface ReportValues {
  /** Picked by HR for a leader it manages; absent when the leader files their own. */
  cadreId?: PickedCadre;
  title: string;
  summary: string;
  capabilities: Capability[];
  submittedOn: Dayjs;
}

const REPORT_FIELDS = ['cadreId', 'title', 'summary', 'capabilities', 'submittedOn'] as const;

export function toResearchReportRequest(values: ReportValues): ResearchReportRequest {
  return {
    ...(values.cadreId ? { cadreId: values.cadreId.value } : {}),
    title: values.title.trim(),
    summary: values.summary.trim(),
    capabilities: CAPABILITIES.filter((capability) => values.capabilities.includes(capability)),
    submittedOn: values.submittedOn.format('YYYY-MM-DD'),
  };
}

/**
 * 报送调研报告 (大调研): the title, the findings and proposals, the capabilities it bears on (at least one) and the day it
 * was submitted (today at the latest). The leader files their own (`proxy` off); HR picks the leader first.
 */
export function FileReportModal({ proxy, onClose }: { proxy: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReportValues>();
  const file = useFileResearchReport();
  const showProblem = useFormProblem(form, REPORT_FIELDS);
  const today = dayjs(todayInBeijing());
  const required = { required: true, message: t('form.required') };
  const field = (key: string) => t(`fields.research.${key}`);

  const submit = (values: ReportValues) =>
    file.mutate(toResearchReportRequest(values), {
      onSuccess: (report) => {
        void message.success(t('grassroots.research.filed', { title: report.title }));
        onClose();
      },
      onError: (error) => showProblem(onListFields(error, ['capabilities'])),
    });

  return (
    <FormModal title={t(proxy ? 'grassroots.research.fileTitleFor' : 'grassroots.research.file')} form={form} saving={file.isPending} width={680} onClose={onClose}>
      <Typography.Paragraph type="secondary">{t('grassroots.research.fileHint')}</Typography.Paragraph>
      <Form<ReportValues> form={form} layout="vertical" name="researchReport" initialValues={{ submittedOn: today, capabilities: [] }} onFinish={submit}>
        {proxy && <CadreField label={field('cadre')} />}
        <Row gutter={16}>
          <Col span={16}>
            <Form.Item name="title" label={field('title')} rules={[{ ...required, whitespace: true }]}>
              <Input maxLength={200} placeholder={t('grassroots.research.titlePlaceholder')} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <PastDayField name="submittedOn" label={field('submittedOn')} today={today} />
          </Col>
        </Row>
        <Form.Item name="summary" label={field('summary')} rules={[{ ...required, whitespace: true }]}>
          <Input.TextArea rows={5} maxLength={4000} showCount />
        </Form.Item>
        <Form.Item
          name="capabilities"
          label={field('capabilities')}
          extra={t('grassroots.research.capabilitiesHint')}
          rules={[{ required: true, type: 'array', min: 1, message: t('grassroots.research.capabilitiesRequired') }]}
        >
          <Checkbox.Group options={enumOptions(t, 'capability', CAPABILITIES)} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
