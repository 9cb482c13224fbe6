import { Alert, App, Button, Col, DatePicker, Divider, Empty, Form, Input, Row, Select, Table, type TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useCheckIns, useRecordCheckIn } from '../../api/rotationQueries';
import type { CheckIn, CheckInMethod, Posting } from '../../api/types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useFormProblem } from '../../components/useFormProblem';
import { CHECK_IN_METHODS, enumLabel, enumOptions } from '../../domain/enums';
import { formatInstant, todayInBeijing } from '../../domain/format';
import { careState, mayRecordCheckIn } from '../../domain/rotation';

interface CheckInValues {
  heldOn: Dayjs;
  method: CheckInMethod;
  notes: string;
  concerns?: string;
}

export const CHECK_IN_FORM_FIELDS = ['heldOn', 'method', 'notes', 'concerns'] as const;

/** 人文关怀 during an active posting: when the next 谈心走访 is due (red once past), the ones held, and a new one. */
export function CheckIns({ posting }: { posting: Posting }) {
  const { t, i18n } = useTranslation();
  const checkIns = useCheckIns(posting.id!);
  const care = careState(posting);
  const field = (key: string) => t(`fields.checkIn.${key}`);

  const columns: TableColumnsType<CheckIn> = [
    { title: field('heldOn'), dataIndex: 'heldOn', key: 'heldOn', width: 120 },
    { title: field('method'), dataIndex: 'method', key: 'method', width: 100, render: (method) => enumLabel(t, 'checkInMethod', method) },
    { title: field('notes'), dataIndex: 'notes', key: 'notes' },
    { title: field('concerns'), dataIndex: 'concerns', key: 'concerns' },
    {
      title: field('recordedBy'),
      key: 'recordedBy',
      width: 220,
      render: (_, checkIn) => [checkIn.recordedBy, formatInstant(checkIn.recordedAt, i18n.language)].filter(Boolean).join(' · '),
    },
  ];

  return (
    <>
      {care === 'overdue' && (
        <Alert type="error" showIcon style={{ marginBottom: 16 }} title={t('rotation.care.overdue', { day: posting.nextCheckInDue })} description={t('rotation.care.overdueHint')} />
      )}
      {care === 'due' && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('rotation.care.due', { day: posting.nextCheckInDue })} />}
      {checkIns.isError && <ProblemAlert error={checkIns.error} onRetry={() => void checkIns.refetch()} />}
      <Table<CheckIn>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={checkIns.data ?? []}
        loading={checkIns.isPending}
        pagination={false}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('rotation.checkIns.empty')} /> }}
      />
      {mayRecordCheckIn(posting) && (
        <>
          <Divider titlePlacement="start">{t('rotation.checkIns.record')}</Divider>
          <CheckInForm posting={posting} />
        </>
      )}
    </>
  );
}

/** 记录谈心走访: the day (from the start to today), how, what was said and any concerns raised. */
function CheckInForm({ posting }: { posting: Posting }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CheckInValues>();
  const record = useRecordCheckIn(posting.id!);
  const showProblem = useFormProblem(form, CHECK_IN_FORM_FIELDS);
  const field = (key: string) => t(`fields.checkIn.${key}`);
  const required = { required: true, message: t('form.required') };
  const today = dayjs(todayInBeijing());

  const submit = (values: CheckInValues) =>
    record
      .mutateAsync({ heldOn: values.heldOn.format('YYYY-MM-DD'), method: values.method, notes: values.notes.trim(), concerns: values.concerns?.trim() || undefined })
      .then(() => {
        void message.success(t('rotation.checkIns.recorded'));
        form.resetFields();
      }, showProblem);

  return (
    <Form<CheckInValues> form={form} layout="vertical" name="checkIn" aria-label={t('rotation.checkIns.record')} initialValues={{ heldOn: today, method: 'VISIT' }} onFinish={submit}>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="heldOn" label={field('heldOn')} rules={[required]}>
            <DatePicker
              style={{ width: '100%' }}
              disabledDate={(day) => day.isAfter(today, 'day') || (posting.startedOn ? day.isBefore(dayjs(posting.startedOn), 'day') : false)}
            />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="method" label={field('method')} rules={[required]}>
            <Select options={enumOptions(t, 'checkInMethod', CHECK_IN_METHODS)} aria-label={field('method')} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="notes" label={field('notes')} rules={[{ ...required, whitespace: true }]}>
        <Input.TextArea rows={2} maxLength={4000} />
      </Form.Item>
      <Form.Item name="concerns" label={field('concerns')} extra={t('rotation.checkIns.concernsHint')}>
        <Input.TextArea rows={2} maxLength={4000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={record.isPending}>
        {t('rotation.checkIns.submit')}
      </Button>
    </Form>
  );
}
