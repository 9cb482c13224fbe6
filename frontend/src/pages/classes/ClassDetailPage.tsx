import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useClassAudit, useEnrolments, useTrainingClass } from '../../api/trainingQueries';
import { useAccess } from '../../app/session';
import { AuditTable } from '../../components/audit/AuditTable';
import { CLASS_AUDIT } from '../../components/audit/auditValues';
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

/** One class: what it is, its roster with 点名调训, a day's attendance, 结业 and, for HR and leaders, who changed what. */
export default function ClassDetailPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const trainingClass = useTrainingClass(id);
  const roster = useEnrolments(id);
  const access = useAccess();
  const audit = useClassAudit(id, access.canSeeTrainingAudit);
  const today = todayInBeijing();

  if (trainingClass.isPending) return <PageLoading />;
  if (trainingClass.isError) return <ProblemResult error={trainingClass.error} onRetry={() => void trainingClass.refetch()} />;
  const open = trainingClass.data.status === 'OPEN';
  const enrolments = roster.data ?? [];
  const nameOf = (cadreId: string) => enrolments.find((enrolment) => enrolment.cadreId === cadreId)?.cadreName ?? cadreId;
  const subjectLabel = (subject: string) => {
    const [kind, cadreId = '', day = ''] = subject.split(':');
    if (kind === 'enrolment') return t('classes.audit.enrolment', { name: nameOf(cadreId) });
    if (kind === 'attendance') return t('classes.audit.attendance', { name: nameOf(cadreId), day });
    return t('classes.audit.class');
  };

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
      {access.canSeeTrainingAudit && (
        <Card title={t('classes.audit.title')}>
          <AuditTable audit={audit} vocabulary={CLASS_AUDIT} subjectLabel={subjectLabel} />
        </Card>
      )}
    </Flex>
  );
}
