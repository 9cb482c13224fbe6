import { App, Button, Col, DatePicker, Drawer, Flex, Form, Input, Radio, Row, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAssignDevelopment, useDevelopmentPlan, useWithdrawDevelopment } from '../../api/selectionQueries';
import type { Capability, DevelopmentKind, DevelopmentTask, PoolMember } from '../../api/types';
import { useAccess } from '../../app/session';
import { ProblemAlert } from '../../components/ProblemAlert';
import { StepModal, useStepProblem } from '../../components/selection/StepModal';
import { useFormProblem } from '../../components/useFormProblem';
import { CAPABILITIES, DEVELOPMENT_KINDS, enumLabel, enumOptions } from '../../domain/enums';
import { cadreLabel, formatInstant, todayInBeijing } from '../../domain/format';

/** How far ahead a task may be due (the service's limit). */
const YEARS_AHEAD = 5;
const PAGE_SIZE = 10;

/**
 * 培养计划 of one pool member: the tasks with their due day and progress (done on the day training in the capability
 * was completed or a posting started, overdue once the day passed), set and withdrawn by HR while the member is in the
 * pool; leaders and inspectors read it.
 */
export function DevelopmentPlanDrawer({ poolId, member, onClose }: { poolId: string; member: PoolMember; onClose: () => void }) {
  const { t } = useTranslation();
  const access = useAccess();
  const [page, setPage] = useState(0);
  const plan = useDevelopmentPlan(poolId, member.id, { page, size: PAGE_SIZE });
  const [withdrawing, setWithdrawing] = useState<DevelopmentTask>();
  const name = cadreLabel(member.person.name, member.person.employeeNumber);
  const keeps = access.canRunSelection && member.status === 'ADMITTED';
  const columns = useTaskColumns(keeps, setWithdrawing);

  return (
    <Drawer open onClose={onClose} size={860} destroyOnHidden title={t('selection.development.planOf', { name })}>
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('selection.development.intro')}
        </Typography.Paragraph>
        {keeps && <AssignForm poolId={poolId} member={member} name={name} />}
        {plan.isError && <ProblemAlert error={plan.error} onRetry={() => void plan.refetch()} />}
        <Table<DevelopmentTask>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={plan.data?.items}
          loading={plan.isFetching}
          locale={{ emptyText: t('selection.development.empty') }}
          pagination={{
            current: page + 1,
            pageSize: PAGE_SIZE,
            total: plan.data?.total ?? 0,
            hideOnSinglePage: true,
            showTotal: (total) => t('selection.development.total', { count: total }),
            onChange: (next) => setPage(next - 1),
          }}
          scroll={{ x: 760 }}
        />
      </Flex>
      {withdrawing && <WithdrawModal poolId={poolId} memberId={member.id} task={withdrawing} onClose={() => setWithdrawing(undefined)} />}
    </Drawer>
  );
}

function useTaskColumns(keeps: boolean, withdraw: (task: DevelopmentTask) => void): TableColumnsType<DevelopmentTask> {
  const { t, i18n } = useTranslation();
  const field = (key: string) => t(`fields.developmentTask.${key}`);
  return [
    {
      title: field('capability'),
      key: 'capability',
      width: 190,
      render: (_, task) => (
        <Flex gap={4} wrap>
          <Tag color={task.kind === 'TRAINING' ? 'blue' : 'purple'}>{enumLabel(t, 'developmentKind', task.kind)}</Tag>
          <span>{enumLabel(t, 'capability', task.capability)}</span>
        </Flex>
      ),
    },
    { title: field('dueOn'), dataIndex: 'dueOn', key: 'dueOn', width: 110 },
    { title: field('progress'), key: 'progress', width: 200, render: (_, task) => <Progress task={task} /> },
    {
      title: field('note'),
      key: 'note',
      render: (_, task) => (
        <Flex vertical>
          {task.note && <span style={{ whiteSpace: 'pre-wrap' }}>{task.note}</span>}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {task.assignedBy} · {formatInstant(task.assignedAt, i18n.language)}
          </Typography.Text>
        </Flex>
      ),
    },
    ...(keeps
      ? [
          {
            title: '',
            key: 'actions',
            width: 80,
            render: (_: unknown, task: DevelopmentTask) =>
              task.status === 'ASSIGNED' && (
                <Button size="small" danger onClick={() => withdraw(task)} aria-label={t('selection.development.withdrawOf', { capability: enumLabel(t, 'capability', task.capability) })}>
                  {t('selection.development.withdraw')}
                </Button>
              ),
          },
        ]
      : []),
  ];
}

/** Withdrawn (by whom, why), done (the day), overdue, or under way. */
function Progress({ task }: { task: DevelopmentTask }) {
  const { t } = useTranslation();
  if (task.status === 'WITHDRAWN') {
    return (
      <Flex vertical>
        <Tag style={{ width: 'fit-content' }}>{enumLabel(t, 'developmentTaskStatus', task.status)}</Tag>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('selection.development.withdrawnBy', { by: task.withdrawnBy, reason: task.withdrawalReason })}
        </Typography.Text>
      </Flex>
    );
  }
  if (task.fulfilledOn) return <Tag color="success">{t('selection.development.fulfilled', { day: task.fulfilledOn })}</Tag>;
  return task.overdue ? <Tag color="error">{t('selection.development.overdue')}</Tag> : <Tag color="processing">{t('selection.development.open')}</Tag>;
}

interface AssignValues {
  kind: DevelopmentKind;
  capability?: Capability;
  dueOn?: Dayjs;
  note?: string;
}

const ASSIGN_FIELDS = ['kind', 'capability', 'dueOn', 'note'] as const;

/** 安排培养任务: the kind, the capability, the day it is due by (after today, within five years), HR's aim. */
function AssignForm({ poolId, member, name }: { poolId: string; member: PoolMember; name: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<AssignValues>();
  const assign = useAssignDevelopment(poolId, member.id);
  const showProblem = useFormProblem(form, ASSIGN_FIELDS);
  const today = dayjs(todayInBeijing());
  const required = { required: true, message: t('form.required') };
  const field = (key: string) => t(`fields.developmentTask.${key}`);
  const submit = (values: AssignValues) =>
    assign.mutate(
      { kind: values.kind, capability: values.capability!, dueOn: values.dueOn!.format('YYYY-MM-DD'), note: values.note?.trim() || undefined },
      {
        onSuccess: () => {
          void message.success(t('selection.development.assigned', { name }));
          form.resetFields();
        },
        onError: showProblem,
      },
    );
  return (
    <Form<AssignValues> form={form} layout="vertical" name="development" onFinish={submit} initialValues={{ kind: 'TRAINING' }}>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item name="kind" label={field('kind')} rules={[required]}>
            <Radio.Group optionType="button" options={enumOptions(t, 'developmentKind', DEVELOPMENT_KINDS)} aria-label={field('kind')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="capability" label={field('capability')} rules={[required]}>
            <Select options={enumOptions(t, 'capability', CAPABILITIES)} aria-label={field('capability')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="dueOn" label={field('dueOn')} rules={[required]} extra={t('selection.development.dueHint')}>
            <DatePicker
              style={{ width: '100%' }}
              aria-label={field('dueOn')}
              disabledDate={(day) => !day.isAfter(today, 'day') || day.isAfter(today.add(YEARS_AHEAD, 'year'), 'day')}
            />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="note" label={field('note')} extra={t('selection.development.noteHint')}>
        <Input.TextArea rows={2} maxLength={2000} showCount aria-label={field('note')} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={assign.isPending}>
        {t('selection.development.assign')}
      </Button>
    </Form>
  );
}

/** 撤回, saying why, at the task's version read. */
function WithdrawModal({ poolId, memberId, task, onClose }: { poolId: string; memberId: string; task: DevelopmentTask; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const withdraw = useWithdrawDevelopment(poolId, memberId);
  const { refusal, onError } = useStepProblem(form, ['reason']);
  const submit = ({ reason }: { reason: string }) =>
    withdraw.mutate(
      { taskId: task.id, version: task.version, reason: reason.trim() },
      {
        onSuccess: () => {
          void message.success(t('selection.development.withdrawn'));
          onClose();
        },
        onError,
      },
    );
  const label = t('selection.development.reason');
  return (
    <StepModal title={t('selection.development.withdrawOf', { capability: enumLabel(t, 'capability', task.capability) })} form={form} saving={withdraw.isPending} onClose={onClose} refusal={refusal}>
      <Form form={form} layout="vertical" name="development-withdrawal" onFinish={submit}>
        <Form.Item name="reason" label={label} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
          <Input.TextArea rows={3} maxLength={2000} showCount aria-label={label} />
        </Form.Item>
      </Form>
    </StepModal>
  );
}
