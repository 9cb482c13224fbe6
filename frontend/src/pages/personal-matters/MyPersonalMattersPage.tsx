import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, DatePicker, Flex, Form, Row, Select, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFileAnnualReport, useMyPersonalReports, useReportChange } from '../../api/personalMattersQueries';
import type { PersonalChangeKind, PersonalReport } from '../../api/types';
import { FormModal } from '../../components/FormModal';
import { PageLoading } from '../../components/PageLoading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { enumLabel, enumOptions, PERSONAL_CHANGE_KINDS } from '../../domain/enums';
import { todayInBeijing } from '../../domain/format';
import { showContentProblem } from './contentErrors';
import { fromPersonalMatters, PersonalMattersFields, toPersonalMatters, type PersonalMattersValues } from './PersonalMattersForm';

/**
 * 我的个人有关事项: the cadre files this year's report by its due day (and corrects it until a spot-check takes it
 * up), reports a change within the days the rules give, and sees the reports before.
 */
export default function MyPersonalMattersPage() {
  const { t } = useTranslation();
  const mine = useMyPersonalReports();
  const [changing, setChanging] = useState(false);

  if (mine.isPending) return <PageLoading />;
  if (mine.isError) return <ProblemAlert error={mine.error} onRetry={() => void mine.refetch()} />;
  const { year, annualDue, annual, changeDays, earlier } = mine.data;

  return (
    <Flex vertical gap={16}>
      <AnnualReportCard year={year} due={annualDue} annual={annual ?? undefined} />
      <Card
        title={t('personalMatters.mine.changeTitle')}
        extra={
          <Button icon={<PlusOutlined />} onClick={() => setChanging(true)}>
            {t('personalMatters.mine.changeCreate')}
          </Button>
        }
      >
        <Typography.Paragraph type="secondary">{t('personalMatters.mine.changeHint', { days: changeDays })}</Typography.Paragraph>
        <Typography.Title level={5}>{t('personalMatters.mine.earlier')}</Typography.Title>
        <Table<PersonalReport>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={earlier}
          locale={{ emptyText: t('personalMatters.mine.earlierEmpty') }}
          columns={[
            { title: t('fields.personalMatters.year'), dataIndex: 'year', key: 'year', width: 80 },
            {
              title: t('fields.personalMatters.kind'),
              key: 'kind',
              render: (_, r) => (r.kind === 'CHANGE' ? `${enumLabel(t, 'personalChangeKind', r.changeKind)}（${r.changedOn}）` : enumLabel(t, 'personalReportKind', r.kind)),
            },
            { title: t('fields.personalMatters.dueOn'), dataIndex: 'dueOn', key: 'dueOn', width: 120 },
            {
              title: t('fields.personalMatters.filedOn'),
              key: 'filedOn',
              width: 160,
              render: (_, r) => (
                <span>
                  {r.filedOn} {r.late && <Tag color="orange">{t('personalMatters.mine.late')}</Tag>}
                </span>
              ),
            },
          ]}
        />
      </Card>
      {changing && <ChangeModal days={changeDays} base={annual ?? undefined} onClose={() => setChanging(false)} />}
    </Flex>
  );
}

function AnnualReportCard({ year, due, annual }: { year: number; due: string; annual?: PersonalReport }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<PersonalMattersValues>();
  const file = useFileAnnualReport(year);
  // an alert for what no field shows (a stale version, a report under check, a violation of no field)
  const [alert, setAlert] = useState(false);
  const locked = Boolean(annual?.underCheck);

  const submit = (values: PersonalMattersValues) => {
    setAlert(false);
    file.mutate(
      { content: toPersonalMatters(values), version: annual?.version },
      {
        onSuccess: () => void message.success(t('personalMatters.mine.saved')),
        onError: (error) => setAlert(showContentProblem(form, error).length > 0 || error.violations.length === 0),
      },
    );
  };

  return (
    <Card
      title={t('personalMatters.mine.title', { year })}
      extra={
        annual ? (
          <Typography.Text type={annual.late ? 'warning' : 'success'}>
            {t('personalMatters.mine.filed', { on: annual.filedOn })}
            {annual.late && ` · ${t('personalMatters.mine.late')}`}
          </Typography.Text>
        ) : (
          <Typography.Text type="warning">
            {t('personalMatters.mine.notFiled')} · {t('personalMatters.mine.due', { due })}
          </Typography.Text>
        )
      }
    >
      {locked && <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('personalMatters.mine.underCheck')} />}
      {file.isError && alert && (
        <div style={{ marginBottom: 16 }}>
          <ProblemAlert error={file.error} />
        </div>
      )}
      <Form<PersonalMattersValues>
        form={form}
        name="annualReport"
        layout="vertical"
        disabled={locked}
        initialValues={fromPersonalMatters(annual?.content)}
        onFinish={submit}
      >
        <PersonalMattersFields />
        <Button type="primary" htmlType="submit" loading={file.isPending} style={{ marginTop: 16 }} disabled={locked}>
          {t('personalMatters.mine.submit')}
        </Button>
      </Form>
    </Card>
  );
}

interface ChangeValues extends PersonalMattersValues {
  changeKind: PersonalChangeKind;
  changedOn: Dayjs;
}

/** 报告变化事项: what changed and when, with the report as it is now (this year's, to start from). */
function ChangeModal({ days, base, onClose }: { days: number; base?: PersonalReport; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ChangeValues>();
  const change = useReportChange();
  const today = dayjs(todayInBeijing());
  const required = { required: true, message: t('form.required') };

  const submit = ({ changeKind, changedOn, ...content }: ChangeValues) =>
    change.mutate(
      { changeKind, changedOn: changedOn.format('YYYY-MM-DD'), content: toPersonalMatters(content) },
      {
        onSuccess: () => {
          void message.success(t('personalMatters.mine.changeSaved'));
          onClose();
        },
        onError: (error) => void showContentProblem(form, error, ['changeKind', 'changedOn']),
      },
    );

  return (
    <FormModal title={t('personalMatters.mine.changeTitle')} form={form} saving={change.isPending} width={1000} onClose={onClose}>
      <Typography.Paragraph type="secondary">{t('personalMatters.mine.changeHint', { days })}</Typography.Paragraph>
      <Form<ChangeValues> form={form} name="changeReport" layout="vertical" initialValues={fromPersonalMatters(base?.content)} onFinish={submit}>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="changeKind" label={t('fields.personalMatters.changeKind')} rules={[required]}>
              <Select options={enumOptions(t, 'personalChangeKind', PERSONAL_CHANGE_KINDS)} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="changedOn" label={t('fields.personalMatters.changedOn')} rules={[required]}>
              <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(today, 'day')} />
            </Form.Item>
          </Col>
        </Row>
        <PersonalMattersFields />
      </Form>
    </FormModal>
  );
}
