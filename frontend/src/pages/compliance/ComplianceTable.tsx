import { Flex, Table, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CadreCompliance, UnitCompliance } from '../../api/types';
import { RequirementProgress } from '../../components/training/RequirementProgress';
import { serverPagination, withPagination } from '../../components/serverPagination';
import { ComplianceStatusTag } from '../../components/training/StatusTags';
import { matchingCadres, type ComplianceSearch } from '../../domain/complianceSearch';
import { enumLabel } from '../../domain/enums';

interface Props {
  search: ComplianceSearch;
  view?: UnitCompliance;
  loading: boolean;
  onChange: (search: ComplianceSearch) => void;
  empty: ReactNode;
}

/** One server page of cadres with their hours against each requirement that applies to them. */
export function ComplianceTable({ search, view, loading, onChange, empty }: Props) {
  const { t } = useTranslation();
  const columns: TableColumnsType<CadreCompliance> = [
    { title: t('fields.cadre.employeeNumber'), dataIndex: 'employeeNumber', key: 'employeeNumber', width: 120 },
    {
      title: t('fields.cadre.name'),
      dataIndex: 'name',
      key: 'name',
      width: 100,
      render: (name: string, row) => <Link to={`/cadres/${row.cadreId}`}>{name}</Link>,
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
    <Table<CadreCompliance>
      rowKey="cadreId"
      columns={columns}
      dataSource={view?.items ?? []}
      loading={loading}
      locale={{ emptyText: empty }}
      scroll={{ x: 1100 }}
      onChange={(pagination) => onChange(withPagination(search, pagination))}
      pagination={serverPagination(search, matchingCadres(view, search.status), (total) => t('compliance.total', { count: total }))}
    />
  );
}
