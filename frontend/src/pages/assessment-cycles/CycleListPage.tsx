import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useCycles } from '../../api/assessmentQueries';
import { useSignedIn } from '../../app/session';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useTableSearch } from '../../components/useTableSearch';
import { CYCLE_SORTS, cycleFilters, toCycleQuery } from '../../domain/assessmentSearch';
import { yearInBeijing } from '../../domain/format';
import { CycleFilters } from './CycleFilters';
import { CycleTable } from './CycleTable';
import { OpenCycleModal } from './OpenCycleModal';
import { RegradeReportCard } from './RegradeReportCard';

/**
 * 年度考核: the units' annual cycles in the user's scope, filtered, sorted and paged in the URL, each with its
 * distribution against the 优秀 quota; HR and administrators open a unit's cycle for a year.
 */
export default function CycleListPage() {
  const { t } = useTranslation();
  const { access } = useSignedIn();
  const navigate = useNavigate();
  const thisYear = yearInBeijing();
  const table = useTableSearch(useMemo(() => cycleFilters(thisYear), [thisYear]), CYCLE_SORTS);
  const cycles = useCycles(toCycleQuery(table.search));
  const [opening, setOpening] = useState(false);

  return (
    <Flex vertical gap={16}>
      <Card
        title={t('assessment.cycles.title')}
        extra={
          access.canRunAssessment && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpening(true)}>
              {t('assessment.cycles.create')}
            </Button>
          )
        }
      >
        <Flex vertical gap={16}>
          <CycleFilters table={table} thisYear={thisYear} />
          {cycles.isError && <ProblemAlert error={cycles.error} onRetry={() => void cycles.refetch()} />}
          <CycleTable
            table={table}
            page={cycles.data}
            loading={cycles.isFetching}
            empty={table.filtered() ? t('assessment.cycles.emptyFiltered') : t('assessment.cycles.empty')}
          />
        </Flex>
        {opening && <OpenCycleModal thisYear={thisYear} onClose={() => setOpening(false)} onOpened={(cycle) => navigate(`/assessment/cycles/${cycle.id}`)} />}
      </Card>
      {access.canSeeRegradeReport && <RegradeReportCard year={table.search.year} />}
    </Flex>
  );
}
