import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useCourses } from '../../api/trainingQueries';
import type { Course } from '../../api/types';
import { useAccess } from '../../app/session';
import { ProblemAlert } from '../../components/ProblemAlert';
import { courseSearchParams, parseCourseSearch, type CourseSearch } from '../../domain/courseSearch';
import { CourseDrawer } from './CourseDrawer';
import { CourseFilters } from './CourseFilters';
import { CourseTable } from './CourseTable';
import { CreateCourseModal } from './CreateCourseModal';

/** 课程目录: search by title, kind and capability (kept in the URL); HR and administrators add courses. */
export default function CoursesPage() {
  const { t } = useTranslation();
  const access = useAccess();
  const [params, setParams] = useSearchParams();
  const search = parseCourseSearch(params);
  const courses = useCourses(search);
  const [opened, setOpened] = useState<Course>();
  const [creating, setCreating] = useState(false);
  const setSearch = (next: CourseSearch) => setParams(courseSearchParams(next));
  const filtered = Boolean(search.q || search.kind || search.capability);

  return (
    <Card
      title={t('courses.title')}
      extra={
        access.canManageCourses && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('courses.create')}
          </Button>
        )
      }
    >
      <Flex vertical gap={16}>
        <CourseFilters search={search} onChange={setSearch} />
        {courses.isError && <ProblemAlert error={courses.error} onRetry={() => void courses.refetch()} />}
        <CourseTable
          search={search}
          page={courses.data}
          loading={courses.isFetching}
          onChange={setSearch}
          onOpen={setOpened}
          empty={<Empty description={filtered ? t('courses.emptyFiltered') : t('courses.empty')} />}
        />
      </Flex>
      <CourseDrawer course={opened} onClose={() => setOpened(undefined)} />
      {creating && <CreateCourseModal onClose={() => setCreating(false)} onCreated={setOpened} />}
    </Card>
  );
}
