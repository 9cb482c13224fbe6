import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTenureDue } from '../../api/rotationQueries';
import type { TenureDue } from '../../api/types';
import { useAccess } from '../../app/session';
import { ProblemAlert } from '../../components/ProblemAlert';
import { FilterBar, FilterSelect, UnitFilter } from '../../components/FilterBar';
import { TenureStatusTag } from '../../components/rotation/RotationTags';
import { ServerTable } from '../../components/ServerTable';
import { useTableSearch } from '../../components/useTableSearch';
import { enumLabel } from '../../domain/enums';
import { DUE_FILTERS, dueExportUrl, dueFilters, toDueQuery, type DueSearch } from '../../domain/rotationSearch';

/**
 * 任职年限提醒 (党政领导干部交流工作规定): cadres in the same post for the years the rules allow (10, key posts 5) —
 * due, or due within the year — with whether they are on a posting already; the same list as xlsx.
 */
export default function DuePage() {
  const { t, i18n } = useTranslation();
  const access = useAccess();
  const table = useTableSearch(dueFilters);
  const { search, filter: update } = table;
  const due = useTenureDue(toDueQuery(search));
  const field = (key: string) => t(`fields.tenure.${key}`);
  const years = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });

  const columns: TableColumnsType<TenureDue> = [
    { title: t('fields.cadre.employeeNumber'), dataIndex: 'employeeNumber', key: 'employeeNumber', width: 120 },
    {
      title: t('fields.cadre.name'),
      dataIndex: 'name',
      key: 'name',
      width: 110,
      render: (name: string, row) => (access.canSeeCadres ? <Link to={`/cadres/${row.cadreId}`}>{name}</Link> : name),
    },
    { title: t('fields.cadre.unitName'), dataIndex: 'unitName', key: 'unitName', width: 170, ellipsis: true },
    {
      title: t('fields.cadre.positionTitle'),
      key: 'positionTitle',
      width: 260,
      render: (_, row) => (
        <Flex gap={4} wrap align="center">
          <span>{row.positionTitle}</span>
          {row.keyPost && <Tag color="purple">{t('rotation.due.keyPost')}</Tag>}
        </Flex>
      ),
    },
    { title: t('fields.cadre.rankLevel'), dataIndex: 'rankLevel', key: 'rankLevel', width: 110, render: (rank) => enumLabel(t, 'rankLevel', rank) },
    { title: t('fields.cadre.postSince'), dataIndex: 'postSince', key: 'postSince', width: 120 },
    {
      title: field('yearsInPost'),
      key: 'yearsInPost',
      width: 130,
      align: 'right',
      render: (_, row) => t('rotation.due.yearsOf', { years: years.format(row.yearsInPost ?? 0), limit: row.limitYears }),
    },
    { title: field('dueOn'), dataIndex: 'dueOn', key: 'dueOn', width: 120 },
    { title: field('status'), dataIndex: 'status', key: 'status', width: 110, render: (status) => <TenureStatusTag status={status} /> },
    {
      title: field('onPosting'),
      dataIndex: 'onPosting',
      key: 'onPosting',
      render: (onPosting: boolean) =>
        onPosting ? <Tag color="green">{t('rotation.due.onPosting')}</Tag> : <Typography.Text type="secondary">{t('rotation.due.notOnPosting')}</Typography.Text>,
    },
  ];

  return (
    <Card title={t('rotation.due.title')} extra={<Typography.Text type="secondary">{t('rotation.due.hint')}</Typography.Text>}>
      <Flex vertical gap={16}>
        <FilterBar
          onReset={() => table.reset()}
          extra={
            <Button icon={<DownloadOutlined />} href={dueExportUrl(search)} download>
              {t('rotation.due.export')}
            </Button>
          }
        >
          <UnitFilter label={t('rotation.due.filter.unit')} value={search.unitId} onChange={(unitId) => update({ unitId })} />
          <FilterSelect
            label={t('rotation.due.filter.status')}
            options={DUE_FILTERS.map((status) => ({ value: status, label: enumLabel(t, 'tenureStatus', status) }))}
            value={search.status}
            onChange={(status) => update({ status })}
            width={150}
          />
        </FilterBar>
        {due.isError && <ProblemAlert error={due.error} onRetry={() => void due.refetch()} />}
        <ServerTable<TenureDue, DueSearch>
          rowKey="cadreId"
          columns={columns}
          table={table}
          page={due.data}
          loading={due.isFetching}
          showTotal={(total) => t('rotation.due.total', { count: total })}
          empty={t('rotation.due.empty')}
          scroll={{ x: 1400 }}
        />
      </Flex>
    </Card>
  );
}
