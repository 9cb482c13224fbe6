import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Collapse, Descriptions, Empty, Flex, Form, Input, InputNumber, Radio, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  useConcludeSpotCheck,
  useDrawSpotCheck,
  useOpenPromotionCheck,
  useSpotCheckDraws,
  useSpotChecks,
} from '../../api/personalMattersQueries';
import type { MeasureType, SpotCheck, SpotCheckResult } from '../../api/types';
import { useAccess, useSignedIn } from '../../app/session';
import { CadreSelect } from '../../components/cadre/CadrePicker';
import { FormModal } from '../../components/FormModal';
import { ProblemAlert } from '../../components/ProblemAlert';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { useFormProblem } from '../../components/useFormProblem';
import { enumLabel, enumOptions, SPOT_CHECK_RESULTS } from '../../domain/enums';
import { formatInstant, yearInBeijing } from '../../domain/format';

/** The measures a result may bring (领导干部报告个人有关事项规定 article 18; the server decides, this only offers). */
const MEASURES_FOR: Record<SpotCheckResult, MeasureType[]> = {
  TRUTHFUL: [],
  OMISSION: ['CRITICISM_EDUCATION', 'ADMONISHMENT'],
  CONCEALMENT: ['ADMONISHMENT', 'PARTY_WARNING', 'WARNING', 'POST_ADJUSTMENT', 'DISMISSAL'],
};

/**
 * 随机抽查 and 核实: the year's draws as published (seed, ordered list, digest, the sample and how to recompute it),
 * and for inspectors, leaders and administrators the checks with their results; 提拔必查 for HR and inspectors.
 */
export function SpotChecks({ year }: { year: number }) {
  const { t, i18n } = useTranslation();
  const access = useAccess();
  const draws = useSpotCheckDraws({ year, size: 50 });
  const checks = useSpotChecks({ year, size: 100 }, access.canReadPersonalReports);
  const [drawing, setDrawing] = useState(false);
  const [promoting, setPromoting] = useState(false);
  const [concluding, setConcluding] = useState<SpotCheck>();

  return (
    <Card
      title={t('personalMatters.checks.title', { year })}
      extra={
        <Flex gap={8}>
          {access.canOpenPromotionChecks && <Button onClick={() => setPromoting(true)}>{t('personalMatters.checks.promotion')}</Button>}
          {access.canInspect && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawing(true)}>
              {t('personalMatters.draws.create')}
            </Button>
          )}
        </Flex>
      }
    >
      <Flex vertical gap={16}>
        {draws.isError && <ProblemAlert error={draws.error} onRetry={() => void draws.refetch()} />}
        {draws.data && draws.data.items.length === 0 && <Empty description={t('personalMatters.draws.empty')} />}
        {draws.data && draws.data.items.length > 0 && (
          <Collapse
            items={draws.data.items.map((d) => ({
              key: d.id,
              label: `${d.unitName} · ${t('personalMatters.draws.counts', { reporters: d.reporterCount, sample: d.sample.length })}`,
              extra: <Typography.Text type="secondary">{formatInstant(d.drawnAt, i18n.language)}</Typography.Text>,
              children: (
                <Flex vertical gap={8}>
                  <Descriptions size="small" column={1} bordered>
                    <Descriptions.Item label={t('personalMatters.draws.seed')}>
                      <Typography.Text code copyable>{d.seed}</Typography.Text>
                    </Descriptions.Item>
                    <Descriptions.Item label={t('personalMatters.draws.digest')}>
                      <Typography.Text code copyable>{d.listDigest}</Typography.Text>
                    </Descriptions.Item>
                    <Descriptions.Item label={t('personalMatters.draws.list')}>
                      <Typography.Paragraph copyable={{ text: d.reporters.join('\n') }} style={{ marginBottom: 0 }}>
                        {t('personalMatters.draws.listHint', { count: d.reporters.length })}
                      </Typography.Paragraph>
                    </Descriptions.Item>
                    <Descriptions.Item label={t('personalMatters.draws.sample')}>
                      {d.sample.map((s) => (
                        <Tag key={s.cadreId}>
                          {s.name} {s.employeeNumber}
                        </Tag>
                      ))}
                    </Descriptions.Item>
                    <Descriptions.Item label={t('personalMatters.draws.recipe')}>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {d.recipe}
                      </Typography.Text>
                    </Descriptions.Item>
                  </Descriptions>
                </Flex>
              ),
            }))}
          />
        )}
        {access.canReadPersonalReports && (
          <>
            <Typography.Title level={5}>{t('personalMatters.checks.list')}</Typography.Title>
            {checks.isError && <ProblemAlert error={checks.error} onRetry={() => void checks.refetch()} />}
            <Table<SpotCheck>
              rowKey="id"
              size="small"
              loading={checks.isFetching}
              dataSource={checks.data?.items ?? []}
              pagination={false}
              locale={{ emptyText: t('personalMatters.checks.empty') }}
              columns={[
                { title: t('fields.cadre.name'), key: 'name', render: (_, c) => `${c.name ?? ''} ${c.employeeNumber ?? ''}` },
                { title: t('fields.cadre.unitName'), dataIndex: 'unitName', key: 'unitName', ellipsis: true },
                { title: t('personalMatters.checks.reason'), dataIndex: 'reason', key: 'reason', render: (v: string) => enumLabel(t, 'spotCheckReason', v) },
                {
                  title: t('personalMatters.checks.result'),
                  key: 'result',
                  render: (_, c) =>
                    c.status === 'OPEN' ? (
                      <Tag color="blue">{enumLabel(t, 'spotCheckStatus', c.status)}</Tag>
                    ) : (
                      <Flex vertical>
                        <Tag color={c.result === 'TRUTHFUL' ? 'green' : 'red'}>{enumLabel(t, 'spotCheckResult', c.result)}</Tag>
                        {c.measureType && <Typography.Text type="secondary">{enumLabel(t, 'measureType', c.measureType)}</Typography.Text>}
                      </Flex>
                    ),
                },
                {
                  title: '',
                  key: 'actions',
                  width: 90,
                  render: (_, c) =>
                    access.canInspect && c.status === 'OPEN' && <Typography.Link onClick={() => setConcluding(c)}>{t('personalMatters.checks.conclude')}</Typography.Link>,
                },
              ]}
            />
          </>
        )}
      </Flex>
      {drawing && <DrawModal year={year} onClose={() => setDrawing(false)} />}
      {promoting && <PromotionModal onClose={() => setPromoting(false)} />}
      {concluding && <ConcludeModal check={concluding} onClose={() => setConcluding(undefined)} />}
    </Card>
  );
}

function DrawModal({ year, onClose }: { year: number; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { session } = useSignedIn();
  const [form] = Form.useForm<{ year: number; unitId: string; seed?: string }>();
  const draw = useDrawSpotCheck();
  const showProblem = useFormProblem(form, ['year', 'unitId', 'seed']);
  const required = { required: true, message: t('form.required') };
  return (
    <FormModal title={t('personalMatters.draws.create')} form={form} saving={draw.isPending} width={560} onClose={onClose}>
      <Typography.Paragraph type="secondary">{t('personalMatters.draws.hint')}</Typography.Paragraph>
      {draw.isError && <ProblemAlert error={draw.error} showFields={false} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ year, unitId: session.unitId }}
        onFinish={(values) =>
          draw.mutate(
            { year: values.year, unitId: values.unitId, seed: values.seed?.trim() || undefined },
            {
              onSuccess: (d) => {
                void message.success(t('personalMatters.draws.drawn', { count: d.sample.length }));
                onClose();
              },
              onError: showProblem,
            },
          )
        }
      >
        <Form.Item name="year" label={t('fields.personalMatters.year')} rules={[required]}>
          <InputNumber min={2000} max={yearInBeijing()} precision={0} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="unitId" label={t('personalMatters.draws.unit')} rules={[required]}>
          <UnitTreeSelect />
        </Form.Item>
        <Form.Item name="seed" label={t('personalMatters.draws.seed')} extra={t('personalMatters.draws.seedHint')}>
          <Input maxLength={128} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

function PromotionModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ cadreId: string }>();
  const open = useOpenPromotionCheck();
  const showProblem = useFormProblem(form, ['cadreId']);
  return (
    <FormModal title={t('personalMatters.checks.promotion')} form={form} saving={open.isPending} width={520} onClose={onClose}>
      <Typography.Paragraph type="secondary">{t('personalMatters.checks.promotionHint')}</Typography.Paragraph>
      {open.isError && <ProblemAlert error={open.error} showFields={false} />}
      <Form
        form={form}
        layout="vertical"
        onFinish={(values) =>
          open.mutate(values, {
            onSuccess: () => {
              void message.success(t('personalMatters.checks.opened'));
              onClose();
            },
            onError: showProblem,
          })
        }
      >
        <Form.Item name="cadreId" label={t('personalMatters.checks.candidate')} rules={[{ required: true, message: t('form.required') }]}>
          <CadreSelect placeholder={t('personalMatters.checks.candidatePlaceholder')} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}

function ConcludeModal({ check, onClose }: { check: SpotCheck; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ result: SpotCheckResult; measure?: MeasureType; note?: string }>();
  const conclude = useConcludeSpotCheck();
  const showProblem = useFormProblem(form, ['result', 'measure', 'note']);
  const result = Form.useWatch('result', form);
  return (
    <FormModal
      title={t('personalMatters.checks.concludeTitle', { name: check.name ?? '' })}
      form={form}
      saving={conclude.isPending}
      width={560}
      onClose={onClose}
    >
      {conclude.isError && <ProblemAlert error={conclude.error} showFields={false} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ result: 'TRUTHFUL' }}
        onValuesChange={(changed) => 'result' in changed && form.setFieldValue('measure', MEASURES_FOR[changed.result as SpotCheckResult][0])}
        onFinish={(values) =>
          conclude.mutate(
            { id: check.id, version: check.version, conclusion: { result: values.result, measure: values.measure, note: values.note || undefined } },
            {
              onSuccess: () => {
                void message.success(t('personalMatters.checks.concluded'));
                onClose();
              },
              onError: showProblem,
            },
          )
        }
      >
        <Form.Item name="result" label={t('personalMatters.checks.result')} rules={[{ required: true, message: t('form.required') }]}>
          <Radio.Group options={enumOptions(t, 'spotCheckResult', SPOT_CHECK_RESULTS)} optionType="button" />
        </Form.Item>
        {result && result !== 'TRUTHFUL' && (
          <Form.Item name="measure" label={t('personalMatters.checks.measure')} extra={t(`personalMatters.checks.measureHint.${result}`)} rules={[{ required: true, message: t('form.required') }]}>
            <Select options={MEASURES_FOR[result].map((m) => ({ value: m, label: enumLabel(t, 'measureType', m) }))} />
          </Form.Item>
        )}
        <Form.Item name="note" label={t('personalMatters.checks.note')}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
