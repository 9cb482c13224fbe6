import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { usePlans } from '../../api/trainingQueries';
import { useSignedIn } from '../../app/session';
import { ProblemAlert } from '../../components/ProblemAlert';
import { yearInBeijing } from '../../domain/format';
import { parsePlanSearch, planSearchParams, planYears, toPlanQuery, type PlanSearch } from '../../domain/trainingPlan';
import { CreatePlanModal } from './CreatePlanModal';
import { PlanTable } from './PlanTable';

/**
 * 培训计划: the annual plans in the user's scope for one year (this year in Beijing unless the URL says
 * otherwise), each with its progress; HR and administrators add plans.
 */
export default function PlansPage() {
  const { t } = useTranslation();
  const { access } = useSignedIn();
  const [params, setParams] = useSearchParams();
  const thisYear = yearInBeijing();
  const search = parsePlanSearch(params, thisYear);
  const year = search.year;
  const plans = usePlans(toPlanQuery(search));
  const [creating, setCreating] = useState(false);
  const setSearch = (next: PlanSearch) => setParams(planSearchParams(next, thisYear));
  const showYear = (next: number) => setSearch({ year: next, page: 0, size: search.size });

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
        <PlanTable search={search} page={plans.data} onChange={setSearch} loading={plans.isFetching} />
      </Flex>
      {creating && <CreatePlanModal year={year} onClose={() => setCreating(false)} onCreated={(plan) => plan.year && showYear(plan.year)} />}
    </Card>
  );
}
