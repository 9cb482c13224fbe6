import { EditOutlined, PlusOutlined, TeamOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStudySessions } from '../../api/studySessionQueries';
import type { StudySession } from '../../api/types';
import { useSignedIn } from '../../app/session';
import { FilterBar, FilterSelect, UnitFilter } from '../../components/FilterBar';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SearchBox } from '../../components/SearchBox';
import { ServerTable } from '../../components/ServerTable';
import { CapabilityTags } from '../../components/training/CapabilityTags';
import { useTableSearch } from '../../components/useTableSearch';
import { cycleYears } from '../../domain/assessmentSearch';
import { cadreLabel, formatInstant, yearInBeijing } from '../../domain/format';
import { STUDY_SESSION_SORTS, studySessionFilters, toStudySessionQuery, type StudySessionSearch } from '../../domain/studySessionSearch';
import { StudySessionModal } from './StudySessionModal';

/**
 * 理论学习中心组: the study sessions of the leadership teams in reach (by unit with its subunits, year and topic),
 * latest first, with who spoke, who attended and the capabilities studied; HR and administrators record one (记录学习)
 * and correct one (更正). A cadre sees the sessions they attended, without the unit filter or the buttons.
 */
export default function StudySessionsPage() {
  const { t, i18n } = useTranslation();
  const { session, access } = useSignedIn();
  const thisYear = yearInBeijing();
  const table = useTableSearch(
    useMemo(() => studySessionFilters(thisYear), [thisYear]),
    STUDY_SESSION_SORTS,
  );
  const { search, filter: update } = table;
  const ownOnly = !access.canSeeUnitStudySessions;
  const mayRecord = access.canRecordStudySessions;
  const sessions = useStudySessions({ ...toStudySessionQuery(search), ...(ownOnly && session.cadreId ? { cadreId: session.cadreId } : {}) });
  const [recording, setRecording] = useState(false);
  const [correcting, setCorrecting] = useState<StudySession>();
  const field = (key: string) => t(`fields.studySession.${key}`);
  const secondary = (text: string) => (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {text}
    </Typography.Text>
  );

  const columns: TableColumnsType<StudySession> = [
    { title: field('unitId'), dataIndex: 'unitName', key: 'unitName', width: 170, ellipsis: true },
    {
      title: field('topic'),
      dataIndex: 'topic',
      key: 'topic',
      width: 260,
      sorter: true,
      render: (topic: string, row) => (
        <Flex vertical>
          <span>{topic}</span>
          {row.reports.length > 0 && secondary(t('study.reportsOf', { reports: row.reports.join(t('study.separator')) }))}
        </Flex>
      ),
    },
    { title: field('heldOn'), dataIndex: 'heldOn', key: 'heldOn', width: 120, sorter: true },
    { title: field('hours'), dataIndex: 'hours', key: 'hours', width: 80, render: (hours: number) => t('study.hours', { hours }) },
    { title: field('speakers'), dataIndex: 'speakers', key: 'speakers', width: 160, render: (speakers: string[]) => speakers.join(t('study.separator')) },
    {
      title: field('attendees'),
      key: 'attendees',
      width: 110,
      render: (_, row) => (
        <Tooltip title={row.attendees.map((attendee) => cadreLabel(attendee.name, attendee.employeeNumber)).join(t('study.separator'))}>
          <Typography.Text style={{ cursor: 'help' }}>
            <TeamOutlined /> {t('study.attendeesCount', { count: row.attendees.length })}
          </Typography.Text>
        </Tooltip>
      ),
    },
    { title: field('capabilities'), dataIndex: 'capabilities', key: 'capabilities', width: 240, render: (_, row) => <CapabilityTags capabilities={row.capabilities} /> },
    {
      title: field('recordedBy'),
      key: 'recordedBy',
      width: 180,
      render: (_, row) => (
        <Flex vertical>
          <span>{row.recordedBy}</span>
          {secondary(formatInstant(row.recordedAt, i18n.language))}
        </Flex>
      ),
    },
    ...(mayRecord
      ? [
          {
            title: t('study.actions'),
            key: 'actions',
            width: 90,
            fixed: 'right' as const,
            render: (_: unknown, row: StudySession) => (
              <Button size="small" icon={<EditOutlined />} onClick={() => setCorrecting(row)}>
                {t('study.correct')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card
      title={t(ownOnly ? 'study.mineTitle' : 'study.title')}
      extra={
        mayRecord && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)}>
            {t('study.record')}
          </Button>
        )
      }
    >
      <Flex vertical gap={16}>
        {ownOnly && <Typography.Text type="secondary">{t('study.mineHint')}</Typography.Text>}
        <FilterBar onReset={() => table.reset()}>
          {!ownOnly && <UnitFilter label={field('unitId')} value={search.unitId} onChange={(unitId) => update({ unitId })} />}
          <FilterSelect<number>
            label={field('year')}
            options={cycleYears(thisYear, search.year).map((value) => ({ value, label: t('study.yearOption', { year: value }) }))}
            value={search.year}
            onChange={(year) => update({ year })}
            width={130}
          />
          <SearchBox value={search.q} placeholder={t('study.search')} onSearch={(q) => update({ q })} />
        </FilterBar>
        {sessions.isError && <ProblemAlert error={sessions.error} onRetry={() => void sessions.refetch()} />}
        <ServerTable<StudySession, StudySessionSearch>
          table={table}
          page={sessions.data}
          loading={sessions.isFetching}
          columns={columns}
          showTotal={(total) => t('study.total', { count: total })}
          empty={table.filtered() ? t('study.emptyFiltered') : t(ownOnly ? 'study.emptyMine' : 'study.empty')}
          scroll={{ x: mayRecord ? 1500 : 1400 }}
        />
      </Flex>
      {recording && <StudySessionModal onClose={() => setRecording(false)} />}
      {correcting && <StudySessionModal session={correcting} onClose={() => setCorrecting(undefined)} />}
    </Card>
  );
}
