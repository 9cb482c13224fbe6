import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useRounds } from '../../api/inspectionQueries';
import { useAccess } from '../../app/session';
import { ProblemAlert } from '../../components/ProblemAlert';
import { cycleYears } from '../../domain/assessmentSearch';
import { enumOptions, ROUND_KINDS, ROUND_STATUSES } from '../../domain/enums';
import { yearInBeijing } from '../../domain/format';
import { parseRoundSearch, roundSearchParams, toRoundQuery, type RoundSearch } from '../../domain/inspectionSearch';
import { withSearchFilters } from '../../domain/pagedSearch';
import { PlanRoundModal } from './PlanRoundModal';
import { RoundTable } from './RoundTable';
import { FilterBar, FilterSelect } from '../../components/FilterBar';

/**
 * 巡视巡察: the rounds of the user's scope (HR: those of its inspected units), newest first, by kind, stage and
 * year; inspectors plan new ones.
 */
export default function RoundsPage() {
  const { t } = useTranslation();
  const access = useAccess();
  const navigate = useNavigate();
  const thisYear = yearInBeijing();
  const [params, setParams] = useSearchParams();
  const search = parseRoundSearch(params, thisYear);
  const rounds = useRounds(toRoundQuery(search));
  const [planning, setPlanning] = useState(false);
  const setSearch = (next: RoundSearch) => setParams(roundSearchParams(next));
  const filter = (changes: Partial<RoundSearch>) => setSearch(withSearchFilters(search, changes));
  const filtered = Boolean(search.kind || search.status || search.year);

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
        <FilterBar onReset={() => setSearch({ page: 0, size: search.size })}>
          <FilterSelect
            label={t('inspection.rounds.filter.kind')}
            options={enumOptions(t, 'roundKind', ROUND_KINDS)}
            value={search.kind}
            onChange={(kind) => filter({ kind })}
            width={120}
          />
          <FilterSelect
            label={t('inspection.rounds.filter.status')}
            options={enumOptions(t, 'roundStatus', ROUND_STATUSES)}
            value={search.status}
            onChange={(status) => filter({ status })}
            width={140}
          />
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
          search={search}
          page={rounds.data}
          onChange={setSearch}
          loading={rounds.isFetching}
          empty={<Empty description={filtered ? t('inspection.rounds.emptyFiltered') : t('inspection.rounds.empty')} />}
        />
      </Flex>
      {planning && <PlanRoundModal onClose={() => setPlanning(false)} onPlanned={(round) => navigate(`/inspection/rounds/${round.id}`)} />}
    </Card>
  );
}
