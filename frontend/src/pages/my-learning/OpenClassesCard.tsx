import { App, Button, Card, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useClasses, useEnrol } from '../../api/trainingQueries';
import type { MyClass, TrainingClass } from '../../api/types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { problemMessage } from '../../components/problemText';
import { classTermColumns } from '../../components/training/classColumns';
import { OPEN_CLASSES_QUERY } from '../../domain/classSearch';
import { todayInBeijing } from '../../domain/format';
import { enrollableClasses, SELF_ENROLMENT } from '../../domain/trainingClass';

/** Classes open to enrolment that I am not on yet; a full class puts me on the waitlist. */
export function OpenClassesCard({ mine }: { mine: readonly MyClass[] }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const classes = useClasses(OPEN_CLASSES_QUERY);
  const enrol = useEnrol();
  const open = enrollableClasses(classes.data?.items ?? [], mine, todayInBeijing());

  const join = (trainingClass: TrainingClass) =>
    enrol.mutate(
      { classId: trainingClass.id!, body: SELF_ENROLMENT },
      {
        onSuccess: ([placed]) =>
          void message.success(
            t(placed?.status === 'WAITLISTED' ? 'myLearning.waitlisted' : 'myLearning.enrolled', { title: trainingClass.title }),
          ),
        onError: (error) => void message.error(problemMessage(error, t)),
      },
    );

  const columns: TableColumnsType<TrainingClass> = [
    { title: t('fields.trainingClass.title'), dataIndex: 'title', key: 'title' },
    ...classTermColumns(t, i18n.language),
    { title: t('fields.trainingClass.venue'), dataIndex: 'venue', key: 'venue', width: 160, ellipsis: true },
    {
      title: t('classes.roster.actions'),
      key: 'enrol',
      width: 100,
      render: (_, row) => (
        <Button size="small" type="primary" loading={enrol.isPending && enrol.variables?.classId === row.id} onClick={() => join(row)}>
          {t('myLearning.enrol')}
        </Button>
      ),
    },
  ];

  return (
    <Card title={t('myLearning.open')}>
      {classes.isError ? (
        <ProblemAlert error={classes.error} onRetry={() => void classes.refetch()} />
      ) : (
        <Table<TrainingClass>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={open}
          loading={classes.isFetching}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          scroll={{ x: 800 }}
          locale={{ emptyText: t('myLearning.openEmpty') }}
        />
      )}
    </Card>
  );
}
