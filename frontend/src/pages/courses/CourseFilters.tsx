import { useTranslation } from 'react-i18next';
import { FilterBar, FilterSelect } from '../../components/FilterBar';
import { SearchBox } from '../../components/SearchBox';
import type { TableSearch } from '../../components/useTableSearch';
import type { CourseSearch } from '../../domain/courseSearch';
import { CAPABILITIES, COURSE_KINDS, enumOptions } from '../../domain/enums';

/** Title or code, kind and capability; a change starts again on the first page. */
export function CourseFilters({ table }: { table: TableSearch<CourseSearch> }) {
  const { t } = useTranslation();
  const { search, filter: update } = table;

  return (
    <FilterBar onReset={() => table.reset()}>
      <SearchBox value={search.q} placeholder={t('courses.searchPlaceholder')} onSearch={(q) => update({ q })} />
      <FilterSelect
        label={t('courses.filter.kind')}
        options={enumOptions(t, 'courseKind', COURSE_KINDS)}
        value={search.kind}
        onChange={(kind) => update({ kind })}
        width={200}
      />
      <FilterSelect
        label={t('courses.filter.capability')}
        options={enumOptions(t, 'capability', CAPABILITIES)}
        value={search.capability}
        onChange={(capability) => update({ capability })}
        width={180}
      />
    </FilterBar>
  );
}
