import { Empty, Flex, Statistic, Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Finding, FindingPage, TermCoverage } from '../../api/types';
import { CoverageSummaryChart } from '../../components/inspection/CoverageSummaryChart';
import { OverdueTag, SeverityTag } from '../../components/inspection/InspectionTags';
import { coverageSummary } from '../../domain/inspection';
import { formatShare } from '../../domain/trainingPlan';

/** How many of the most overdue findings the card lists; the rest are a click away. */
export const OVERDUE_SHOWN = 5;

/** 巡视全覆盖 in the term: the share of units covered and how they stand, as the coverage page draws it. */
export function CoverageFiguresView({ coverage }: { coverage: TermCoverage }) {
  const { t, i18n } = useTranslation();
  const summary = coverageSummary(coverage);
  if (summary.units === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('inspection.coverage.empty')} />;
  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">{t('inspection.coverage.term', { first: coverage.termFirst, last: coverage.termLast })}</Typography.Text>
      <Statistic title={t('inspection.coverage.rate', { unit: coverage.unitName })} value={formatShare(summary.covered / summary.units, i18n.language)} />
      <CoverageSummaryChart coverage={coverage} />
    </Flex>
  );
}

/** 整改逾期: the most overdue findings first (as the gateway asks for them), how many there are in all. */
export function OverdueFindingsView({ page }: { page: FindingPage }) {
  const { t } = useTranslation();
  const items = (page.items ?? []).slice(0, OVERDUE_SHOWN);
  const total = page.total ?? items.length;
  if (total === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dashboard.overdue.empty')} />;
  const columns: TableColumnsType<Finding> = [
    { title: t('dashboard.overdue.unit'), dataIndex: 'unitName', key: 'unit', width: 160, ellipsis: true },
    { title: t('dashboard.overdue.description'), dataIndex: 'description', key: 'description', ellipsis: true },
    { title: t('dashboard.overdue.severity'), dataIndex: 'severity', key: 'severity', width: 80, render: (severity) => <SeverityTag severity={severity} /> },
    { title: t('dashboard.overdue.dueOn'), dataIndex: 'dueOn', key: 'dueOn', width: 110 },
    { title: t('dashboard.overdue.overdue'), key: 'overdue', width: 110, render: (_, finding) => <OverdueTag finding={finding} /> },
  ];
  return (
    <Flex vertical gap={8}>
      <Typography.Text type="danger">
        {total > items.length ? t('dashboard.overdue.totalShown', { count: total, shown: items.length }) : t('dashboard.overdue.total', { count: total })}
      </Typography.Text>
      <Table<Finding> rowKey="id" size="small" columns={columns} dataSource={items} pagination={false} scroll={{ x: 640 }} />
    </Flex>
  );
}
