import { App, Button, Flex, Form, Input, Table, Typography, type TableColumnsType, type TableProps } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useRevokeMeasure } from '../../api/inspectionQueries';
import type { Measure, MeasurePage } from '../../api/types';
import { useAccess } from '../../app/session';
import { FormModal } from '../../components/FormModal';
import { InfluencePeriod, MeasureFormTag, MeasureStatusTag } from '../../components/inspection/InspectionTags';
import { serverPagination, serverSorter, withTableChange } from '../../components/serverPagination';
import { useFormProblem } from '../../components/useFormProblem';
import { enumLabel } from '../../domain/enums';
import { formatMeasureSort, MEASURE_SORTS, type MeasureSearch } from '../../domain/inspectionSearch';
import { parseSortParam } from '../../domain/queryParams';

interface Props {
  search: MeasureSearch;
  page?: MeasurePage;
  loading: boolean;
  onChange: (search: MeasureSearch) => void;
  empty: ReactNode;
}

/** One server page of measures: whose, which form and type, when, the influence period, the status and why. */
export function MeasureTable({ search, page, loading, onChange, empty }: Props) {
  const { t } = useTranslation();
  const access = useAccess();
  const [revoking, setRevoking] = useState<Measure>();
  const sort = parseSortParam(MEASURE_SORTS, search.sort);
  const field = (key: string) => t(`fields.measure.${key}`);

  const columns: TableColumnsType<Measure> = [
    {
      title: t('fields.cadre.name'),
      dataIndex: 'name',
      key: 'name',
      width: 130,
      ...serverSorter(sort, 'name'),
      render: (name: string, measure) => (
        <Flex vertical>
          <span>{name}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {measure.employeeNumber}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: t('fields.cadre.unitName'), dataIndex: 'unitName', key: 'unitName', width: 170, ellipsis: true },
    { title: field('form'), dataIndex: 'form', key: 'form', width: 120, ...serverSorter(sort, 'form'), render: (form: number) => <MeasureFormTag form={form} /> },
    { title: field('type'), key: 'type', width: 100, render: (_, measure) => measure.typeName ?? enumLabel(t, 'measureType', measure.type) },
    { title: field('appliedOn'), dataIndex: 'appliedOn', key: 'appliedOn', width: 120, ...serverSorter(sort, 'appliedOn') },
    { title: field('influenceUntil'), key: 'influenceUntil', width: 150, ...serverSorter(sort, 'influenceUntil'), render: (_, measure) => <InfluencePeriod measure={measure} /> },
    {
      title: field('status'),
      key: 'status',
      width: 160,
      render: (_, measure) => (
        <Flex vertical gap={2}>
          <span>
            <MeasureStatusTag status={measure.status} />
          </span>
          {measure.liftedOn && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('inspection.measures.liftedOn', { day: measure.liftedOn })}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    { title: field('reason'), dataIndex: 'reason', key: 'reason', ellipsis: true },
    { title: field('decidedBy'), dataIndex: 'decidedBy', key: 'decidedBy', width: 110 },
    ...(access.canApplyMeasures
      ? [
          {
            title: t('rotation.actions.title'),
            key: 'actions',
            width: 90,
            render: (_: unknown, measure: Measure) =>
              measure.status === 'IN_FORCE' ? (
                <Button size="small" danger onClick={() => setRevoking(measure)}>
                  {t('inspection.measures.revoke')}
                </Button>
              ) : null,
          },
        ]
      : []),
  ];

  const handleChange: TableProps<Measure>['onChange'] = (pagination, _filters, sorter, extra) =>
    onChange(withTableChange(search, pagination, sorter, extra.action, formatMeasureSort));

  return (
    <>
      <Table<Measure>
        rowKey="id"
        columns={columns}
        dataSource={page?.items ?? []}
        loading={loading}
        onChange={handleChange}
        locale={{ emptyText: empty }}
        scroll={{ x: 1400 }}
        pagination={serverPagination(search, page?.total ?? 0, (total) => t('inspection.measures.total', { count: total }))}
      />
      {revoking && <RevokeModal measure={revoking} onClose={() => setRevoking(undefined)} />}
    </>
  );
}

/** 撤销: the measure never counted; the reason is kept. */
function RevokeModal({ measure, onClose }: { measure: Measure; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const revoke = useRevokeMeasure();
  const showProblem = useFormProblem(form, ['reason']);
  const submit = ({ reason }: { reason: string }) =>
    revoke.mutate(
      { id: measure.id!, reason: reason.trim() },
      {
        onSuccess: () => {
          void message.success(t('inspection.measures.revoked', { name: measure.name }));
          onClose();
        },
        onError: showProblem,
      },
    );
  return (
    <FormModal title={t('inspection.measures.revokeTitle', { name: measure.name, type: measure.typeName })} form={form} saving={revoke.isPending} width={520} onClose={onClose}>
      <Typography.Paragraph type="secondary">{t('inspection.measures.revokeHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" name="revoke" onFinish={submit}>
        <Form.Item name="reason" label={t('inspection.measures.revokeReason')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
