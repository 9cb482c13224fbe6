import { useTranslation } from 'react-i18next';
import { SearchBox } from '../../components/SearchBox';
import { DEFAULT_COURSE_SEARCH, type CourseSearch } from '../../domain/courseSearch';
import { CAPABILITIES, COURSE_KINDS, enumOptions } from '../../domain/enums';
import { FilterBar, FilterSelect } from '../../components/FilterBar';

interface Props {
  search: CourseSearch;
  onChange: (search: CourseSearch) => void;
}

/** Title or code, kind and capability; a change starts again on the first page. */
export function CourseFilters({ search, onChange }: Props) {
  const { t } = useTranslation();
  const update = (changes: Partial<CourseSearch>) => onChange({ ...search, ...changes, page: 0 });

  return (
    <FilterBar onReset={() => onChange({ ...DEFAULT_COURSE_SEARCH, size: search.size })}>
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
