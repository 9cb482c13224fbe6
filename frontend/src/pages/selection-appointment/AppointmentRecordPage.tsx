import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Flex, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useAppointment } from '../../api/selectionQueries';
import type { Appointment } from '../../api/types';
import { useAppConfig } from '../../app/appConfig';
import { PageLoading } from '../../components/PageLoading';
import { ProblemResult } from '../../components/ProblemResult';
import { usePrintableDocument } from '../../components/usePrinting';
import { enumLabel, JOINT_REVIEW_CHECKS } from '../../domain/enums';
import { cadreLabel, formatInstant } from '../../domain/format';
import { stepKind, stepNote } from '../../domain/selection';
import '../../components/selection/selectionPrint.css';
import './AppointmentRecordPage.css';

/** The class on `<body>` while the record is shown: its print stylesheet prints the sheet and nothing around it. */
const RECORD_CLASS = 'benling-trail-record';

/**
 * 干部选拔任用工作全程纪实表: the whole trail on paper for an inspection of the selection work (选人用人检查): the post and
 * the motion, every step with who took it, when and what they wrote, the candidates with their reports and the four
 * checks (answer, by whom, when, what was found), the meeting's vote, the publicity and the appointment or the
 * withdrawal, and lines to sign. Plain bordered tables, so it prints the same in every browser.
 */
export default function AppointmentRecordPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const trail = useAppointment(id);
  const title = trail.data ? t('selection.record.documentTitle', { post: trail.data.postTitle }) : t('selection.record.sheetTitle');
  usePrintableDocument(title, RECORD_CLASS);

  if (trail.isPending) return <PageLoading />;
  if (trail.isError) return <ProblemResult error={trail.error} onRetry={() => void trail.refetch()} />;

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8} className="selection-no-print">
        <Space wrap>
          <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate(`/selection/appointments/${id}`)} aria-label={t('common.back')} />
          <Typography.Text type="secondary">{t('selection.record.printHint')}</Typography.Text>
        </Space>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('selection.record.printNow')}
        </Button>
      </Flex>
      <RecordSheet trail={trail.data} printedAt={formatInstant(new Date(trail.dataUpdatedAt).toISOString(), i18n.language)} />
    </Flex>
  );
}

function RecordSheet({ trail, printedAt }: { trail: Appointment; printedAt: string }) {
  const { t, i18n } = useTranslation();
  const { appName } = useAppConfig();
  const field = (key: string) => t(`fields.appointment.${key}`);
  const when = (at: string | null | undefined) => formatInstant(at, i18n.language);
  const person = (one: { name: string | null; employeeNumber: string | null }) => cadreLabel(one.name, one.employeeNumber);

  return (
    <article className="trail-record-sheet" aria-label={t('selection.record.sheetTitle')}>
      <h1>{t('selection.record.sheetTitle')}</h1>
      <p className="trail-record-meta">
        <span>{t('selection.record.unit', { unit: trail.unitName ?? '—' })}</span>
        <span>{t('selection.record.printedAt', { at: printedAt, appName })}</span>
      </p>

      <h2>{t('selection.record.sections.basics')}</h2>
      <table className="trail-record-table">
        <tbody>
          <tr>
            <th>{field('postTitle')}</th>
            <td>{trail.postTitle}</td>
            <th>{field('rankLevel')}</th>
            <td>{enumLabel(t, 'rankLevel', trail.rankLevel)}</td>
          </tr>
          <tr>
            <th>{field('unitId')}</th>
            <td>{trail.unitName ?? '—'}</td>
            <th>{field('method')}</th>
            <td>{enumLabel(t, 'selectionMethod', trail.method)}</td>
          </tr>
          <tr>
            <th>{field('reason')}</th>
            <td colSpan={3} className="trail-record-text">
              {trail.reason}
            </td>
          </tr>
          <tr>
            <th>{field('createdBy')}</th>
            <td>
              {trail.createdBy} · {when(trail.createdAt)}
            </td>
            <th>{field('stage')}</th>
            <td>{enumLabel(t, 'appointmentStage', trail.stage)}</td>
          </tr>
        </tbody>
      </table>

      <h2>{t('selection.record.sections.steps')}</h2>
      <table className="trail-record-table" aria-label={t('selection.record.sections.steps')}>
        <thead>
          <tr>
            <th className="trail-record-index">{t('selection.record.columns.index')}</th>
            <th>{t('selection.record.columns.step')}</th>
            <th>{t('selection.record.columns.actor')}</th>
            <th>{t('selection.record.columns.at')}</th>
            <th>{t('selection.record.columns.note')}</th>
          </tr>
        </thead>
        <tbody>
          {trail.steps.map((step, index) => (
            <tr key={index}>
              <td className="trail-record-index">{index + 1}</td>
              <td>{t(`selection.record.kind.${stepKind(step)}`)}</td>
              <td>{step.actor}</td>
              <td>{when(step.at)}</td>
              <td className="trail-record-text">{stepNote(step) ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>{t('selection.record.sections.candidates')}</h2>
      {trail.candidates.length === 0 ? (
        <p className="trail-record-none">{t('selection.record.none')}</p>
      ) : (
        <table className="trail-record-table">
          <thead>
            <tr>
              <th>{t('fields.appointment.candidate')}</th>
              <th>{t('fields.appointment.report')}</th>
              {JOINT_REVIEW_CHECKS.map((check) => (
                <th key={check}>{enumLabel(t, 'jointReviewCheck', check)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {trail.candidates.map((candidate) => (
              <tr key={candidate.person.cadreId}>
                <td>
                  {person(candidate.person)}
                  {candidate.person.unitName && <div className="trail-record-small">{candidate.person.unitName}</div>}
                </td>
                <td className="trail-record-text">{candidate.report ?? '—'}</td>
                {JOINT_REVIEW_CHECKS.map((check) => {
                  const one = candidate.checks.find((answer) => answer.check === check);
                  return (
                    <td key={check}>
                      {one ? enumLabel(t, 'checkAnswer', one.answer) : t('selection.checks.notRequested')}
                      {one?.note && <div className="trail-record-text">{one.note}</div>}
                      {one?.answeredBy && (
                        <div className="trail-record-small">
                          {one.answeredBy} · {when(one.answeredAt)}
                        </div>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h2>{t('selection.record.sections.decision')}</h2>
      {trail.decision ? (
        <table className="trail-record-table">
          <tbody>
            <tr>
              <th>{field('decided')}</th>
              <td>{person(trail.decision.person)}</td>
              <th>{field('meetingOn')}</th>
              <td>{trail.decision.meetingOn}</td>
            </tr>
            <tr>
              <th>{field('vote')}</th>
              <td colSpan={3}>{t('selection.trail.vote', { members: trail.decision.members, present: trail.decision.present, inFavour: trail.decision.inFavour })}</td>
            </tr>
          </tbody>
        </table>
      ) : (
        <p className="trail-record-none">{t('selection.record.none')}</p>
      )}

      <h2>{t('selection.record.sections.publicity')}</h2>
      {trail.publicity ? (
        <table className="trail-record-table">
          <tbody>
            <tr>
              <th>{field('publicity')}</th>
              <td>{t('rotation.period', { start: trail.publicity.startOn, end: trail.publicity.lastDay })}</td>
              <th>{field('objectionsOpen')}</th>
              <td>{trail.publicity.objectionsOpen}</td>
            </tr>
          </tbody>
        </table>
      ) : (
        <p className="trail-record-none">{t('selection.record.none')}</p>
      )}

      <h2>{t('selection.record.sections.outcome')}</h2>
      <p className="trail-record-outcome">
        {trail.appointedOn
          ? t('selection.record.appointed', { name: trail.decision ? person(trail.decision.person) : '—', post: trail.postTitle, day: trail.appointedOn })
          : trail.withdrawnReason
            ? t('selection.record.withdrawn', { reason: trail.withdrawnReason })
            : t('selection.record.underway', { stage: enumLabel(t, 'appointmentStage', trail.stage) })}
      </p>

      <footer className="trail-record-signatures">
        <span>{t('selection.record.signHandler')}</span>
        <span>{t('selection.record.signReviewer')}</span>
        <span>{t('selection.record.signDate')}</span>
      </footer>
    </article>
  );
}
