import { PlusOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Select } from 'antd';
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
  const [params, setParams] = useSearchParams();
  const search = parseRoundSearch(params, thisYear);
  const rounds = useRounds(toRoundQuery(search));
  const [planning, setPlanning] = useState(false);
  const setSearch = (next: RoundSearch) => setParams(roundSearchParams(next));
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
        <Flex wrap gap={12} align="center">
          <Select
            aria-label={t('inspection.rounds.filter.kind')}
            placeholder={t('inspection.rounds.filter.kind')}
            allowClear
            options={enumOptions(t, 'roundKind', ROUND_KINDS)}
            value={search.kind}
            onChange={(kind) => setSearch({ ...search, kind })}
            style={{ width: 120 }}
          />
          <Select
            aria-label={t('inspection.rounds.filter.status')}
            placeholder={t('inspection.rounds.filter.status')}
            allowClear
            options={enumOptions(t, 'roundStatus', ROUND_STATUSES)}
            value={search.status}
            onChange={(status) => setSearch({ ...search, status })}
            style={{ width: 140 }}
          />
          <Select<number>
            aria-label={t('inspection.rounds.filter.year')}
            placeholder={t('inspection.rounds.filter.year')}
            allowClear
            options={cycleYears(thisYear + 1, search.year).map((value) => ({ value, label: t('inspection.yearOption', { year: value }) }))}
            value={search.year}
            onChange={(year) => setSearch({ ...search, year })}
            style={{ width: 130 }}
          />
          <Button icon={<ReloadOutlined />} onClick={() => setSearch({})}>
            {t('common.reset')}
          </Button>
        </Flex>
        {rounds.isError && <ProblemAlert error={rounds.error} onRetry={() => void rounds.refetch()} />}
        <RoundTable
          rounds={rounds.data ?? []}
          loading={rounds.isFetching}
          empty={<Empty description={filtered ? t('inspection.rounds.emptyFiltered') : t('inspection.rounds.empty')} />}
        />
      </Flex>
      {planning && <PlanRoundModal onClose={() => setPlanning(false)} onPlanned={(round) => navigate(`/inspection/rounds/${round.id}`)} />}
    </Card>
  );
}
