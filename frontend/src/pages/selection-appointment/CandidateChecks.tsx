import { App, Button, Flex, Form, Input, Radio, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnswerCheck } from '../../api/selectionQueries';
import type { Appointment, AppointmentCandidate, JointReviewCheck } from '../../api/types';
import { useAccess } from '../../app/session';
import { CheckAnswerTag } from '../../components/selection/SelectionTags';
import { enumLabel, JOINT_REVIEW_CHECKS } from '../../domain/enums';
import { cadreLabel, formatInstant } from '../../domain/format';
import { mayAnswerCheck } from '../../domain/selection';
import { StepModal, useStepProblem } from '../../components/selection/StepModal';

interface Answering {
  candidate: AppointmentCandidate;
  check: JointReviewCheck;
}

/**
 * 考察对象 and 凡提四必: each candidate with the investigation report and the four checks, each check with its answer,
 * who gave it and when, and what stands against the candidate for a negative one. While the joint review runs, each
 * office answers the checks it gives (答复): HR the personnel file, the inspectors the discipline organ's opinion and the
 * petitions, either the personal matters.
 */
export function CandidateChecks({ trail }: { trail: Appointment }) {
  const { t, i18n } = useTranslation();
  const access = useAccess();
  const [answering, setAnswering] = useState<Answering>();
  const reviewing = trail.stage === 'JOINT_REVIEW';
  const requested = trail.candidates.some((candidate) => candidate.checks.length > 0);

  const checkColumn = (check: JointReviewCheck) => ({
    title: enumLabel(t, 'jointReviewCheck', check),
    key: check,
    width: 190,
    render: (_: unknown, candidate: AppointmentCandidate) => {
      const one = candidate.checks.find((answer) => answer.check === check);
      if (!one) return <Typography.Text type="secondary">{t('selection.checks.notRequested')}</Typography.Text>;
      return (
        <Flex vertical gap={4} data-check={check}>
          <span>
            <CheckAnswerTag answer={one.answer} />
          </span>
          {one.note && <Typography.Text type={one.answer === 'NEGATIVE' ? 'danger' : undefined}>{one.note}</Typography.Text>}
          {one.answeredBy && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {one.answeredBy} · {formatInstant(one.answeredAt, i18n.language)}
            </Typography.Text>
          )}
          {reviewing && mayAnswerCheck(access, check) && (
            <span>
              <Button size="small" onClick={() => setAnswering({ candidate, check })} aria-label={t('selection.checks.answerOf', { check: enumLabel(t, 'jointReviewCheck', check), name: candidate.person.name })}>
                {one.answer === 'REQUESTED' ? t('selection.checks.answer') : t('selection.checks.change')}
              </Button>
            </span>
          )}
        </Flex>
      );
    },
  });

  const columns: TableColumnsType<AppointmentCandidate> = [
    {
      title: t('fields.appointment.candidate'),
      key: 'person',
      width: 200,
      fixed: 'left',
      render: (_, candidate) => (
        <Flex vertical gap={4}>
          <Typography.Text strong>{cadreLabel(candidate.person.name, candidate.person.employeeNumber)}</Typography.Text>
          {candidate.person.unitName && <Typography.Text type="secondary">{candidate.person.unitName}</Typography.Text>}
          {requested && <span>{candidate.cleared ? <Tag color="success">{t('selection.checks.cleared')}</Tag> : <Tag>{t('selection.checks.notCleared')}</Tag>}</span>}
        </Flex>
      ),
    },
    {
      title: t('fields.appointment.report'),
      key: 'report',
      width: 260,
      render: (_, candidate) =>
        candidate.report ? (
          <Typography.Paragraph ellipsis={{ rows: 3, expandable: true, symbol: t('selection.checks.more') }} style={{ margin: 0 }}>
            {candidate.report}
          </Typography.Paragraph>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    ...JOINT_REVIEW_CHECKS.map(checkColumn),
  ];

  return (
    <>
      <Table<AppointmentCandidate>
        rowKey={(candidate) => candidate.person.cadreId}
        size="small"
        columns={columns}
        dataSource={trail.candidates}
        pagination={false}
        scroll={{ x: 1240 }}
      />
      {answering && <AnswerModal trail={trail} answering={answering} onClose={() => setAnswering(undefined)} />}
    </>
  );
}

type AnswerValues = { answer: 'CLEAR' | 'NEGATIVE'; note?: string };

/** One check answered: 无问题, or 有问题 with what stands against the candidate (the service asks for it). */
function AnswerModal({ trail, answering, onClose }: { trail: Appointment; answering: Answering; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<AnswerValues>();
  const answer = useAnswerCheck(trail.id);
  const { refusal, onError } = useStepProblem(form, ['answer', 'note']);
  const negative = Form.useWatch('answer', form) === 'NEGATIVE';
  const { candidate, check } = answering;
  const current = candidate.checks.find((one) => one.check === check);
  const name = cadreLabel(candidate.person.name, candidate.person.employeeNumber);
  const submit = (values: AnswerValues) =>
    answer.mutate(
      { cadreId: candidate.person.cadreId, check, answer: values.answer, note: values.note?.trim() || undefined, version: trail.version },
      {
        onSuccess: () => {
          void message.success(t('selection.checks.answered', { check: enumLabel(t, 'jointReviewCheck', check), name: candidate.person.name }));
          onClose();
        },
        onError,
      },
    );
  return (
    <StepModal title={t('selection.checks.answerTitle', { check: enumLabel(t, 'jointReviewCheck', check), name })} form={form} saving={answer.isPending} onClose={onClose} refusal={refusal}>
      <Form<AnswerValues>
        form={form}
        layout="vertical"
        name="checkAnswer"
        onFinish={submit}
        initialValues={{ answer: current?.answer === 'NEGATIVE' ? 'NEGATIVE' : 'CLEAR', note: current?.note ?? undefined }}
      >
        <Form.Item name="answer" label={t('fields.appointment.answer')}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={[
              { value: 'CLEAR', label: enumLabel(t, 'checkAnswer', 'CLEAR') },
              { value: 'NEGATIVE', label: enumLabel(t, 'checkAnswer', 'NEGATIVE') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="note"
          label={negative ? t('selection.checks.negativeNote') : t('selection.checks.note')}
          rules={negative ? [{ required: true, whitespace: true, message: t('selection.checks.negativeNoteRequired') }] : []}
        >
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </StepModal>
  );
}
