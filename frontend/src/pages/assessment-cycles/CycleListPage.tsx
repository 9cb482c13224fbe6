import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useCycles } from '../../api/assessmentQueries';
import { useSignedIn } from '../../app/session';
import { ProblemAlert } from '../../components/ProblemAlert';
import { cycleSearchParams, parseCycleSearch, toCycleQuery, type CycleSearch } from '../../domain/assessmentSearch';
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
  const [params, setParams] = useSearchParams();
  const search = parseCycleSearch(params, thisYear);
  const cycles = useCycles(toCycleQuery(search));
  const [opening, setOpening] = useState(false);
  const setSearch = (next: CycleSearch) => setParams(cycleSearchParams(next));
  const filtered = Boolean(search.year || search.unitId || search.status);

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
          <CycleFilters search={search} thisYear={thisYear} onChange={setSearch} />
          {cycles.isError && <ProblemAlert error={cycles.error} onRetry={() => void cycles.refetch()} />}
          <CycleTable
            search={search}
            page={cycles.data}
            loading={cycles.isFetching}
            onChange={setSearch}
            empty={<Empty description={filtered ? t('assessment.cycles.emptyFiltered') : t('assessment.cycles.empty')} />}
          />
        </Flex>
        {opening && <OpenCycleModal thisYear={thisYear} onClose={() => setOpening(false)} onOpened={(cycle) => navigate(`/assessment/cycles/${cycle.id}`)} />}
      </Card>
      {access.canSeeRegradeReport && <RegradeReportCard year={search.year} />}
    </Flex>
  );
}
