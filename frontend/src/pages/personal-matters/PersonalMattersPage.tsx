import { Card, Drawer, Flex, InputNumber, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePersonalReport, usePersonalReportFilings } from '../../api/personalMattersQueries';
import type { PersonalReportFiling, PersonalReportFilingStatus } from '../../api/types';
import { useAccess } from '../../app/session';
import { EnumFilter, FilterBar, UnitFilter } from '../../components/FilterBar';
import { PageLoading } from '../../components/PageLoading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { SearchBox } from '../../components/SearchBox';
import { ServerTable } from '../../components/ServerTable';
import { useTableSearch } from '../../components/useTableSearch';
import { enumLabel, FILING_STATUSES } from '../../domain/enums';
import { yearInBeijing } from '../../domain/format';
import { FILING_SORTS, filingFilters, toFilingQuery } from '../../domain/inspectionSearch';
import { PersonalReportView } from './PersonalReportView';
import { SpotChecks } from './SpotChecks';

const FILING_COLORS: Record<PersonalReportFilingStatus, string> = { FILED: 'green', LATE: 'orange', MISSING: 'red' };

/**
 * 个人有关事项 for staff: who of the cadres in reach filed the year's report (HR sees that and nothing of what it
 * says); the content for inspectors, leaders and administrators; the year's random draws (published) and the checks.
 */
export default function PersonalMattersPage() {
  const { t } = useTranslation();
  const access = useAccess();
  const thisYear = yearInBeijing();
  const table = useTableSearch(filingFilters(thisYear), FILING_SORTS);
  const { search, filter: update } = table;
  const year = search.year ?? thisYear;
  const filings = usePersonalReportFilings(toFilingQuery(search));
  const [reading, setReading] = useState<string>();
  const field = (key: string) => t(`fields.personalMatters.${key}`);

  const columns: TableColumnsType<PersonalReportFiling> = [
    { title: t('fields.cadre.employeeNumber'), dataIndex: 'employeeNumber', key: 'employeeNumber', width: 120, sorter: true },
    { title: t('fields.cadre.name'), dataIndex: 'name', key: 'name', width: 120, sorter: true },
    { title: t('fields.cadre.unitName'), dataIndex: 'unitName', key: 'unitName', ellipsis: true, sorter: true },
    {
      title: field('status'),
      dataIndex: 'status',
      key: 'status',
      width: 120,
      render: (status: PersonalReportFilingStatus) => <Tag color={FILING_COLORS[status]}>{enumLabel(t, 'filingStatus', status)}</Tag>,
    },
    { title: field('filedOn'), dataIndex: 'filedOn', key: 'filedOn', width: 120, sorter: true },
    { title: field('changes'), dataIndex: 'changes', key: 'changes', width: 100 },
    ...(access.canReadPersonalReports
      ? [
          {
            title: '',
            key: 'read',
            width: 100,
            render: (_: unknown, row: PersonalReportFiling) =>
              row.reportId && <Typography.Link onClick={() => setReading(row.reportId!)}>{t('personalMatters.filings.read')}</Typography.Link>,
          },
        ]
      : []),
  ];

  return (
    <Flex vertical gap={16}>
      <Card
        title={t('personalMatters.filings.title', { year })}
        extra={<Typography.Text type="secondary">{t('personalMatters.filings.restricted')}</Typography.Text>}
      >
        <Flex vertical gap={16}>
          <FilterBar onReset={() => table.reset()}>
            <InputNumber
              aria-label={field('year')}
              addonBefore={field('year')}
              min={2000}
              max={thisYear}
              precision={0}
              value={year}
              onChange={(value) => update({ year: value == null || value === thisYear ? undefined : value })}
              style={{ width: 160 }}
            />
            <UnitFilter label={t('fields.cadre.unitName')} value={search.unitId} onChange={(unitId) => update({ unitId })} />
            <EnumFilter label={field('status')} kind="filingStatus" values={FILING_STATUSES} width={150}
              value={search.status} onChange={(status) => update({ status })} />
            <SearchBox value={search.q} placeholder={t('personalMatters.filings.search')} onSearch={(q) => update({ q })} />
          </FilterBar>
          {filings.isError && <ProblemAlert error={filings.error} onRetry={() => void filings.refetch()} />}
          <ServerTable<PersonalReportFiling, typeof search>
            table={table}
            page={filings.data}
            loading={filings.isFetching}
            columns={columns}
            rowKey="cadreId"
            showTotal={(total) => t('personalMatters.filings.total', { count: total })}
            empty={t('personalMatters.filings.empty')}
          />
        </Flex>
      </Card>
      <SpotChecks year={year} />
      {reading && <ReportDrawer id={reading} onClose={() => setReading(undefined)} />}
    </Flex>
  );
}

function ReportDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const report = usePersonalReport(id);
  return (
    <Drawer open width={760} onClose={onClose} title={report.data ? t('personalMatters.report.title', { name: report.data.name, year: report.data.year }) : ''}>
      {report.isPending && <PageLoading />}
      {report.isError && <ProblemAlert error={report.error} />}
      {report.data && <PersonalReportView report={report.data} />}
    </Drawer>
  );
}
