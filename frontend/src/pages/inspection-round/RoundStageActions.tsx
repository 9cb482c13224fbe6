import { App, Button, DatePicker, Form, Popconfirm, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRoundCommand } from '../../api/inspectionQueries';
import type { InspectionRound, RoundCommand } from '../../api/types';
import { FormModal } from '../../components/FormModal';
import { problemMessage } from '../../components/problemText';
import { useFormProblem } from '../../components/useFormProblem';
import { enumLabel } from '../../domain/enums';
import { todayInBeijing } from '../../domain/format';

const COMMAND_ORDER: RoundCommand[] = ['START', 'FEEDBACK', 'RECTIFY', 'CLOSE'];

/**
 * The stage commands the service allows the user on this round (`allowedCommands`): 进驻, 反馈 (with its day),
 * 进入整改, 结束 (refused while a finding is not closed).
 */
export function RoundStageActions({ round }: { round: InspectionRound }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const command = useRoundCommand(round.id!);
  const [feedback, setFeedback] = useState(false);
  const allowed = COMMAND_ORDER.filter((one) => round.allowedCommands?.includes(one));
  if (allowed.length === 0) return null;

  const run = (one: RoundCommand) =>
    command.mutate(
      { command: one, version: round.version },
      {
        onSuccess: () => void message.success(t('inspection.stage.done', { command: enumLabel(t, 'roundCommand', one) })),
        onError: (error) => void message.error(problemMessage(error, t)),
      },
    );

  return (
    <Space wrap>
      {allowed.map((one) =>
        one === 'FEEDBACK' ? (
          <Button key={one} type="primary" onClick={() => setFeedback(true)}>
            {enumLabel(t, 'roundCommand', one)}
          </Button>
        ) : (
          <Popconfirm
            key={one}
            title={t(`inspection.stage.confirm.${one}`)}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            onConfirm={() => run(one)}
          >
            <Button type="primary" loading={command.isPending && command.variables?.command === one}>
              {enumLabel(t, 'roundCommand', one)}
            </Button>
          </Popconfirm>
        ),
      )}
      {feedback && <FeedbackModal round={round} onClose={() => setFeedback(false)} />}
    </Space>
  );
}

/** 反馈: the day the team gave its feedback (today unless told); the deadlines run from it. */
function FeedbackModal({ round, onClose }: { round: InspectionRound; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ feedbackOn: Dayjs }>();
  const command = useRoundCommand(round.id!);
  const showProblem = useFormProblem(form, ['feedbackOn']);
  const today = dayjs(todayInBeijing());
  const submit = ({ feedbackOn }: { feedbackOn: Dayjs }) =>
    command.mutate(
      { command: 'FEEDBACK', version: round.version, feedbackOn: feedbackOn.format('YYYY-MM-DD') },
      {
        onSuccess: () => {
          void message.success(t('inspection.stage.done', { command: enumLabel(t, 'roundCommand', 'FEEDBACK') }));
          onClose();
        },
        onError: showProblem,
      },
    );
  return (
    <FormModal title={t('inspection.stage.feedbackTitle')} form={form} saving={command.isPending} width={480} onClose={onClose}>
      <Form form={form} layout="vertical" name="feedback" initialValues={{ feedbackOn: today }} onFinish={submit}>
        <Form.Item name="feedbackOn" label={t('fields.round.feedbackOn')} rules={[{ required: true, message: t('form.required') }]} extra={t('inspection.stage.feedbackHint')}>
          <DatePicker
            style={{ width: '100%' }}
            disabledDate={(day) => day.isAfter(today, 'day') || (round.onSiteStart ? day.isBefore(dayjs(round.onSiteStart), 'day') : false)}
          />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
