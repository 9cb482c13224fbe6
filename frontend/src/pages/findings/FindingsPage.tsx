import { Badge, Card, Checkbox, Flex, Tabs, Typography, theme } from 'antd';
import { useQueryState } from 'nuqs';
import { useTranslation } from 'react-i18next';
import { useFindingCounts, useFindings } from '../../api/inspectionQueries';
import { FindingDrawer } from '../../components/inspection/FindingDrawer';
import type { Finding } from '../../api/types';
import { EnumFilter, FilterBar, UnitFilter } from '../../components/FilterBar';
import { openOnClick, useFindingColumns } from '../../components/inspection/FindingTable';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ServerTable } from '../../components/ServerTable';
import { useTableSearch } from '../../components/useTableSearch';
import { CAPABILITIES, enumLabel, FINDING_STATUSES } from '../../domain/enums';
import { findingCountQueries, findingFilters, FINDING_SORTS, toFindingQuery, type FindingSearch } from '../../domain/inspectionSearch';
import { parseAsUuid } from '../../domain/queryParams';

const ALL = 'ALL';

/**
 * 问题整改看板: the findings of the user's scope, one status per tab with its count, deadlines in red with the days
 * once overdue; filtered by unit, capability and overdue only, in the URL. A finding opens beside the list, where HR
 * of the responsible unit reports the rectification and the inspectors close or return it.
 */
export default function FindingsPage() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const table = useTableSearch(findingFilters, FINDING_SORTS);
  const { search, filter: update } = table;
  const findings = useFindings(toFindingQuery(search));
  const counts = useFindingCounts(findingCountQueries(search));
  // the finding open beside the list is in the URL: a to-do or an e-mail links to it (?finding=<id>)
  const [openFinding, setOpenFinding] = useQueryState('finding', parseAsUuid.withOptions({ history: 'push' }));
  const open = (finding: Finding) => void setOpenFinding(finding.id);
  const columns = useFindingColumns({ onOpen: open, showRound: true, sortable: true });

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
          onChange={(key) => update({ status: key === ALL ? undefined : (key as FindingSearch['status']) })}
        />
        <FilterBar onReset={() => table.reset({ status: search.status })}>
          <UnitFilter label={t('inspection.findings.filter.unit')} value={search.unitId} onChange={(unitId) => update({ unitId })} />
          <EnumFilter label={t('inspection.findings.filter.capability')} kind="capability" values={CAPABILITIES} width={180}
            value={search.capability} onChange={(capability) => update({ capability })} />
          <Checkbox checked={Boolean(search.overdue)} onChange={(event) => update({ overdue: event.target.checked ? true : undefined })}>
            {t('inspection.findings.filter.overdue')}
          </Checkbox>
        </FilterBar>
        {findings.isError && <ProblemAlert error={findings.error} onRetry={() => void findings.refetch()} />}
        <ServerTable<Finding, FindingSearch>
          columns={columns}
          table={table}
          page={findings.data}
          loading={findings.isFetching}
          onRow={openOnClick(open)}
          showTotal={(total) => t('inspection.findings.total', { count: total })}
          empty={table.filtered('status') ? t('inspection.findings.emptyFiltered') : t('inspection.findings.empty')}
          scroll={{ x: 1500 }}
        />
      </Flex>
      <FindingDrawer findingId={openFinding ?? undefined} onClose={() => void setOpenFinding(null)} />
    </Card>
  );
}
