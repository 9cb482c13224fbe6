import { App, Button, Descriptions, Divider, Drawer, Flex, Form, Input, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFollowUpResearch, useResearchReport } from '../../api/grassrootsQueries';
import type { ResearchReport } from '../../api/types';
import { PageLoading } from '../../components/PageLoading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { CapabilityTags } from '../../components/training/CapabilityTags';
import { useFormProblem } from '../../components/useFormProblem';
import { cadreLabel, formatInstant } from '../../domain/format';
import { AdoptedTag } from './GrassrootsTags';

/**
 * A research report beside the list: whose, when, the capabilities, its findings and proposals, what came of it; and,
 * when the service says the caller may (`mayFollowUp`: HR or a leader, never the author), 记录转化运用.
 */
export function ResearchDrawer({ reportId, onClose }: { reportId?: string; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Drawer open={Boolean(reportId)} onClose={onClose} size={720} destroyOnHidden title={t('grassroots.research.drawerTitle')}>
      {reportId && <ResearchContent reportId={reportId} />}
    </Drawer>
  );
}

function ResearchContent({ reportId }: { reportId: string }) {
  const { t, i18n } = useTranslation();
  const report = useResearchReport(reportId);
  if (report.isPending) return <PageLoading />;
  if (report.isError) return <ProblemAlert error={report.error} onRetry={() => void report.refetch()} />;
  const data = report.data;
  const field = (key: string) => t(`fields.research.${key}`);

  return (
    <Flex vertical gap={12}>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {data.title}
      </Typography.Title>
      <Descriptions
        bordered
        size="small"
        column={1}
        items={[
          { key: 'cadre', label: field('cadre'), children: [cadreLabel(data.name, data.employeeNumber), data.unitName].filter(Boolean).join(' · ') },
          { key: 'submittedOn', label: field('submittedOn'), children: data.submittedOn },
          { key: 'capabilities', label: field('capabilities'), children: <CapabilityTags capabilities={data.capabilities} /> },
          { key: 'filedBy', label: field('filedBy'), children: [data.filedBy, formatInstant(data.filedAt, i18n.language)].filter(Boolean).join(' · ') },
          { key: 'summary', label: field('summary'), children: <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{data.summary}</Typography.Text> },
        ]}
      />
      <Divider titlePlacement="start">{t('grassroots.research.followUpTitle')}</Divider>
      {data.followUp ? (
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'adopted', label: field('adopted'), children: <AdoptedTag report={data} /> },
            { key: 'followUp', label: field('followUp'), children: <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{data.followUp}</Typography.Text> },
            { key: 'followedUpBy', label: field('followedUpBy'), children: [data.followedUpBy, formatInstant(data.followedUpAt, i18n.language)].filter(Boolean).join(' · ') },
          ]}
        />
      ) : (
        <Typography.Text type="secondary">{t('grassroots.research.noFollowUp')}</Typography.Text>
      )}
      {data.mayFollowUp && (
        <>
          <Divider titlePlacement="start">{t('grassroots.research.record')}</Divider>
          <FollowUpForm report={data} />
        </>
      )}
    </Flex>
  );
}

interface FollowUpValues {
  note: string;
  adopted: boolean;
}

/** 记录转化运用: what was done with the report and whether its findings were adopted; recorded again as it goes on. */
function FollowUpForm({ report }: { report: ResearchReport }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<FollowUpValues>();
  const followUp = useFollowUpResearch();
  const showProblem = useFormProblem(form, ['note', 'adopted']);

  const submit = ({ note, adopted }: FollowUpValues) =>
    followUp.mutate(
      { id: report.id, version: report.version, followUp: { note: note.trim(), adopted } },
      { onSuccess: () => void message.success(t('grassroots.research.followedUp')), onError: showProblem },
    );

  return (
    <Form<FollowUpValues>
      form={form}
      layout="vertical"
      name="researchFollowUp"
      aria-label={t('grassroots.research.record')}
      initialValues={{ note: report.followUp ?? '', adopted: report.adopted }}
      onFinish={submit}
    >
      <Form.Item name="adopted" label={t('grassroots.research.adoptedLabel')} rules={[{ required: true, message: t('form.required') }]}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={[
            { value: true, label: t('grassroots.research.adopted') },
            { value: false, label: t('grassroots.research.notAdopted') },
          ]}
        />
      </Form.Item>
      <Form.Item name="note" label={t('fields.research.followUp')} extra={t('grassroots.research.noteHint')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={followUp.isPending}>
        {t('grassroots.research.save')}
      </Button>
    </Form>
  );
}
