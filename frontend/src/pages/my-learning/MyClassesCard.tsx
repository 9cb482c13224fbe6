import { Card, Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MyClass } from '../../api/types';
import { EnrolmentStatusTag } from '../../components/training/StatusTags';
import { formatHours } from '../../domain/requirementProgress';

/** The classes I am or was on, newest first, with how I came (点名调训 or 报名) and where I stand. */
export function MyClassesCard({ classes }: { classes: readonly MyClass[] }) {
  const { t, i18n } = useTranslation();
  const columns: TableColumnsType<MyClass> = [
    { title: t('fields.trainingClass.title'), key: 'title', render: (_, own) => own.trainingClass?.title },
    { title: t('fields.trainingClass.courseId'), key: 'course', ellipsis: true, render: (_, own) => own.trainingClass?.courseTitle },
    {
      title: t('fields.trainingClass.dates'),
      key: 'dates',
      width: 220,
      render: (_, own) => t('classes.dates', { start: own.trainingClass?.startDate, end: own.trainingClass?.endDate }),
    },
    {
      title: t('fields.trainingClass.creditHours'),
      key: 'hours',
      width: 80,
      align: 'right',
      render: (_, own) => formatHours(own.trainingClass?.creditHours, i18n.language),
    },
    {
      title: t('classes.roster.source'),
      dataIndex: 'designated',
      key: 'designated',
      width: 110,
      render: (designated: boolean) => (
        <Tag color={designated ? 'purple' : 'default'}>{designated ? t('classes.roster.designated') : t('classes.roster.self')}</Tag>
      ),
    },
    { title: t('classes.roster.status'), dataIndex: 'status', key: 'status', width: 110, render: (status) => <EnrolmentStatusTag status={status} /> },
  ];
  return (
    <Card title={t('myLearning.classes')}>
      <Table<MyClass>
        rowKey="enrolmentId"
        size="middle"
        columns={columns}
        dataSource={[...classes]}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: t('myLearning.classesEmpty') }}
      />
    </Card>
  );
}
