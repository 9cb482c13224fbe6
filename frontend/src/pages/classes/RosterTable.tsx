import { App, Button, Popconfirm, Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { useWithdraw } from '../../api/trainingQueries';
import type { Enrolment } from '../../api/types';
import { problemMessage } from '../../components/problemText';
import { EnrolmentStatusTag } from '../../components/training/StatusTags';
import { formatHours } from '../../domain/requirementProgress';

interface Props {
  classId: string;
  roster: readonly Enrolment[];
  loading: boolean;
  /** An open class: participants can still be withdrawn. */
  editable: boolean;
}

/** 学员名单: each participant's status (在册, 候补, 已结业, 不合格…), how they came, leave taken and result. */
export function RosterTable({ classId, roster, loading, editable }: Props) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const withdraw = useWithdraw(classId);
  const field = (key: string) => t(`classes.roster.${key}`);

  const columns: TableColumnsType<Enrolment> = [
    { title: t('fields.cadre.employeeNumber'), dataIndex: 'employeeNumber', key: 'employeeNumber', width: 130 },
    { title: t('fields.cadre.name'), dataIndex: 'cadreName', key: 'cadreName', width: 120 },
    { title: field('status'), dataIndex: 'status', key: 'status', width: 110, render: (status) => <EnrolmentStatusTag status={status} /> },
    {
      title: field('source'),
      dataIndex: 'designated',
      key: 'designated',
      width: 110,
      render: (designated: boolean) => <Tag color={designated ? 'purple' : 'default'}>{designated ? field('designated') : field('self')}</Tag>,
    },
    {
      title: field('leaveHours'),
      dataIndex: 'leaveHours',
      key: 'leaveHours',
      width: 110,
      align: 'right',
      render: (hours: number | undefined) => formatHours(hours, i18n.language),
    },
    { title: field('completedOn'), dataIndex: 'completedOn', key: 'completedOn', width: 120 },
    ...(editable
      ? [
          {
            title: field('actions'),
            key: 'actions',
            width: 100,
            render: (_: unknown, enrolment: Enrolment) =>
              (enrolment.status === 'ENROLLED' || enrolment.status === 'WAITLISTED') && (
                <Popconfirm
                  title={field('withdrawConfirm')}
                  description={enrolment.cadreName}
                  okText={t('common.confirm')}
                  cancelText={t('common.cancel')}
                  onConfirm={() =>
                    withdraw.mutate({ enrolmentId: enrolment.id!, version: enrolment.version }, { onError: (error) => void message.error(problemMessage(error, t)) })
                  }
                >
                  <Button type="link" danger size="small">
                    {field('withdraw')}
                  </Button>
                </Popconfirm>
              ),
          },
        ]
      : []),
  ];

  return (
    <Table<Enrolment>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={[...roster]}
      loading={loading}
      pagination={false}
      locale={{ emptyText: field('empty') }}
    />
  );
}
