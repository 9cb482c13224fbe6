import { App, Button, DatePicker, Flex, Form, Input, Radio, Select, Typography, type TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConcludeMeasure, useMeasureCatalogue, useRevokeMeasure } from '../../api/inspectionQueries';
import type { Measure, MeasurePage, MeasureType } from '../../api/types';
import { useAccess } from '../../app/session';
import { FormModal } from '../../components/FormModal';
import { InfluencePeriod, MeasureFormTag, MeasureStatusTag } from '../../components/inspection/InspectionTags';
import { cadreColumn } from '../../components/cadre/cadreColumn';
import { ServerTable } from '../../components/ServerTable';
import { useFormProblem } from '../../components/useFormProblem';
import type { TableSearch } from '../../components/useTableSearch';
import { enumLabel } from '../../domain/enums';
import { todayInBeijing } from '../../domain/format';
import type { MeasureSearch } from '../../domain/inspectionSearch';
import { catalogueOptions, CatalogueEffects, formOptions } from './ApplyMeasureModal';

interface Props {
  table: TableSearch<MeasureSearch>;
  page?: MeasurePage;
  loading: boolean;
  empty: string;
}

/** One server page of measures: whose, which form and type, when, the influence period, the status and why. */
export function MeasureTable({ table, page, loading, empty }: Props) {
  const { t } = useTranslation();
  const access = useAccess();
  const [revoking, setRevoking] = useState<Measure>();
  const [concluding, setConcluding] = useState<Measure>();
  const field = (key: string) => t(`fields.measure.${key}`);

  const columns: TableColumnsType<Measure> = [
    cadreColumn<Measure>(t('fields.cadre.name'), 130),
    { title: t('fields.cadre.unitName'), dataIndex: 'unitName', key: 'unitName', width: 170, ellipsis: true },
    { title: field('form'), dataIndex: 'form', key: 'form', width: 120, sorter: true, render: (form: number) => <MeasureFormTag form={form} /> },
    {
      title: field('type'),
      key: 'type',
      width: 130,
      render: (_, measure) => (
        <Flex vertical>
          <span>{enumLabel(t, 'measureType', measure.type)}</span>
          {measure.family !== measure.type && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {enumLabel(t, 'measureFamily', measure.family)}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    { title: field('appliedOn'), dataIndex: 'appliedOn', key: 'appliedOn', width: 120, sorter: true },
    { title: field('influenceUntil'), key: 'influenceUntil', width: 150, sorter: true, render: (_, measure) => <InfluencePeriod measure={measure} /> },
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
              {t(measure.status === 'CONCLUDED' ? 'inspection.measures.concludedOnDay' : 'inspection.measures.liftedOn', { day: measure.liftedOn })}
            </Typography.Text>
          )}
          {measure.status === 'CONCLUDED' && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {measure.outcome ? t('inspection.measures.outcomeWas', { outcome: enumLabel(t, 'measureType', measure.outcome) }) : t('inspection.measures.noPenalty')}
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
            width: 150,
            render: (_: unknown, measure: Measure) =>
              measure.status === 'IN_FORCE' ? (
                <Flex gap={4} wrap>
                  {measure.openEnded && (
                    <Button size="small" type="primary" onClick={() => setConcluding(measure)}>
                      {t('inspection.measures.conclude')}
                    </Button>
                  )}
                  <Button size="small" danger onClick={() => setRevoking(measure)}>
                    {t('inspection.measures.revoke')}
                  </Button>
                </Flex>
              ) : null,
          },
        ]
      : []),
  ];

  return (
    <>
      <ServerTable<Measure, MeasureSearch>
        columns={columns}
        table={table}
        page={page}
        loading={loading}
        showTotal={(total) => t('inspection.measures.total', { count: total })}
        empty={empty}
        scroll={{ x: 1400 }}
      />
      {revoking && <RevokeModal measure={revoking} onClose={() => setRevoking(undefined)} />}
      {concluding && <ConcludeModal measure={concluding} onClose={() => setConcluding(undefined)} />}
    </>
  );
}

interface ConclusionValues {
  concludedOn: Dayjs;
  outcome?: MeasureType;
  form?: number;
  reason: string;
}

/**
 * 作出结论: a case filed or a suspension for review ends with its outcome (none, or the penalty imposed, which becomes a
 * measure of its own); the years it was pending are graded afterwards under the outcome's effect (补定等次).
 */
function ConcludeModal({ measure, onClose }: { measure: Measure; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ConclusionValues>();
  const conclude = useConcludeMeasure();
  const catalogue = useMeasureCatalogue();
  const showProblem = useFormProblem(form, ['concludedOn', 'outcome', 'form', 'reason']);
  const outcome = Form.useWatch('outcome', form);
  const rows = (catalogue.data ?? []).filter((row) => !row.openEnded);
  const row = rows.find((one) => one.type === outcome);
  const today = dayjs(todayInBeijing());
  const submit = (values: ConclusionValues) =>
    conclude.mutate(
      {
        id: measure.id!,
        version: measure.version,
        body: { concludedOn: values.concludedOn.format('YYYY-MM-DD'), outcome: values.outcome, form: values.form, reason: values.reason.trim() },
      },
      {
        onSuccess: () => {
          void message.success(t('inspection.measures.concluded', { name: measure.name }));
          onClose();
        },
        onError: showProblem,
      },
    );
  return (
    <FormModal title={t('inspection.measures.concludeTitle', { name: measure.name, type: measure.typeName })} form={form} saving={conclude.isPending} width={620} onClose={onClose}>
      <Typography.Paragraph type="secondary">{t('inspection.measures.concludeHint')}</Typography.Paragraph>
      <Form<ConclusionValues>
        form={form}
        layout="vertical"
        name="conclude"
        onFinish={submit}
        initialValues={{ concludedOn: today }}
        onValuesChange={(changed: Partial<ConclusionValues>) => {
          if ('outcome' in changed) form.setFieldValue('form', rows.find((one) => one.type === changed.outcome)?.forms?.[0]);
        }}
      >
        <Form.Item name="concludedOn" label={t('inspection.measures.concludedOn')} rules={[{ required: true, message: t('form.required') }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={(day) => day.isAfter(today, 'day') || day.isBefore(dayjs(measure.appliedOn), 'day')} />
        </Form.Item>
        <Form.Item name="outcome" label={t('inspection.measures.outcome')} extra={row ? <CatalogueEffects row={row} /> : t('inspection.measures.noPenalty')}>
          <Select
            allowClear
            aria-label={t('inspection.measures.outcome')}
            placeholder={t('inspection.measures.noPenalty')}
            options={catalogueOptions(t, rows)}
          />
        </Form.Item>
        {(row?.forms?.length ?? 0) > 1 && (
          <Form.Item name="form" label={t('fields.measure.form')} rules={[{ required: true, message: t('form.required') }]}>
            <Radio.Group options={formOptions(t, row?.forms)} />
          </Form.Item>
        )}
        <Form.Item name="reason" label={t('inspection.measures.conclusionReason')} rules={[{ required: true, whitespace: true, message: t('form.required') }]}>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </FormModal>
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
      { id: measure.id!, version: measure.version, reason: reason.trim() },
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
