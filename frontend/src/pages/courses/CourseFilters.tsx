import { useTranslation } from 'react-i18next';
import { EnumFilter, FilterBar } from '../../components/FilterBar';
import { SearchBox } from '../../components/SearchBox';
import type { TableSearch } from '../../components/useTableSearch';
import type { CourseSearch } from '../../domain/courseSearch';
import { CAPABILITIES, COURSE_KINDS } from '../../domain/enums';

/** Title or code, kind and capability; a change starts again on the first page. */
export function CourseFilters({ table }: { table: TableSearch<CourseSearch> }) {
  const { t } = useTranslation();
  const { search, filter: update } = table;

  return (
    <FilterBar onReset={() => table.reset()}>
      <SearchBox value={search.q} placeholder={t('courses.searchPlaceholder')} onSearch={(q) => update({ q })} />
      <EnumFilter label={t('courses.filter.kind')} kind="courseKind" values={COURSE_KINDS} width={200}
        value={search.kind} onChange={(kind) => update({ kind })} />
      <EnumFilter label={t('courses.filter.capability')} kind="capability" values={CAPABILITIES} width={180}
        value={search.capability} onChange={(capability) => update({ capability })} />
    </FilterBar>
  );
}
