import { Badge, Card, Checkbox, Empty, Flex, Tabs, Typography, theme } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useFindingCounts, useFindings } from '../../api/inspectionQueries';
import { FindingDrawer } from '../../components/inspection/FindingDrawer';
import { FindingTable } from '../../components/inspection/FindingTable';
import { ProblemAlert } from '../../components/ProblemAlert';
import { serverPagination, withTableChange } from '../../components/serverPagination';
import { FilterBar, FilterSelect, UnitFilter } from '../../components/FilterBar';
import { CAPABILITIES, enumLabel, enumOptions, FINDING_STATUSES } from '../../domain/enums';
import {
  findingCountQueries,
  findingSearchParams,
  FINDING_SORTS,
  formatFindingSort,
  parseFindingSearch,
  toFindingQuery,
  type FindingSearch,
} from '../../domain/inspectionSearch';
import { withSearchFilters } from '../../domain/pagedSearch';
import { parseSortParam } from '../../domain/queryParams';

const ALL = 'ALL';

/**
 * 问题整改看板: the findings of the user's scope, one status per tab with its count, deadlines in red with the days
 * once overdue; filtered by unit, capability and overdue only, in the URL. A finding opens beside the list, where HR
 * of the responsible unit reports the rectification and the inspectors close or return it.
 */
export default function FindingsPage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const [params, setParams] = useSearchParams();
  const search = parseFindingSearch(params);
  const findings = useFindings(toFindingQuery(search));
  const counts = useFindingCounts(findingCountQueries(search));
  const [openFinding, setOpenFinding] = useState<string>();
  const setSearch = (next: FindingSearch) => setParams(findingSearchParams(next));
  const update = (changes: Partial<FindingSearch>) => setSearch(withSearchFilters(search, changes));
  const filtered = Boolean(search.unitId || search.overdue || search.capability || search.roundId);

  const tabs = [
    { key: ALL, label: t('inspection.findings.all') },
    ...FINDING_STATUSES.map((status, index) => ({
      key: status,
      label: (
        <span>
          {enumLabel(t, 'findingStatus', status)} <Badge count={counts[index]?.data ?? 0} showZero color={(status === 'OPEN' || status === 'REOPENED') && (counts[index]?.data ?? 0) > 0 ? token.colorWarning : token.colorTextQuaternary} overflowCount={999} />
        </span>
      ),
    })),
  ];

  return (
    <Card title={t('inspection.findings.title')} extra={<Typography.Text type="secondary">{t('inspection.findings.hint')}</Typography.Text>}>
      <Flex vertical gap={16}>
        <Tabs
          activeKey={search.status ?? ALL}
          items={tabs}
          onChange={(key) => setSearch({ ...search, status: key === ALL ? undefined : (key as FindingSearch['status']), page: 0 })}
        />
        <FilterBar onReset={() => setSearch({ status: search.status, page: 0, size: search.size })}>
          <UnitFilter label={t('inspection.findings.filter.unit')} value={search.unitId} onChange={(unitId) => update({ unitId })} />
          <FilterSelect
            label={t('inspection.findings.filter.capability')}
            options={enumOptions(t, 'capability', CAPABILITIES)}
            value={search.capability}
            onChange={(capability) => update({ capability })}
            width={180}
          />
          <Checkbox checked={Boolean(search.overdue)} onChange={(event) => update({ overdue: event.target.checked ? true : undefined })}>
            {t('inspection.findings.filter.overdue')}
          </Checkbox>
        </FilterBar>
        {findings.isError && <ProblemAlert error={findings.error} onRetry={() => void findings.refetch()} />}
        <FindingTable
          showRound
          findings={findings.data?.items ?? []}
          loading={findings.isFetching}
          sort={parseSortParam(FINDING_SORTS, search.sort)}
          onChange={(pagination, _filters, sorter, extra) => setSearch(withTableChange(search, pagination, sorter, extra.action, formatFindingSort))}
          pagination={serverPagination(search, findings.data?.total ?? 0, (total) => t('inspection.findings.total', { count: total }))}
          onOpen={(finding) => setOpenFinding(finding.id)}
          empty={<Empty description={filtered ? t('inspection.findings.emptyFiltered') : t('inspection.findings.empty')} />}
        />
      </Flex>
      <FindingDrawer findingId={openFinding} onClose={() => setOpenFinding(undefined)} />
    </Card>
  );
}
