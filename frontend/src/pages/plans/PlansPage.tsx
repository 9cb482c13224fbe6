import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Select } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePlans } from '../../api/trainingQueries';
import { useSignedIn } from '../../app/session';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useTableSearch } from '../../components/useTableSearch';
import { yearInBeijing } from '../../domain/format';
import { PLAN_SORTS, planFilters, planYears, toPlanQuery } from '../../domain/trainingPlan';
import { CreatePlanModal } from './CreatePlanModal';
import { PlanTable } from './PlanTable';

/**
 * 培训计划: the annual plans in the user's scope for one year (this year in Beijing unless the URL says
 * otherwise), each with its progress; HR and administrators add plans.
 */
export default function PlansPage() {
  const { t } = useTranslation();
  const { access } = useSignedIn();
  const thisYear = yearInBeijing();
  const table = useTableSearch(useMemo(() => planFilters(thisYear), [thisYear]), PLAN_SORTS);
  const year = table.search.year;
  const plans = usePlans(toPlanQuery(table.search));
  const [creating, setCreating] = useState(false);
  const showYear = (next: number) => table.reset({ year: next });

  return (
    <Card
      title={t('plans.title')}
      extra={
        <Flex gap={12} align="center">
          <Select<number>
            aria-label={t('plans.year')}
            value={year}
            onChange={showYear}
            options={planYears(thisYear, year).map((value) => ({ value, label: t('plans.yearOption', { year: value }) }))}
            style={{ width: 140 }}
          />
          {access.canManagePlans && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('plans.create')}
            </Button>
          )}
        </Flex>
      }
    >
      <Flex vertical gap={16}>
        {plans.isError && <ProblemAlert error={plans.error} onRetry={() => void plans.refetch()} />}
        <PlanTable table={table} page={plans.data} loading={plans.isFetching} />
      </Flex>
      {creating && <CreatePlanModal year={year} onClose={() => setCreating(false)} onCreated={(plan) => plan.year && showYear(plan.year)} />}
    </Card>
  );
}
