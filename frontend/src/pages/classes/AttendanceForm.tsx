import { App, Button, Checkbox, Empty, Flex, InputNumber, Select, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRecordAttendance } from '../../api/trainingQueries';
import type { Enrolment, TrainingClass } from '../../api/types';
import { problemMessage } from '../../components/problemText';
import { attendanceBody, attendanceRows, classDays, defaultAttendanceDay, type AttendanceRow } from '../../domain/trainingClass';

interface Props {
  trainingClass: TrainingClass;
  roster: readonly Enrolment[];
  today: string;
}

/**
 * 考勤登记 for one day of the class: present or not, and hours of leave, per enrolled participant. Saving a day
 * again replaces what was recorded for it; the leave adds up over the days against the 1/7 limit.
 */
export function AttendanceForm({ trainingClass, roster, today }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const save = useRecordAttendance(trainingClass.id!);
  const [day, setDay] = useState(() => defaultAttendanceDay(trainingClass, today));
  const [rows, setRows] = useState(() => attendanceRows(roster));
  const change = (enrolmentId: string, changes: Partial<AttendanceRow>) =>
    setRows((current) => current.map((row) => (row.enrolmentId === enrolmentId ? { ...row, ...changes } : row)));
  const field = (key: string) => t(`classes.attendance.${key}`);

  if (rows.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={field('empty')} />;

  const columns: TableColumnsType<AttendanceRow> = [
    { title: t('fields.cadre.employeeNumber'), dataIndex: 'employeeNumber', key: 'employeeNumber', width: 130 },
    { title: t('fields.cadre.name'), dataIndex: 'cadreName', key: 'cadreName', width: 120 },
    {
      title: field('present'),
      dataIndex: 'present',
      key: 'present',
      width: 100,
      render: (present: boolean, row) => (
        <Checkbox
          checked={present}
          aria-label={t('classes.attendance.presentOf', { name: row.cadreName })}
          onChange={(event) => change(row.enrolmentId, { present: event.target.checked })}
        />
      ),
    },
    {
      title: field('leaveHours'),
      dataIndex: 'leaveHours',
      key: 'leaveHours',
      width: 160,
      render: (leaveHours: number, row) => (
        <InputNumber
          min={0}
          max={24}
          value={leaveHours}
          aria-label={t('classes.attendance.leaveOf', { name: row.cadreName })}
          onChange={(value) => change(row.enrolmentId, { leaveHours: value ?? 0 })}
        />
      ),
    },
  ];

  const submit = () =>
    day &&
    save.mutate({ body: attendanceBody(day, rows), version: trainingClass.version }, {
      onSuccess: () => void message.success(t('classes.attendance.saved', { day })),
      onError: (error) => void message.error(problemMessage(error, t)),
    });

  return (
    <Flex vertical gap={12}>
      <Flex gap={12} align="center" wrap>
        <Typography.Text>{field('day')}</Typography.Text>
        <Select
          aria-label={field('day')}
          value={day}
          onChange={setDay}
          options={classDays(trainingClass.startDate, trainingClass.endDate).map((value) => ({ value, label: value }))}
          style={{ width: 160 }}
        />
        <Typography.Text type="secondary">{field('hint')}</Typography.Text>
      </Flex>
      <Table<AttendanceRow> rowKey="enrolmentId" size="middle" columns={columns} dataSource={rows} pagination={false} />
      <div>
        <Button type="primary" onClick={submit} loading={save.isPending} disabled={!day}>
          {field('submit')}
        </Button>
      </div>
    </Flex>
  );
}
