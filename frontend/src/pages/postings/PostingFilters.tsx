import { Checkbox } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAccess } from '../../app/session';
import { SearchBox } from '../../components/SearchBox';
import { EnumFilter, FilterBar, UnitFilter } from '../../components/FilterBar';
import type { TableSearch } from '../../components/useTableSearch';
import { POSTING_TYPES } from '../../domain/enums';
import type { PostingSearch } from '../../domain/rotationSearch';

/** Text (name, employee number, host), unit (staff only), type and 谈心走访逾期; each change lands in the URL. */
export function PostingFilters({ table }: { table: TableSearch<PostingSearch> }) {
  const { t } = useTranslation();
  const access = useAccess();
  const { search, filter: update } = table;

  return (
    <FilterBar onReset={() => table.reset({ status: search.status })}>
      <SearchBox value={search.q} placeholder={t('rotation.postings.searchPlaceholder')} onSearch={(q) => update({ q })} />
      {access.canSeeCadres && (
        <UnitFilter label={t('rotation.postings.filter.unit')} value={search.unitId} onChange={(unitId) => update({ unitId })} width={240} />
      )}
      <EnumFilter label={t('rotation.postings.filter.type')} kind="postingType" values={POSTING_TYPES} width={180}
        value={search.type} onChange={(type) => update({ type })} />
      <Checkbox checked={Boolean(search.careOverdue)} onChange={(event) => update({ careOverdue: event.target.checked ? true : undefined })}>
        {t('rotation.postings.filter.careOverdue')}
      </Checkbox>
    </FilterBar>
  );
}
