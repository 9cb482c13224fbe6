import { Button, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Course, CoursePage } from '../../api/types';
import { ServerTable } from '../../components/ServerTable';
import type { TableSearch } from '../../components/useTableSearch';
import { CapabilityTags } from '../../components/training/CapabilityTags';
import type { CourseSearch } from '../../domain/courseSearch';
import { enumLabel } from '../../domain/enums';
import { formatHours } from '../../domain/requirementProgress';

interface Props {
  table: TableSearch<CourseSearch>;
  page?: CoursePage;
  loading: boolean;
  onOpen: (course: Course) => void;
  empty: string;
}

/** One server page of the catalogue; a title opens the course's details. */
export function CourseTable({ table, page, loading, onOpen, empty }: Props) {
  const { t, i18n } = useTranslation();
  const columns: TableColumnsType<Course> = [
    { title: t('fields.course.code'), dataIndex: 'code', key: 'code', width: 130 },
    {
      title: t('fields.course.title'),
      dataIndex: 'title',
      key: 'title',
      render: (title: string, course) => (
        <Button type="link" style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }} onClick={() => onOpen(course)}>
          {title}
        </Button>
      ),
    },
    { title: t('fields.course.kind'), dataIndex: 'kind', key: 'kind', width: 170, render: (kind) => enumLabel(t, 'courseKind', kind) },
    {
      title: t('fields.course.capabilities'),
      dataIndex: 'capabilities',
      key: 'capabilities',
      width: 260,
      render: (capabilities: Course['capabilities']) => <CapabilityTags capabilities={capabilities} />,
    },
    {
      title: t('fields.course.creditHours'),
      dataIndex: 'creditHours',
      key: 'creditHours',
      width: 90,
      align: 'right',
      render: (hours: number) => formatHours(hours, i18n.language),
    },
    {
      title: t('fields.course.online'),
      dataIndex: 'online',
      key: 'online',
      width: 90,
      render: (online: boolean) => <Tag color={online ? 'cyan' : 'default'}>{online ? t('courses.online') : t('courses.offline')}</Tag>,
    },
  ];

  return (
    <ServerTable<Course, CourseSearch>
      columns={columns}
      table={table}
      page={page}
      loading={loading}
      showTotal={(total) => t('courses.total', { count: total })}
      empty={empty}
      scroll={{ x: 1000 }}
    />
  );
}
