import { Flex, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CadreCompliance, UnitCompliance } from '../../api/types';
import { useAccess } from '../../app/session';
import { ServerTable } from '../../components/ServerTable';
import { RequirementProgress } from '../../components/training/RequirementProgress';
import { ComplianceStatusTag } from '../../components/training/StatusTags';
import type { TableSearch } from '../../components/useTableSearch';
import { matchingCadres, type ComplianceSearch } from '../../domain/complianceSearch';
import { enumLabel } from '../../domain/enums';

interface Props {
  table: TableSearch<ComplianceSearch>;
  view?: UnitCompliance;
  loading: boolean;
  empty: string;
}

/** One server page of cadres with their hours against each requirement that applies to them. */
export function ComplianceTable({ table, view, loading, empty }: Props) {
  const { t } = useTranslation();
  const access = useAccess();
  const columns: TableColumnsType<CadreCompliance> = [
    { title: t('fields.cadre.employeeNumber'), dataIndex: 'employeeNumber', key: 'employeeNumber', width: 120 },
    {
      title: t('fields.cadre.name'),
      dataIndex: 'name',
      key: 'name',
      width: 100,
      render: (name: string, row) => (
        <Flex vertical>
          <Link to={`/cadres/${row.cadreId}`}>{name}</Link>
          {access.canSeePortfolio && (
            <Link to={`/cadres/${row.cadreId}/portfolio`} style={{ fontSize: 12 }}>
              {t('portfolio.open')}
            </Link>
          )}
        </Flex>
      ),
    },
    { title: t('fields.cadre.unitName'), dataIndex: 'unitName', key: 'unitName', width: 180, ellipsis: true },
    { title: t('fields.cadre.rankLevel'), dataIndex: 'rankLevel', key: 'rankLevel', width: 110, render: (rank) => enumLabel(t, 'rankLevel', rank) },
    {
      title: t('compliance.requirements'),
      key: 'requirements',
      render: (_, row) => (
        <Flex vertical gap={4}>
          {(row.assessment?.requirements ?? []).map((requirement) => (
            <RequirementProgress key={requirement.kind} requirement={requirement} compact />
          ))}
        </Flex>
      ),
    },
    {
      title: t('compliance.status'),
      key: 'status',
      width: 120,
      render: (_, row) => <ComplianceStatusTag status={row.assessment?.status} />,
    },
  ];

  return (
    <ServerTable<CadreCompliance, ComplianceSearch>
      rowKey="cadreId"
      columns={columns}
      table={table}
      page={view}
      total={matchingCadres(view, table.search.status)}
      loading={loading}
      showTotal={(total) => t('compliance.total', { count: total })}
      empty={empty}
      scroll={{ x: 1100 }}
    />
  );
}
