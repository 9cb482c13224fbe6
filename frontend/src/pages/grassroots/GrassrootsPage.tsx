import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Flex, Typography, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useContactPoints, useResearchReports } from '../../api/grassrootsQueries';
import type { ContactPoint } from '../../api/types';
import { useAccess } from '../../app/session';
import { EnumFilter, FilterBar, FilterSelect, UnitFilter } from '../../components/FilterBar';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SearchBox } from '../../components/SearchBox';
import { cadreColumn } from '../../components/cadre/cadreColumn';
import { ServerTable } from '../../components/ServerTable';
import { useTableSearch } from '../../components/useTableSearch';
import { cycleYears } from '../../domain/assessmentSearch';
import { CAPABILITIES } from '../../domain/enums';
import { yearInBeijing } from '../../domain/format';
import {
  CONTACT_POINT_SORTS,
  contactPointFilters,
  RESEARCH_SORTS,
  RESEARCH_URL_KEYS,
  researchFilters,
  toContactPointQuery,
  toResearchQuery,
  type ContactPointSearch,
  type ResearchSearch,
} from '../../domain/rotationSearch';
import { ContactPointDrawer } from './ContactPointDetail';
import { TakeUpModal } from './ContactPointModals';
import { FileReportModal } from './FileReportModal';
import { ContactStatusTag } from './GrassrootsTags';
import { ResearchDrawer } from './ResearchDrawer';
import { OPEN_LINK, ResearchTable } from './ResearchTable';

/**
 * 基层联系与调研 for staff: the leaders' grassroots contact points in reach (by unit and name, those still kept when
 * asked), each opening beside the list with its visits (记录走访 and 结束联系 where the service allows the caller); below,
 * the research reports of 大调研 (by unit, year, adoption, capability and title), each opening with its follow-up
 * (记录转化运用 where the service allows). HR and administrators take up a point and file a report for a leader.
 */
export default function GrassrootsPage() {
  return (
    <Flex vertical gap={16}>
      <ContactPointsCard />
      <ResearchCard />
    </Flex>
  );
}

function ContactPointsCard() {
  const { t } = useTranslation();
  const access = useAccess();
  const table = useTableSearch(contactPointFilters, CONTACT_POINT_SORTS);
  const { search, filter: update } = table;
  const points = useContactPoints(toContactPointQuery(search));
  const [takingUp, setTakingUp] = useState(false);
  const [open, setOpen] = useState<string>();
  const field = (key: string) => t(`fields.contactPoint.${key}`);

  const columns: TableColumnsType<ContactPoint> = [
    cadreColumn<ContactPoint>(field('cadre'), 130),
    { title: field('unitName'), dataIndex: 'unitName', key: 'unitName', width: 170, ellipsis: true, sorter: true },
    {
      title: field('place'),
      dataIndex: 'place',
      key: 'place',
      width: 220,
      render: (place: string, point) => (
        <Flex vertical>
          <Button
            type="link"
            size="small"
            style={OPEN_LINK}
            onClick={(event) => {
              event.stopPropagation();
              setOpen(point.id);
            }}
          >
            {place}
          </Button>
          {point.description && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis>
              {point.description}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    { title: field('since'), dataIndex: 'since', key: 'since', width: 120, sorter: true },
    {
      title: field('endedOn'),
      dataIndex: 'endedOn',
      key: 'endedOn',
      width: 120,
      render: (endedOn: string | null, point) => endedOn ?? <ContactStatusTag point={point} />,
    },
    { title: field('visitCount'), dataIndex: 'visitCount', key: 'visitCount', width: 100 },
    { title: field('problemsSolved'), dataIndex: 'problemsSolved', key: 'problemsSolved', width: 110 },
    { title: field('lastVisitedOn'), dataIndex: 'lastVisitedOn', key: 'lastVisitedOn', width: 130, sorter: true, render: (day: string | null) => day ?? '—' },
  ];

  return (
    <Card
      title={t('grassroots.points.title')}
      extra={
        access.canManageGrassroots && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setTakingUp(true)}>
            {t('grassroots.takeUp.action')}
          </Button>
        )
      }
    >
      <Flex vertical gap={16}>
        <Typography.Text type="secondary">{t('grassroots.points.hint')}</Typography.Text>
        <FilterBar onReset={() => table.reset()}>
          <UnitFilter label={field('unitName')} value={search.unitId} onChange={(unitId) => update({ unitId })} />
          <Checkbox checked={Boolean(search.current)} onChange={(event) => update({ current: event.target.checked ? true : undefined })}>
            {t('grassroots.points.currentOnly')}
          </Checkbox>
          <SearchBox value={search.q} placeholder={t('grassroots.points.search')} onSearch={(q) => update({ q })} />
        </FilterBar>
        {points.isError && <ProblemAlert error={points.error} onRetry={() => void points.refetch()} />}
        <ServerTable<ContactPoint, ContactPointSearch>
          table={table}
          page={points.data}
          loading={points.isFetching}
          columns={columns}
          showTotal={(total) => t('grassroots.points.total', { count: total })}
          empty={table.filtered() ? t('grassroots.points.emptyFiltered') : t('grassroots.points.empty')}
          scroll={{ x: 1100 }}
          onRow={(point) => ({ onClick: () => setOpen(point.id), style: { cursor: 'pointer' } })}
        />
      </Flex>
      <ContactPointDrawer pointId={open} onClose={() => setOpen(undefined)} />
      {takingUp && <TakeUpModal proxy onClose={() => setTakingUp(false)} />}
    </Card>
  );
}

function ResearchCard() {
  const { t } = useTranslation();
  const access = useAccess();
  const thisYear = yearInBeijing();
  const table = useTableSearch(
    useMemo(() => researchFilters(thisYear), [thisYear]),
    RESEARCH_SORTS,
    { urlKeys: RESEARCH_URL_KEYS },
  );
  const { search, filter: update } = table;
  const reports = useResearchReports(toResearchQuery(search));
  const [filing, setFiling] = useState(false);
  const [open, setOpen] = useState<string>();
  const field = (key: string) => t(`fields.research.${key}`);

  return (
    <Card
      title={t('grassroots.research.title')}
      extra={
        access.canManageGrassroots && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setFiling(true)}>
            {t('grassroots.research.file')}
          </Button>
        )
      }
    >
      <Flex vertical gap={16}>
        <FilterBar onReset={() => table.reset()}>
          <UnitFilter label={field('unitName')} value={search.unitId} onChange={(unitId) => update({ unitId })} />
          <FilterSelect<number>
            label={t('grassroots.research.year')}
            options={cycleYears(thisYear, search.year).map((value) => ({ value, label: t('grassroots.research.yearOption', { year: value }) }))}
            value={search.year}
            onChange={(year) => update({ year })}
            width={130}
          />
          <FilterSelect
            label={field('adopted')}
            options={[
              { value: 'true', label: t('grassroots.research.adopted') },
              { value: 'false', label: t('grassroots.research.notYetAdopted') },
            ]}
            value={search.adopted === undefined ? undefined : String(search.adopted)}
            onChange={(adopted?: string) => update({ adopted: adopted === undefined ? undefined : adopted === 'true' })}
            width={140}
          />
          <EnumFilter label={field('capabilities')} kind="capability" values={CAPABILITIES} width={160}
            value={search.capability} onChange={(capability) => update({ capability })} />
          <SearchBox value={search.q} placeholder={t('grassroots.research.search')} onSearch={(q) => update({ q })} />
        </FilterBar>
        {reports.isError && <ProblemAlert error={reports.error} onRetry={() => void reports.refetch()} />}
        <ResearchTable<ResearchSearch>
          table={table}
          page={reports.data}
          loading={reports.isFetching}
          empty={table.filtered() ? t('grassroots.research.emptyFiltered') : t('grassroots.research.empty')}
          showCadre
          onOpen={(report) => setOpen(report.id)}
        />
      </Flex>
      <ResearchDrawer reportId={open} onClose={() => setOpen(undefined)} />
      {filing && <FileReportModal proxy onClose={() => setFiling(false)} />}
    </Card>
  );
}
