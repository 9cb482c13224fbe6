import { ReloadOutlined } from '@ant-design/icons';
import { Button, Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { SearchBox } from '../../components/SearchBox';
import { DEFAULT_COURSE_SEARCH, type CourseSearch } from '../../domain/courseSearch';
import { CAPABILITIES, COURSE_KINDS, enumOptions } from '../../domain/enums';

interface Props {
  search: CourseSearch;
  onChange: (search: CourseSearch) => void;
}

/** Title or code, kind and capability; a change starts again on the first page. */
export function CourseFilters({ search, onChange }: Props) {
  const { t } = useTranslation();
  const update = (changes: Partial<CourseSearch>) => onChange({ ...search, ...changes, page: 0 });

  return (
    <Flex wrap gap={12} align="center">
      <SearchBox value={search.q} placeholder={t('courses.searchPlaceholder')} onSearch={(q) => update({ q })} />
      <Select
        aria-label={t('courses.filter.kind')}
        placeholder={t('courses.filter.kind')}
        allowClear
        options={enumOptions(t, 'courseKind', COURSE_KINDS)}
        value={search.kind}
        onChange={(kind) => update({ kind })}
        style={{ width: 200 }}
      />
      <Select
        aria-label={t('courses.filter.capability')}
        placeholder={t('courses.filter.capability')}
        allowClear
        options={enumOptions(t, 'capability', CAPABILITIES)}
        value={search.capability}
        onChange={(capability) => update({ capability })}
        style={{ width: 180 }}
      />
      <Button icon={<ReloadOutlined />} onClick={() => onChange({ ...DEFAULT_COURSE_SEARCH, size: search.size })}>
        {t('common.reset')}
      </Button>
    </Flex>
  );
}
