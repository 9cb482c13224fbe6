import { App, Col, Form, Input, Radio, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlanRound } from '../../api/inspectionQueries';
import { useUnits } from '../../api/queries';
import type { AuditType, InspectionRound, RoundKind, RoundRequest } from '../../api/types';
import { useSignedIn } from '../../app/session';
import { CadreSelect, type PickedCadre } from '../../components/cadre/CadrePicker';
import { DateItem } from '../../components/DateItem';
import { FormModal } from '../../components/FormModal';
import { PageLoading } from '../../components/PageLoading';
import { useFormProblem } from '../../components/useFormProblem';
import { AUDIT_TYPES, enumOptions, ROUND_KINDS } from '../../domain/enums';
import { roundOwners, roundTargets } from '../../domain/inspection';

interface RoundValues {
  kind: RoundKind;
  ownerUnitId: string;
  title: string;
  teamLeader: string;
  teamMembers?: string[];
  /** 巡视 and 巡察 only: an audit's one target is the audited leader's unit, which the service sets. */
  targetUnitIds?: string[];
  onSiteStart: Dayjs;
  onSiteEnd: Dayjs;
  feedbackDate: Dayjs;
  /** 经济责任审计 only: 离任 or 任中, the leader audited and the period of office audited. */
  auditType?: AuditType;
  auditeeCadreId?: PickedCadre;
  auditFrom?: Dayjs;
  auditTo?: Dayjs;
}

export const ROUND_FORM_FIELDS = [
  'kind',
  'ownerUnitId',
  'title',
  'teamLeader',
  'teamMembers',
  'targetUnitIds',
  'onSiteStart',
  'onSiteEnd',
  'feedbackDate',
  'auditType',
  'auditeeCadreId',
  'auditFrom',
  'auditTo',
] as const;

const day = (value: Dayjs | undefined) => value?.format('YYYY-MM-DD');

/** The request: the units inspected for a 巡视 or 巡察; for an audit its type, the leader and the period, and no targets. */
export function toRoundRequest(values: RoundValues): RoundRequest {
  const common = {
    kind: values.kind,
    ownerUnitId: values.ownerUnitId,
    title: values.title.trim(),
    teamLeader: values.teamLeader.trim(),
    teamMembers: (values.teamMembers ?? []).map((member) => member.trim()).filter(Boolean),
  };
  const dates = {
    onSiteStart: values.onSiteStart.format('YYYY-MM-DD'),
    onSiteEnd: values.onSiteEnd.format('YYYY-MM-DD'),
    feedbackDate: values.feedbackDate.format('YYYY-MM-DD'),
  };
  if (values.kind === 'AUDIT') {
    return {
      ...common,
      ...dates,
      auditType: values.auditType,
      auditeeCadreId: values.auditeeCadreId?.value,
      auditFrom: day(values.auditFrom),
      auditTo: day(values.auditTo),
    };
  }
  return { ...common, targetUnitIds: values.targetUnitIds ?? [], ...dates };
}

/** A later date than the field named, or the message. */
const notBefore = (other: string, message: string) => ({ getFieldValue }: { getFieldValue: (name: string) => unknown }) => ({
  validator: (_: unknown, value?: Dayjs) => {
    const before = getFieldValue(other) as Dayjs | undefined;
    return !value || !before || !value.isBefore(before, 'day') ? Promise.resolve() : Promise.reject(new Error(message));
  },
});

/**
 * 安排轮次: 巡视 (the bureau, of its provincial administrations), 巡察 (a province, of its municipal ones) or 经济责任审计
 * (the bureau or a province, of a leader in a unit below it: 离任 or 任中, and the period of office audited; the unit
 * audited is the leader's, set by the service), the team, the units inspected, the on-site period and the feedback date.
 */
export function PlanRoundModal({ onClose, onPlanned }: { onClose: () => void; onPlanned: (round: InspectionRound) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { session } = useSignedIn();
  const units = useUnits();
  const [form] = Form.useForm<RoundValues>();
  const plan = usePlanRound();
  const showProblem = useFormProblem(form, ROUND_FORM_FIELDS);
  const kind = Form.useWatch('kind', form) ?? 'INSPECTION';
  const audit = kind === 'AUDIT';
  const ownerUnitId = Form.useWatch('ownerUnitId', form);
  const owners = useMemo(() => roundOwners(units.data ?? [], kind), [units.data, kind]);
  const targets = useMemo(() => roundTargets(units.data ?? [], ownerUnitId, kind), [units.data, ownerUnitId, kind]);
  const field = (key: string) => t(`fields.round.${key}`);
  const required = { required: true, message: t('form.required') };
  const ownerLabel = audit ? field('auditOwner') : field('ownerUnitId');

  const pickKind = (next: RoundKind) => {
    const nextOwners = roundOwners(units.data ?? [], next);
    const own = nextOwners.find((unit) => unit.id === session.unitId);
    form.setFieldsValue({ ownerUnitId: (own ?? nextOwners[0])?.id, targetUnitIds: [], auditeeCadreId: undefined });
  };

  const submit = (values: RoundValues) =>
    plan.mutate(toRoundRequest(values), {
      onSuccess: (round) => {
        void message.success(t('inspection.rounds.planned', { title: round.title }));
        onPlanned(round);
      },
      onError: showProblem,
    });

  const initialOwner = roundOwners(units.data ?? [], 'INSPECTION').find((unit) => unit.id === session.unitId)?.id ?? roundOwners(units.data ?? [], 'INSPECTION')[0]?.id;

  return (
    <FormModal title={t('inspection.rounds.create')} form={form} saving={plan.isPending} width={760} onClose={onClose}>
      {units.isPending ? (
        <PageLoading />
      ) : (
        <Form<RoundValues>
          form={form}
          layout="vertical"
          name="round"
          onFinish={submit}
          initialValues={{ kind: 'INSPECTION', ownerUnitId: initialOwner, teamMembers: [], targetUnitIds: [] }}
        >
          <Row gutter={16}>
            <Col span={12}>
              <Form.Item name="kind" label={field('kind')} rules={[required]}>
                <Radio.Group optionType="button" buttonStyle="solid" options={enumOptions(t, 'roundKind', ROUND_KINDS)} onChange={(event) => pickKind(event.target.value)} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="ownerUnitId" label={ownerLabel} rules={[required]} extra={t(`inspection.rounds.ownerHint.${kind}`)}>
                <Select
                  showSearch={{ optionFilterProp: 'label' }}
                  loading={units.isPending}
                  options={owners.map((unit) => ({ value: unit.id!, label: unit.name }))}
                  onChange={() => form.setFieldsValue({ targetUnitIds: [], auditeeCadreId: undefined })}
                  aria-label={ownerLabel}
                />
              </Form.Item>
            </Col>
          </Row>
          {audit ? (
            <>
              <Row gutter={16}>
                <Col span={10}>
                  <Form.Item name="auditType" label={field('auditType')} rules={[required]}>
                    <Radio.Group optionType="button" buttonStyle="solid" options={enumOptions(t, 'auditType', AUDIT_TYPES)} />
                  </Form.Item>
                </Col>
                <Col span={14}>
                  <Form.Item name="auditeeCadreId" label={field('auditeeCadreId')} rules={[required]} extra={t('inspection.rounds.auditeeHint')}>
                    <CadreSelect unitId={ownerUnitId} placeholder={t('inspection.rounds.auditeePlaceholder')} ariaLabel={field('auditeeCadreId')} />
                  </Form.Item>
                </Col>
              </Row>
              <Row gutter={16}>
                <Col span={12}>
                  <DateItem name="auditFrom" label={field('auditFrom')} rules={[required]} />
                </Col>
                <Col span={12}>
                  <DateItem name="auditTo" label={field('auditTo')} dependencies={['auditFrom']} rules={[required, notBefore('auditFrom', t('inspection.rounds.auditToBeforeFrom'))]} />
                </Col>
              </Row>
            </>
          ) : (
            <Form.Item name="targetUnitIds" label={field('targetUnitIds')} rules={[{ required: true, type: 'array', min: 1, message: t('inspection.rounds.targetsRequired') }]}>
              <Select
                mode="multiple"
                showSearch={{ optionFilterProp: 'label' }}
                options={targets.map((unit) => ({ value: unit.id!, label: unit.name }))}
                placeholder={t('inspection.rounds.targetsPlaceholder')}
                aria-label={field('targetUnitIds')}
              />
            </Form.Item>
          )}
          <Form.Item name="title" label={field('title')} rules={[{ ...required, whitespace: true }]}>
            <Input maxLength={200} placeholder={t(audit ? 'inspection.rounds.auditTitlePlaceholder' : 'inspection.rounds.titlePlaceholder')} />
          </Form.Item>
          <Row gutter={16}>
            <Col span={10}>
              <Form.Item name="teamLeader" label={field('teamLeader')} rules={[{ ...required, whitespace: true }]}>
                <Input maxLength={100} />
              </Form.Item>
            </Col>
            <Col span={14}>
              <Form.Item name="teamMembers" label={field('teamMembers')} extra={t('inspection.rounds.membersHint')}>
                <Select mode="tags" open={false} tokenSeparators={[',', '，', '、']} aria-label={field('teamMembers')} />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col span={8}>
              <DateItem name="onSiteStart" label={field('onSiteStart')} rules={[required]} />
            </Col>
            <Col span={8}>
              <DateItem name="onSiteEnd" label={field('onSiteEnd')} dependencies={['onSiteStart']} rules={[required, notBefore('onSiteStart', t('inspection.rounds.endBeforeStart'))]} />
            </Col>
            <Col span={8}>
              <DateItem name="feedbackDate" label={field('feedbackDate')} dependencies={['onSiteEnd']} rules={[required, notBefore('onSiteEnd', t('inspection.rounds.feedbackBeforeEnd'))]} />
            </Col>
          </Row>
        </Form>
      )}
    </FormModal>
  );
}
