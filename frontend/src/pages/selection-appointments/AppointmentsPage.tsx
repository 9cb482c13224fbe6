import { Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useAppointments } from '../../api/selectionQueries';
import type { Appointment } from '../../api/types';
import { EnumFilter } from '../../components/FilterBar';
import { StageTag } from '../../components/selection/SelectionTags';
import { SelectionListPage } from '../../components/selection/SelectionListPage';
import { useTableSearch } from '../../components/useTableSearch';
import { APPOINTMENT_STAGES, enumLabel, RANK_LEVELS } from '../../domain/enums';
import { formatInstant } from '../../domain/format';
import { APPOINTMENT_SORTS, appointmentFilters, toAppointmentQuery, type AppointmentSearch } from '../../domain/selectionSearch';
import { MotionModal } from './MotionModal';

/**
 * 选拔任用纪实: the appointment trails of the user's reach, each at its stage, filtered and paged in the URL; HR opens a
 * new one (动议) for a post of its unit and moves it on from its page.
 */
export default function AppointmentsPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const table = useTableSearch(appointmentFilters, APPOINTMENT_SORTS);
  const { search, filter: update } = table;
  const trails = useAppointments(toAppointmentQuery(search));
  const field = (key: string) => t(`fields.appointment.${key}`);

  const columns: TableColumnsType<Appointment> = [
    { title: field('postTitle'), dataIndex: 'postTitle', key: 'postTitle', sorter: true, render: (post: string, trail) => <Link to={`/selection/appointments/${trail.id}`}>{post}</Link> },
    { title: field('unitId'), dataIndex: 'unitName', key: 'unitName', width: 200, ellipsis: true },
    { title: field('rankLevel'), dataIndex: 'rankLevel', key: 'rankLevel', width: 110, render: (rank) => enumLabel(t, 'rankLevel', rank) },
    { title: field('method'), dataIndex: 'method', key: 'method', width: 110, render: (method) => enumLabel(t, 'selectionMethod', method) },
    { title: field('stage'), dataIndex: 'stage', key: 'stage', width: 120, sorter: true, render: (stage) => <StageTag stage={stage} /> },
    {
      title: field('candidates'),
      key: 'candidates',
      width: 220,
      render: (_, trail) => {
        if (trail.decision) return t('selection.trails.decided', { name: trail.decision.person.name });
        if (trail.candidates.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
        return trail.candidates.map((candidate) => candidate.person.name).join(t('selection.results.separator'));
      },
    },
    { title: field('createdAt'), dataIndex: 'createdAt', key: 'createdAt', width: 170, sorter: true, render: (at: string) => formatInstant(at, i18n.language) },
  ];

  return (
    <SelectionListPage<Appointment, AppointmentSearch>
      texts="selection.trails"
      createLabel={t('selection.motion.title')}
      table={table}
      list={trails}
      columns={columns}
      scrollX={1100}
      createModal={(close) => <MotionModal onClose={close} onCreated={(trail) => navigate(`/selection/appointments/${trail.id}`)} />}
    >
      <EnumFilter label={field('stage')} kind="appointmentStage" values={APPOINTMENT_STAGES} width={150} value={search.stage} onChange={(stage) => update({ stage })} />
      <EnumFilter label={field('rankLevel')} kind="rankLevel" values={RANK_LEVELS} width={150} value={search.rankLevel} onChange={(rankLevel) => update({ rankLevel })} />
    </SelectionListPage>
  );
}
