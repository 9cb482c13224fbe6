import { Empty, Table, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnits } from '../../api/queries';
import type { TrainingPlan } from '../../api/types';
import { unitNamesById } from '../../domain/unitTree';
import { DesignatedProgress, PlanProgress } from './PlanProgress';

interface Props {
  year: number;
  plans: readonly TrainingPlan[];
  loading: boolean;
}

/** The year's plans: which unit, and how far each is towards its coverage and 学时 targets. */
export function PlanTable({ year, plans, loading }: Props) {
  const { t } = useTranslation();
  const units = useUnits();
  const unitNames = useMemo(() => unitNamesById(units.data ?? []), [units.data]);
  const field = (key: string) => t(`fields.plan.${key}`);

  const columns: TableColumnsType<TrainingPlan> = [
    { title: field('title'), dataIndex: 'title', key: 'title', width: 260 },
    { title: field('unitId'), dataIndex: 'unitId', key: 'unitId', width: 180, render: (unitId: string) => unitNames.get(unitId) ?? '' },
    { title: t('plans.coverage'), key: 'coverage', width: 280, render: (_, plan) => <PlanProgress plan={plan} measure="coverage" /> },
    { title: t('plans.hours'), key: 'hours', width: 280, render: (_, plan) => <PlanProgress plan={plan} measure="hours" /> },
    { title: field('designatedCadreIds'), key: 'designated', width: 160, render: (_, plan) => <DesignatedProgress plan={plan} /> },
  ];

  return (
    <Table<TrainingPlan>
      rowKey="id"
      columns={columns}
      dataSource={[...plans]}
      loading={loading}
      locale={{ emptyText: <Empty description={t('plans.empty', { year })} /> }}
      scroll={{ x: 1160 }}
      pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (total) => t('plans.total', { count: total }) }}
    />
  );
}
