import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCourses } from '../../api/trainingQueries';
import type { Course } from '../../api/types';
import { useAccess } from '../../app/session';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useTableSearch } from '../../components/useTableSearch';
import { courseFilters } from '../../domain/courseSearch';
import { CourseDrawer } from './CourseDrawer';
import { CourseFilters } from './CourseFilters';
import { CourseTable } from './CourseTable';
import { CreateCourseModal } from './CreateCourseModal';

/** 课程目录: search by title, kind and capability (kept in the URL); HR and administrators add courses. */
export default function CoursesPage() {
  const { t } = useTranslation();
  const access = useAccess();
  const table = useTableSearch(courseFilters);
  const courses = useCourses(table.search);
  const [opened, setOpened] = useState<Course>();
  const [creating, setCreating] = useState(false);

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
        <CourseFilters table={table} />
        {courses.isError && <ProblemAlert error={courses.error} onRetry={() => void courses.refetch()} />}
        <CourseTable
          table={table}
          page={courses.data}
          loading={courses.isFetching}
          onOpen={setOpened}
          empty={table.filtered() ? t('courses.emptyFiltered') : t('courses.empty')}
        />
      </Flex>
      <CourseDrawer course={opened} onClose={() => setOpened(undefined)} />
      {creating && <CreateCourseModal onClose={() => setCreating(false)} onCreated={setOpened} />}
    </Card>
  );
}
