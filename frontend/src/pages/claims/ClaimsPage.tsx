import { App, Button, Card, Flex, Form, Input, Segmented, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClaims, useDecideClaim } from '../../api/trainingQueries';
import type { HoursClaim } from '../../api/types';
import { useAccess } from '../../app/session';
import { FormModal } from '../../components/FormModal';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ServerTable } from '../../components/ServerTable';
import { ClaimStatusTag } from '../../components/training/ClaimStatusTag';
import { useFormProblem } from '../../components/useFormProblem';
import { useTableSearch } from '../../components/useTableSearch';
import { CLAIM_STATUSES, enumLabel } from '../../domain/enums';
import { formatInstant } from '../../domain/format';
import { parseAsOneOf } from '../../domain/queryParams';
import { formatHours } from '../../domain/requirementProgress';

/** The claims of one status, those still to decide unless the URL asks for others. */
const CLAIM_FILTERS = { status: parseAsOneOf(CLAIM_STATUSES).withDefault('PENDING') };

/**
 * 学时认定: the hours cadres of the scope reported with their evidence, pending first; HR accepts them (they count
 * from then on) or rejects them with the reason. Status and page sit in the URL.
 */
export default function ClaimsPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const access = useAccess();
  const table = useTableSearch(CLAIM_FILTERS);
  const { status, page, size } = table.search;
  const claims = useClaims({ status, page, size });
  const decide = useDecideClaim();
  const [rejecting, setRejecting] = useState<HoursClaim>();
  const field = (key: string) => t(`claims.field.${key}`);

  const accept = (claim: HoursClaim) =>
    decide.mutate(
      { id: claim.id!, version: claim.version, accept: true },
      {
        onSuccess: () => void message.success(t('claims.accepted', { name: claim.name })),
        onError: (error) => void message.error(error.message),
      },
    );

  const columns: TableColumnsType<HoursClaim> = [
    {
      title: t('fields.cadre.name'),
      key: 'name',
      width: 140,
      render: (_, claim) => (
        <Flex vertical>
          <span>{claim.name}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {claim.employeeNumber} · {claim.unitName}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: field('title'), dataIndex: 'title', key: 'title', ellipsis: true },
    { title: field('completedOn'), dataIndex: 'completedOn', key: 'completedOn', width: 110 },
    { title: field('hours'), dataIndex: 'hours', key: 'hours', width: 80, align: 'right', render: (hours: number) => formatHours(hours, i18n.language) },
    { title: field('evidence'), dataIndex: 'evidence', key: 'evidence', ellipsis: true },
    { title: field('submittedAt'), dataIndex: 'submittedAt', key: 'submittedAt', width: 160, render: (at: string) => formatInstant(at, i18n.language) },
    { title: field('status'), dataIndex: 'status', key: 'status', width: 100, render: (value) => <ClaimStatusTag status={value} /> },
    ...(status !== 'PENDING' ? [{ title: field('decisionNote'), dataIndex: 'decisionNote', key: 'decisionNote', ellipsis: true }] : []),
    ...(access.canDecideClaims && status === 'PENDING'
      ? [
          {
            title: t('claims.actions'),
            key: 'actions',
            width: 170,
            render: (_: unknown, claim: HoursClaim) => (
              <Flex gap={4}>
                <Button size="small" type="primary" loading={decide.isPending && decide.variables?.id === claim.id} onClick={() => accept(claim)}>
                  {t('claims.accept')}
                </Button>
                <Button size="small" danger onClick={() => setRejecting(claim)}>
                  {t('claims.reject')}
                </Button>
              </Flex>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card title={t('claims.title')}>
      <Flex vertical gap={16}>
        <Segmented
          value={status}
          onChange={(value) => table.filter({ status: value })}
          options={CLAIM_STATUSES.map((one) => ({ value: one, label: enumLabel(t, 'claimStatus', one) }))}
        />
        {claims.isError && <ProblemAlert error={claims.error} onRetry={() => void claims.refetch()} />}
        <ServerTable<HoursClaim, typeof table.search>
          columns={columns}
          table={table}
          page={claims.data}
          loading={claims.isFetching}
          showTotal={(total) => t('claims.total', { count: total })}
          empty={status === 'PENDING' ? t('claims.emptyPending') : t('claims.empty')}
          scroll={{ x: 1100 }}
        />
      </Flex>
      {rejecting && <RejectModal claim={rejecting} onClose={() => setRejecting(undefined)} />}
    </Card>
  );
}

function RejectModal({ claim, onClose }: { claim: HoursClaim; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const decide = useDecideClaim();
  const showProblem = useFormProblem(form, ['reason']);
  const submit = ({ reason }: { reason: string }) =>
    decide.mutate(
      { id: claim.id!, version: claim.version, accept: false, reason: reason.trim() },
      {
        onSuccess: () => {
          void message.success(t('claims.rejected', { name: claim.name }));
          onClose();
        },
        onError: showProblem,
      },
    );
  return (
    <FormModal title={t('claims.rejectTitle', { name: claim.name, title: claim.title })} form={form} saving={decide.isPending} width={520} onClose={onClose}>
      <Form form={form} layout="vertical" name="rejectClaim" onFinish={submit}>
        <Form.Item name="reason" label={t('claims.rejectReason')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
          <Input.TextArea rows={3} maxLength={1000} showCount />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
