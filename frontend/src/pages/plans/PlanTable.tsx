import type { TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnits } from '../../api/queries';
import type { PlanPage, TrainingPlan } from '../../api/types';
import { ServerTable } from '../../components/ServerTable';
import type { TableSearch } from '../../components/useTableSearch';
import type { PlanSearch } from '../../domain/trainingPlan';
import { unitNamesById } from '../../domain/unitTree';
import { DesignatedProgress, PlanProgress } from './PlanProgress';

interface Props {
  table: TableSearch<PlanSearch>;
  page?: PlanPage;
  loading: boolean;
}

/** The year's plans: which unit, and how far each is towards its coverage and 学时 targets. */
export function PlanTable({ table, page, loading }: Props) {
  const { t } = useTranslation();
  const units = useUnits();
  const unitNames = useMemo(() => unitNamesById(units.data ?? []), [units.data]);
  const field = (key: string) => t(`fields.plan.${key}`);

  const columns: TableColumnsType<TrainingPlan> = [
    { title: field('title'), dataIndex: 'title', key: 'title', width: 260, sorter: true },
    { title: field('unitId'), dataIndex: 'unitId', key: 'unitId', width: 180, render: (unitId: string) => unitNames.get(unitId) ?? '' },
    { title: t('plans.coverage'), key: 'coverage', width: 280, render: (_, plan) => <PlanProgress plan={plan} measure="coverage" /> },
    { title: t('plans.hours'), key: 'hours', width: 280, render: (_, plan) => <PlanProgress plan={plan} measure="hours" /> },
    { title: field('designatedCadreIds'), key: 'designated', width: 160, render: (_, plan) => <DesignatedProgress plan={plan} /> },
  ];

  return (
    <ServerTable<TrainingPlan, PlanSearch>
      columns={columns}
      table={table}
      page={page}
      loading={loading}
      empty={t('plans.empty', { year: table.search.year })}
      scroll={{ x: 1160 }}
      showTotal={(total) => t('plans.total', { count: total })}
    />
  );
}
