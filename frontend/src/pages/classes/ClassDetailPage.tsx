import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useEnrolments, useTrainingClass } from '../../api/trainingQueries';
import { PageLoading } from '../../components/PageLoading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ProblemResult } from '../../components/ProblemResult';
import { ClassStatusTag } from '../../components/training/StatusTags';
import { todayInBeijing } from '../../domain/format';
import { AttendanceForm } from './AttendanceForm';
import { ClassSummary } from './ClassSummary';
import { CompleteClass } from './CompleteClass';
import { DesignatePicker } from './DesignatePicker';
import { RosterTable } from './RosterTable';

/** One class: what it is, its roster with 点名调训, a day's attendance, and 结业. */
export default function ClassDetailPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const trainingClass = useTrainingClass(id);
  const roster = useEnrolments(id);
  const today = todayInBeijing();

  if (trainingClass.isPending) return <PageLoading />;
  if (trainingClass.isError) return <ProblemResult error={trainingClass.error} onRetry={() => void trainingClass.refetch()} />;
  const open = trainingClass.data.status === 'OPEN';
  const enrolments = roster.data ?? [];

  return (
    <Flex vertical gap={16}>
      <Space>
        <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate('/classes')} aria-label={t('common.back')} />
        <Typography.Title level={3} style={{ margin: 0 }}>
          {trainingClass.data.title}
        </Typography.Title>
        <ClassStatusTag status={trainingClass.data.status} />
      </Space>
      <Card>
        <ClassSummary trainingClass={trainingClass.data} />
      </Card>
      <Card title={t('classes.roster.title')} extra={<CompleteClass trainingClass={trainingClass.data} roster={enrolments} today={today} />}>
        <Flex vertical gap={16}>
          {open && <DesignatePicker classId={id} roster={enrolments} />}
          {roster.isError ? (
            <ProblemAlert error={roster.error} onRetry={() => void roster.refetch()} />
          ) : (
            <RosterTable classId={id} roster={enrolments} loading={roster.isFetching} editable={open} />
          )}
        </Flex>
      </Card>
      {open && (
        <Card title={t('classes.attendance.title')}>
          <AttendanceForm
            key={enrolments.map((enrolment) => `${enrolment.id}:${enrolment.status}`).join()}
            trainingClass={trainingClass.data}
            roster={enrolments}
            today={today}
          />
        </Card>
      )}
    </Flex>
  );
}
