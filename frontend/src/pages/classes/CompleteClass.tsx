import { CheckCircleOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCompleteClass } from '../../api/trainingQueries';
import type { Enrolment, TrainingClass } from '../../api/types';
import { problemMessage } from '../../components/problemText';
import { canComplete, completionCounts } from '../../domain/trainingClass';

interface Props {
  trainingClass: TrainingClass;
  roster: readonly Enrolment[];
  today: string;
}

/** 结业: closes the class once it has ended; the roster then shows who completed (合格) and who failed. */
export function CompleteClass({ trainingClass, roster, today }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const complete = useCompleteClass(trainingClass.id!);

  if (trainingClass.status === 'COMPLETED') {
    return <Typography.Text type="success">{t('classes.complete.result', completionCounts(roster))}</Typography.Text>;
  }
  if (trainingClass.status !== 'OPEN') return null;

  const ready = canComplete(trainingClass, today);
  const button = (
    <Button type="primary" icon={<CheckCircleOutlined />} disabled={!ready} loading={complete.isPending}>
      {t('classes.complete.button')}
    </Button>
  );
  if (!ready) return <Tooltip title={t('classes.complete.notYet', { date: trainingClass.endDate })}>{button}</Tooltip>;

  return (
    <Popconfirm
      title={t('classes.complete.confirm')}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      onConfirm={() =>
        complete.mutate(
          { body: {}, version: trainingClass.version },
          {
            onSuccess: (done) => void message.success(t('classes.complete.result', completionCounts(done))),
            onError: (error) => void message.error(problemMessage(error, t)),
          },
        )
      }
    >
      {button}
    </Popconfirm>
  );
}
