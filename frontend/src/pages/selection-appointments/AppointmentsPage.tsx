import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useAppointments } from '../../api/selectionQueries';
import type { Appointment } from '../../api/types';
import { useAccess } from '../../app/session';
import { EnumFilter, FilterBar, UnitFilter } from '../../components/FilterBar';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SearchBox } from '../../components/SearchBox';
import { StageTag } from '../../components/selection/SelectionTags';
import { ServerTable } from '../../components/ServerTable';
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
  const access = useAccess();
  const navigate = useNavigate();
  const table = useTableSearch(appointmentFilters, APPOINTMENT_SORTS);
  const { search, filter: update } = table;
  const trails = useAppointments(toAppointmentQuery(search));
  const [moving, setMoving] = useState(false);
  const field = (key: string) => t(`fields.appointment.${key}`);

  const columns: TableColumnsType<Appointment> = [
    {
      title: field('postTitle'),
      dataIndex: 'postTitle',
      key: 'postTitle',
      sorter: true,
      render: (post: string, trail) => <Link to={`/selection/appointments/${trail.id}`}>{post}</Link>,
    },
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
    {
      title: field('createdAt'),
      dataIndex: 'createdAt',
      key: 'createdAt',
      width: 170,
      sorter: true,
      render: (at: string) => formatInstant(at, i18n.language),
    },
  ];

  const motion = access.canRunSelection && (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => setMoving(true)}>
      {t('selection.motion.title')}
    </Button>
  );
  const empty = table.filtered() ? (
    t('selection.trails.emptyFiltered')
  ) : (
    <Empty description={access.canRunSelection ? t('selection.trails.emptyCreate') : t('selection.trails.empty')}>{motion}</Empty>
  );

  return (
    <Card title={t('selection.trails.title')} extra={motion}>
      <Flex vertical gap={16}>
        <FilterBar onReset={() => table.reset()}>
          <SearchBox value={search.q} placeholder={t('selection.trails.searchPlaceholder')} onSearch={(q) => update({ q })} />
          <UnitFilter label={t('selection.trails.filter.unit')} value={search.unitId} onChange={(unitId) => update({ unitId })} width={240} />
          <EnumFilter label={field('stage')} kind="appointmentStage" values={APPOINTMENT_STAGES} width={150} value={search.stage} onChange={(stage) => update({ stage })} />
          <EnumFilter label={field('rankLevel')} kind="rankLevel" values={RANK_LEVELS} width={150} value={search.rankLevel} onChange={(rankLevel) => update({ rankLevel })} />
        </FilterBar>
        {trails.isError && <ProblemAlert error={trails.error} onRetry={() => void trails.refetch()} />}
        <ServerTable<Appointment, AppointmentSearch>
          columns={columns}
          table={table}
          page={trails.data}
          loading={trails.isFetching}
          showTotal={(total) => t('selection.trails.total', { count: total })}
          empty={empty}
          scroll={{ x: 1100 }}
        />
      </Flex>
      {moving && <MotionModal onClose={() => setMoving(false)} onCreated={(trail) => navigate(`/selection/appointments/${trail.id}`)} />}
    </Card>
  );
}
