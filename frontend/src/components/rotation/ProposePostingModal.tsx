import { Alert, App, Col, DatePicker, Flex, Form, Input, Row, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useAcceptProposal, usePostingEligibility, useProposePosting } from '../../api/rotationQueries';
import type { Posting, PostingProposal, PostingRequest, PostingType } from '../../api/types';
import { enumLabel, POSTING_TYPES } from '../../domain/enums';
import { cadreLabel, todayInBeijing } from '../../domain/format';
import { CadreSelect, type PickedCadre } from '../cadre/CadrePicker';
import { FormModal } from '../FormModal';
import { ProblemAlert } from '../ProblemAlert';
import { useFormProblem } from '../useFormProblem';
import { HostFields, HostKindField, toHostRequest, type HostValues } from './HostFields';
import { eligibilityReasonText } from '../../domain/eligibility';

export interface PostingFormValues extends HostValues {
  cadreId?: PickedCadre;
  type: PostingType;
  plannedStart: Dayjs;
  plannedEnd: Dayjs;
  purpose?: string;
}

/** Named as the request's fields, so the server's violations (not-eligible reasons on `cadreId`) land on them. */
export const POSTING_FORM_FIELDS = ['cadreId', 'type', 'hostUnitId', 'hostOrganisation', 'region', 'plannedStart', 'plannedEnd', 'purpose'] as const;

/** The cadre picked (or the proposal's), the type, the host as {@link toHostRequest} sends it, the period and the purpose. */
export function toPostingRequest(values: PostingFormValues, cadreId?: string): PostingRequest {
  return {
    cadreId: cadreId ?? values.cadreId?.value,
    type: values.type,
    ...toHostRequest(values),
    plannedStart: values.plannedStart.format('YYYY-MM-DD'),
    plannedEnd: values.plannedEnd.format('YYYY-MM-DD'),
    purpose: values.purpose?.trim() || undefined,
  };
}

/** Commonly from the first of next month for a year (the service accepts 6–36 months). */
export function defaultPeriod(today: string = todayInBeijing()): { plannedStart: Dayjs; plannedEnd: Dayjs } {
  const plannedStart = dayjs(today).add(1, 'month').startOf('month');
  return { plannedStart, plannedEnd: plannedStart.add(1, 'year') };
}

/** 不能提名: the reasons the service gives before anything is sent (a weak last grade, a measure in its period). */
function EligibilityWarning({ cadreId, name }: { cadreId?: string; name?: string }) {
  const { t } = useTranslation();
  const eligibility = usePostingEligibility(cadreId);
  if (!cadreId || !eligibility.data) return null;
  if (eligibility.data.eligible) {
    return <Alert type="success" showIcon style={{ marginBottom: 16 }} title={t('rotation.propose.eligible', { name: name ?? '' })} />;
  }
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 16 }}
      title={t('rotation.propose.notEligible', { name: name ?? '' })}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }} aria-label={t('rotation.propose.reasons')}>
          {(eligibility.data.reasons ?? []).map((reason, index) => (
            <li key={`${reason.code}-${index}`}>{eligibilityReasonText(t, reason)}</li>
          ))}
        </ul>
      }
    />
  );
}

interface Props {
  /** 据此提名: the proposal's cadre (fixed), its suggested types and host units. */
  proposal?: PostingProposal;
  onClose: () => void;
  onProposed: (posting: Posting) => void;
}

/**
 * 提名挂职: a cadre, the type, the host (a unit of the system, or an external organisation and its region), the
 * planned period and the purpose. Whether the cadre may be proposed is asked as soon as one is picked; the
 * service's refusal (422) is shown with its reasons and stays until the next attempt.
 */
export function ProposePostingModal({ proposal, onClose, onProposed }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<PostingFormValues>();
  const propose = useProposePosting();
  const accept = useAcceptProposal(proposal?.id ?? '');
  const mutation = proposal ? accept : propose;
  const showProblem = useFormProblem(form, POSTING_FORM_FIELDS);
  const picked = Form.useWatch('cadreId', form);
  const field = (key: string) => t(`fields.posting.${key}`);
  const required = { required: true, message: t('form.required') };
  const suggestedTypes = proposal?.postingTypes ?? [];
  const cadreId = proposal?.cadreId ?? picked?.value;
  const cadreName = proposal ? (proposal.name ?? undefined) : picked?.label.replace(/（.*$/, '');

  const submit = (values: PostingFormValues) => {
    const body = toPostingRequest(values, proposal?.cadreId);
    const settled = {
      onSuccess: (posting: Posting) => {
        void message.success(t('rotation.propose.done', { name: posting.name ?? '' }));
        onProposed(posting);
      },
      onError: showProblem,
    };
    // 据此提名 sends the proposal's version as read; a free proposal changes nothing that was read
    if (proposal) accept.mutate({ body, version: proposal.version }, settled);
    else propose.mutate(body, settled);
  };

  const typeOptions = [...suggestedTypes, ...POSTING_TYPES.filter((type) => !suggestedTypes.includes(type))].map((type) => ({
    value: type,
    label: suggestedTypes.includes(type) ? t('rotation.propose.suggestedType', { type: enumLabel(t, 'postingType', type) }) : enumLabel(t, 'postingType', type),
  }));

  return (
    <FormModal title={proposal ? t('rotation.proposals.accept') : t('rotation.propose.title')} form={form} saving={mutation.isPending} width={720} onClose={onClose}>
      {mutation.isError && (
        <div style={{ marginBottom: 16 }}>
          <ProblemAlert error={mutation.error} showFields={false} />
        </div>
      )}
      <Form<PostingFormValues>
        form={form}
        layout="vertical"
        name="posting"
        onFinish={submit}
        initialValues={{
          type: suggestedTypes[0] ?? 'TEMPORARY_POST',
          hostKind: 'unit',
          hostUnitId: proposal?.hosts?.[0]?.unitId,
          ...defaultPeriod(),
        }}
      >
        {proposal ? (
          <Form.Item label={field('cadre')}>
            <Flex gap={8} wrap align="baseline">
              <Typography.Text strong>{cadreLabel(proposal.name, proposal.employeeNumber)}</Typography.Text>
              <Typography.Text type="secondary">{proposal.unitName}</Typography.Text>
              <Typography.Text type="secondary">
                {t(proposal.origin === 'DEVELOPMENT_PLAN' ? 'rotation.proposals.plannedOf' : 'rotation.proposals.gapOf', {
                  capability: enumLabel(t, 'capability', proposal.capability),
                  score: proposal.score,
                  threshold: proposal.threshold,
                  dueOn: proposal.dueOn,
                })}
              </Typography.Text>
            </Flex>
          </Form.Item>
        ) : (
          <Form.Item name="cadreId" label={field('cadre')} rules={[required]}>
            <CadreSelect placeholder={t('rotation.propose.cadrePlaceholder')} ariaLabel={field('cadre')} />
          </Form.Item>
        )}
        <EligibilityWarning cadreId={cadreId} name={cadreName} />
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="type" label={field('type')} rules={[required]}>
              <Select options={typeOptions} aria-label={field('type')} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <HostKindField />
          </Col>
        </Row>
        <HostFields suggestedHosts={proposal?.hosts} />
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="plannedStart" label={field('plannedStart')} rules={[required]}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="plannedEnd"
              label={field('plannedEnd')}
              dependencies={['plannedStart']}
              extra={t('rotation.propose.periodHint')}
              rules={[
                required,
                ({ getFieldValue }) => ({
                  validator: (_, end?: Dayjs) => {
                    const start: Dayjs | undefined = getFieldValue('plannedStart');
                    return !end || !start || end.isAfter(start, 'day') ? Promise.resolve() : Promise.reject(new Error(t('rotation.propose.endBeforeStart')));
                  },
                }),
              ]}
            >
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="purpose" label={field('purpose')} extra={proposal ? t('rotation.proposals.purposeHint') : undefined}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
