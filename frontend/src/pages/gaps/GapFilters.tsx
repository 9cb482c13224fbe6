import { useTranslation } from 'react-i18next';
import { useAccess } from '../../app/session';
import { EnumFilter, FilterBar, FilterSelect, UnitFilter } from '../../components/FilterBar';
import type { TableSearch } from '../../components/useTableSearch';
import { GAP_STATUS_FILTERS, type GapSearch } from '../../domain/assessmentSearch';
import { CAPABILITIES, enumLabel } from '../../domain/enums';

/** Unit (with its subunits; staff only, a cadre sees the own gaps), status and capability; each change lands in the URL. */
export function GapFilters({ table }: { table: TableSearch<GapSearch> }) {
  const { t } = useTranslation();
  const access = useAccess();
  const { search, filter: update } = table;

  return (
    <FilterBar>
      {access.canSeeAssessment && (
        <UnitFilter label={t('assessment.gaps.filter.unit')} value={search.unitId} onChange={(unitId) => update({ unitId })} />
      )}
      <FilterSelect
        label={t('assessment.gaps.filter.status')}
        clearable={false}
        options={GAP_STATUS_FILTERS.map((status) => ({ value: status, label: status === 'ALL' ? t('assessment.gaps.allStatuses') : enumLabel(t, 'gapStatus', status) }))}
        value={search.status}
        onChange={(status) => update({ status })}
        width={130}
      />
      <EnumFilter label={t('assessment.gaps.filter.capability')} kind="capability" values={CAPABILITIES} width={180}
        value={search.capability} onChange={(capability) => update({ capability })} />
    </FilterBar>
  );
}
