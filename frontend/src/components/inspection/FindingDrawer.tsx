import { CheckCircleOutlined, MinusCircleOutlined, PlusOutlined, RollbackOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Descriptions, Divider, Drawer, Flex, Form, Input, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFinding, useJudgeFinding, useReportRectification } from '../../api/inspectionQueries';
import type { Finding, RectificationReport } from '../../api/types';
import { enumLabel } from '../../domain/enums';
import { cadreLabel, formatInstant, todayInBeijing } from '../../domain/format';
import { rectificationRequest } from '../../domain/inspection';
import { PageLoading } from '../PageLoading';
import { ProblemAlert } from '../ProblemAlert';
import { problemMessage } from '../problemText';
import { useFormProblem } from '../useFormProblem';
import { FindingStatusTag, OverdueTag, SeverityTag } from './InspectionTags';

interface Props {
  findingId?: string;
  onClose: () => void;
}

/**
 * A finding beside the list: what was found, whose it is to fix and by when, the rectification reports with their
 * verdicts; HR of the responsible unit files a report (`mayReport`), the round's inspectors close or return it
 * (`mayJudge`).
 */
export function FindingDrawer({ findingId, onClose }: Props) {
  return (
    <Drawer open={Boolean(findingId)} onClose={onClose} size={760} destroyOnHidden title={findingId && <FindingTitle findingId={findingId} />}>
      {findingId && <FindingContent findingId={findingId} />}
    </Drawer>
  );
}

function FindingTitle({ findingId }: { findingId: string }) {
  const { t } = useTranslation();
  const finding = useFinding(findingId);
  if (!finding.data) return t('inspection.finding.title');
  return (
    <Flex gap={8} align="center" wrap>
      <span>{t('inspection.finding.titleOf', { unit: finding.data.unitName, category: finding.data.category })}</span>
      <FindingStatusTag status={finding.data.status} />
      <OverdueTag finding={finding.data} />
    </Flex>
  );
}

function FindingContent({ findingId }: { findingId: string }) {
  const { t } = useTranslation();
  const finding = useFinding(findingId);
  if (finding.isPending) return <PageLoading />;
  if (finding.isError) return <ProblemAlert error={finding.error} onRetry={() => void finding.refetch()} />;
  const data = finding.data;
  const reports = data.reports ?? [];

  return (
    <Flex vertical gap={8}>
      <FindingFacts finding={data} />
      <Divider titlePlacement="start">{t('inspection.report.list')}</Divider>
      {reports.length === 0 ? (
        <Typography.Text type="secondary">{t('inspection.report.none')}</Typography.Text>
      ) : (
        <Flex vertical gap={8} role="list" aria-label={t('inspection.report.list')}>
          {reports.map((report) => (
            <ReportCard key={report.id} report={report} />
          ))}
        </Flex>
      )}
      {data.mayReport && (
        <>
          <Divider titlePlacement="start">{t('inspection.report.file')}</Divider>
          <RectificationForm finding={data} />
        </>
      )}
      {data.mayJudge && (
        <>
          <Divider titlePlacement="start">{t('inspection.judge.title')}</Divider>
          <JudgeForm finding={data} />
        </>
      )}
    </Flex>
  );
}

function FindingFacts({ finding }: { finding: Finding }) {
  const { t, i18n } = useTranslation();
  const field = (key: string) => t(`fields.finding.${key}`);
  return (
    <Descriptions
      bordered
      size="small"
      column={1}
      items={[
        { key: 'round', label: field('round'), children: <Link to={`/inspection/rounds/${finding.roundId}`}>{finding.roundTitle}</Link> },
        { key: 'unit', label: field('unitId'), children: finding.unitName },
        {
          key: 'cadres',
          label: field('cadreIds'),
          children: (finding.cadres ?? []).length === 0 ? '—' : (finding.cadres ?? []).map((cadre) => cadreLabel(cadre.name, cadre.employeeNumber)).join(t('inspection.listSeparator')),
        },
        { key: 'category', label: field('category'), children: finding.category },
        { key: 'severity', label: field('severity'), children: <SeverityTag severity={finding.severity} /> },
        { key: 'capability', label: field('capability'), children: finding.capability ? <Tag color="geekblue">{enumLabel(t, 'capability', finding.capability)}</Tag> : '—' },
        { key: 'description', label: field('description'), children: <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{finding.description}</Typography.Text> },
        { key: 'owner', label: field('rectificationOwner'), children: finding.rectificationOwner },
        {
          key: 'dueOn',
          label: field('dueOn'),
          children: (
            <Space>
              <Typography.Text type={finding.overdue ? 'danger' : undefined}>{finding.dueOn}</Typography.Text>
              <OverdueTag finding={finding} />
            </Space>
          ),
        },
        { key: 'recorded', label: field('recordedBy'), children: [finding.recordedBy, formatInstant(finding.recordedAt, i18n.language)].filter(Boolean).join(' · ') },
        ...(finding.status === 'CLOSED'
          ? [
              { key: 'conclusion', label: field('conclusion'), children: finding.conclusion },
              { key: 'closed', label: field('closedBy'), children: [finding.closedBy, formatInstant(finding.closedAt, i18n.language)].filter(Boolean).join(' · ') },
            ]
          : []),
      ]}
    />
  );
}

/** One rectification report: what was done, how, the evidence, and the inspectors' verdict once given. */
function ReportCard({ report }: { report: RectificationReport }) {
  const { t, i18n } = useTranslation();
  const field = (key: string) => t(`fields.report.${key}`);
  return (
    <Card size="small" role="listitem" title={t('inspection.report.filedBy', { by: report.filedBy, at: formatInstant(report.filedAt, i18n.language) })}
      extra={report.verdict && <Tag color={report.verdict === 'ACCEPTED' ? 'success' : 'warning'}>{enumLabel(t, 'reportVerdict', report.verdict)}</Tag>}
    >
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'summary', label: field('summary'), children: <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{report.summary}</Typography.Text> },
          { key: 'measures', label: field('measures'), children: <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{report.measures}</Typography.Text> },
          {
            key: 'evidence',
            label: field('evidence'),
            children: (
              <ul style={{ margin: 0, paddingInlineStart: 16 }}>
                {(report.evidence ?? []).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            ),
          },
          { key: 'completedOn', label: field('completedOn'), children: report.completedOn },
          ...(report.verdict
            ? [
                {
                  key: 'verdict',
                  label: field('verdictNote'),
                  children: [report.verdictNote, [report.judgedBy, formatInstant(report.judgedAt, i18n.language)].filter(Boolean).join(' · ')].filter(Boolean).join(' — '),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}

interface RectificationValues {
  summary: string;
  measures: string;
  evidence: string[];
  completedOn: Dayjs;
}

export const RECTIFICATION_FORM_FIELDS = ['summary', 'measures', 'evidence', 'completedOn'] as const;

/** 报送整改报告: what was done, the measures taken, the evidence (one item a line) and the day it was completed. */
function RectificationForm({ finding }: { finding: Finding }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<RectificationValues>();
  const report = useReportRectification(finding.id!);
  const showProblem = useFormProblem(form, RECTIFICATION_FORM_FIELDS);
  const field = (key: string) => t(`fields.report.${key}`);
  const required = { required: true, whitespace: true, message: t('form.required') };
  const today = dayjs(todayInBeijing());

  const submit = (values: RectificationValues) =>
    // Awaited rather than a callback: once reported the finding no longer shows this form.
    report
      .mutateAsync({ body: rectificationRequest({ ...values, completedOn: values.completedOn.format('YYYY-MM-DD') }), version: finding.version })
      .then(() => void message.success(t('inspection.report.filed')), showProblem);

  return (
    <Form<RectificationValues> form={form} layout="vertical" name="rectification" aria-label={t('inspection.report.file')} initialValues={{ evidence: [''], completedOn: today }} onFinish={submit}>
      <Form.Item name="summary" label={field('summary')} rules={[required]}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <Form.Item name="measures" label={field('measures')} rules={[required]}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <Form.Item label={field('evidence')} required extra={t('inspection.report.evidenceHint')}>
        <Form.List
          name="evidence"
          rules={[
            {
              validator: (_, lines?: string[]) =>
                (lines ?? []).some((line) => line?.trim()) ? Promise.resolve() : Promise.reject(new Error(t('inspection.report.evidenceRequired'))),
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <Flex vertical gap={8}>
              {fields.map((item, index) => (
                <Flex key={item.key} gap={8} align="center">
                  <Form.Item name={item.name} noStyle>
                    <Input maxLength={500} aria-label={t('inspection.report.evidenceItem', { index: index + 1 })} placeholder={t('inspection.report.evidencePlaceholder')} />
                  </Form.Item>
                  {fields.length > 1 && <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(item.name)} aria-label={t('inspection.report.removeEvidence')} />}
                </Flex>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add('')} style={{ alignSelf: 'flex-start' }}>
                {t('inspection.report.addEvidence')}
              </Button>
              <Form.ErrorList errors={errors} />
            </Flex>
          )}
        </Form.List>
      </Form.Item>
      <Form.Item name="completedOn" label={field('completedOn')} rules={[{ required: true, message: t('form.required') }]}>
        <DatePicker style={{ width: 200 }} disabledDate={(day) => day.isAfter(today, 'day')} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={report.isPending}>
        {t('inspection.report.submit')}
      </Button>
    </Form>
  );
}

/** 审核: accept the report and close the finding (销号) with a conclusion, or return it with a note. */
function JudgeForm({ finding }: { finding: Finding }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note: string }>();
  const judge = useJudgeFinding(finding.id!);

  const decide = async (verdict: 'close' | 'return') => {
    const { note } = await form.validateFields();
    const version = finding.version;
    await judge.mutateAsync(verdict === 'close' ? { verdict, conclusion: note.trim(), version } : { verdict, note: note.trim(), version }).then(
      () => void message.success(t(verdict === 'close' ? 'inspection.judge.closed' : 'inspection.judge.returned')),
      (error) => void message.error(problemMessage(error, t)),
    );
  };

  return (
    <Form form={form} layout="vertical" name="judgement" aria-label={t('inspection.judge.title')}>
      <Form.Item name="note" label={t('inspection.judge.note')} rules={[{ required: true, whitespace: true, message: t('inspection.judge.noteRequired') }]} extra={t('inspection.judge.hint')}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      <Space>
        <Button type="primary" icon={<CheckCircleOutlined />} loading={judge.isPending && judge.variables?.verdict === 'close'} onClick={() => void decide('close').catch(() => undefined)}>
          {t('inspection.judge.close')}
        </Button>
        <Button icon={<RollbackOutlined />} loading={judge.isPending && judge.variables?.verdict === 'return'} onClick={() => void decide('return').catch(() => undefined)}>
          {t('inspection.judge.return')}
        </Button>
      </Space>
    </Form>
  );
}
