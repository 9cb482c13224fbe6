import { useTranslation } from 'react-i18next';
import { EnumFilter, FilterBar, FilterSelect, UnitFilter } from '../../components/FilterBar';
import type { TableSearch } from '../../components/useTableSearch';
import { cycleYears, type CycleSearch } from '../../domain/assessmentSearch';
import { CYCLE_STATUSES } from '../../domain/enums';

interface Props {
  table: TableSearch<CycleSearch>;
  thisYear: number;
}

/** Year, unit (with its subunits) and status of the cycles listed; every change lands in the URL. */
export function CycleFilters({ table, thisYear }: Props) {
  const { t } = useTranslation();
  const { search, filter: update } = table;

  return (
    <FilterBar onReset={() => table.reset()}>
      <FilterSelect<number>
        label={t('assessment.cycles.filter.year')}
        value={search.year}
        onChange={(year) => update({ year })}
        options={cycleYears(thisYear, search.year).map((value) => ({ value, label: t('assessment.yearOption', { year: value }) }))}
        width={140}
      />
      <UnitFilter label={t('assessment.cycles.filter.unit')} value={search.unitId} onChange={(unitId) => update({ unitId })} />
      <EnumFilter label={t('assessment.cycles.filter.status')} kind="cycleStatus" values={CYCLE_STATUSES} width={150}
        value={search.status} onChange={(status) => update({ status })} />
    </FilterBar>
  );
}
