import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useRounds } from '../../api/inspectionQueries';
import { useAccess } from '../../app/session';
import { EnumFilter, FilterBar, FilterSelect } from '../../components/FilterBar';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useTableSearch } from '../../components/useTableSearch';
import { cycleYears } from '../../domain/assessmentSearch';
import { ROUND_KINDS, ROUND_STATUSES } from '../../domain/enums';
import { yearInBeijing } from '../../domain/format';
import { ROUND_SORTS, roundFilters, toRoundQuery } from '../../domain/inspectionSearch';
import { PlanRoundModal } from './PlanRoundModal';
import { RoundTable } from './RoundTable';

/**
 * 巡视巡察: the rounds of the user's scope (HR: those of its inspected units), newest first, by kind, stage and
 * year; inspectors plan new ones.
 */
export default function RoundsPage() {
  const { t } = useTranslation();
  const access = useAccess();
  const navigate = useNavigate();
  const thisYear = yearInBeijing();
  const table = useTableSearch(useMemo(() => roundFilters(thisYear), [thisYear]), ROUND_SORTS);
  const { search, filter } = table;
  const rounds = useRounds(toRoundQuery(search));
  const [planning, setPlanning] = useState(false);

  return (
    <Card
      title={t('inspection.rounds.title')}
      extra={
        access.canInspect && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setPlanning(true)}>
            {t('inspection.rounds.create')}
          </Button>
        )
      }
    >
      <Flex vertical gap={16}>
        <FilterBar onReset={() => table.reset()}>
          <EnumFilter label={t('inspection.rounds.filter.kind')} kind="roundKind" values={ROUND_KINDS} width={120}
            value={search.kind} onChange={(kind) => filter({ kind })} />
          <EnumFilter label={t('inspection.rounds.filter.status')} kind="roundStatus" values={ROUND_STATUSES} width={140}
            value={search.status} onChange={(status) => filter({ status })} />
          <FilterSelect<number>
            label={t('inspection.rounds.filter.year')}
            options={cycleYears(thisYear + 1, search.year).map((value) => ({ value, label: t('inspection.yearOption', { year: value }) }))}
            value={search.year}
            onChange={(year) => filter({ year })}
            width={130}
          />
        </FilterBar>
        {rounds.isError && <ProblemAlert error={rounds.error} onRetry={() => void rounds.refetch()} />}
        <RoundTable
          table={table}
          page={rounds.data}
          loading={rounds.isFetching}
          empty={table.filtered() ? t('inspection.rounds.emptyFiltered') : t('inspection.rounds.empty')}
        />
      </Flex>
      {planning && <PlanRoundModal onClose={() => setPlanning(false)} onPlanned={(round) => navigate(`/inspection/rounds/${round.id}`)} />}
    </Card>
  );
}
