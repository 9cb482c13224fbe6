import { Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCourses } from '../../api/trainingQueries';
import { useDebouncedValue } from '../../components/useDebouncedValue';
import { formatHours } from '../../domain/requirementProgress';

interface Props {
  id?: string;
  value?: string;
  onChange?: (courseId: string) => void;
}

/** Picks a course of the catalogue, searched on the server by title or code. */
export function CourseSelect({ id, value, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const [typed, setTyped] = useState('');
  const q = useDebouncedValue(typed);
  const courses = useCourses({ q, size: 50 });
  const options = (courses.data?.items ?? []).map((course) => ({
    value: course.id!,
    label: `${course.title}（${t('training.hours', { hours: formatHours(course.creditHours, i18n.language) })}）`,
  }));

  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      options={options}
      loading={courses.isFetching}
      placeholder={t('courses.searchPlaceholder')}
      showSearch={{ filterOption: false, onSearch: setTyped }}
      notFoundContent={courses.isFetching ? t('common.loading') : t('courses.emptyFiltered')}
    />
  );
}
