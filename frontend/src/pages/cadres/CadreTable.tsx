import { Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Cadre, CadrePage } from '../../api/types';
import { CategoryTags } from '../../components/cadre/CategoryTags';
import { ServerTable } from '../../components/ServerTable';
import type { TableSearch } from '../../components/useTableSearch';
import type { CadreSearch } from '../../domain/cadreSearch';
import { enumLabel } from '../../domain/enums';

interface Props {
  table: TableSearch<CadreSearch>;
  page?: CadrePage;
  loading: boolean;
  empty: string;
}

/** One server page of cadres; sorting and paging are the server's, driven through the search. */
export function CadreTable({ table, page, loading, empty }: Props) {
  const { t } = useTranslation();

  const columns: TableColumnsType<Cadre> = [
    { title: t('fields.cadre.employeeNumber'), dataIndex: 'employeeNumber', key: 'employeeNumber', sorter: true, width: 130 },
    {
      title: t('fields.cadre.name'),
      dataIndex: 'name',
      key: 'name',
      sorter: true,
      width: 110,
      render: (name: string, cadre) => <Link to={`/cadres/${cadre.id}`}>{name}</Link>,
    },
    { title: t('fields.cadre.gender'), dataIndex: 'gender', key: 'gender', width: 80, render: (v) => enumLabel(t, 'gender', v) },
    { title: t('fields.cadre.birthDate'), dataIndex: 'birthDate', key: 'birthDate', sorter: true, width: 120 },
    { title: t('fields.cadre.unitName'), dataIndex: 'unitName', key: 'unitName', ellipsis: true },
    { title: t('fields.cadre.positionTitle'), dataIndex: 'positionTitle', key: 'positionTitle', ellipsis: true },
    {
      title: t('fields.cadre.rankLevel'),
      dataIndex: 'rankLevel',
      key: 'rankLevel',
      sorter: true,
      width: 120,
      render: (v) => enumLabel(t, 'rankLevel', v),
    },
    { title: t('fields.cadre.postSince'), dataIndex: 'postSince', key: 'postSince', sorter: true, width: 130 },
    {
      title: t('fields.cadre.categories'),
      dataIndex: 'categories',
      key: 'categories',
      width: 190,
      render: (categories: Cadre['categories'], cadre) => (
        <>
          <CategoryTags categories={categories} />
          {cadre.status === 'RETIRED' && <Tag>{enumLabel(t, 'cadreStatus', 'RETIRED')}</Tag>}
        </>
      ),
    },
  ];

  return (
    <ServerTable<Cadre, CadreSearch>
      columns={columns}
      table={table}
      page={page}
      loading={loading}
      showTotal={(total) => t('cadres.total', { count: total })}
      empty={empty}
      scroll={{ x: 1300 }}
    />
  );
}
