import { Button, Table, Tag, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Course, CoursePage } from '../../api/types';
import { serverPagination, withPagination } from '../../components/serverPagination';
import { CapabilityTags } from '../../components/training/CapabilityTags';
import type { CourseSearch } from '../../domain/courseSearch';
import { enumLabel } from '../../domain/enums';
import { formatHours } from '../../domain/requirementProgress';

interface Props {
  search: CourseSearch;
  page?: CoursePage;
  loading: boolean;
  onChange: (search: CourseSearch) => void;
  onOpen: (course: Course) => void;
  empty: ReactNode;
}

/** One server page of the catalogue; a title opens the course's details. */
export function CourseTable({ search, page, loading, onChange, onOpen, empty }: Props) {
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
    <Table<Course>
      rowKey="id"
      columns={columns}
      dataSource={page?.items ?? []}
      loading={loading}
      locale={{ emptyText: empty }}
      scroll={{ x: 1000 }}
      onChange={(pagination) => onChange(withPagination(search, pagination))}
      pagination={serverPagination(search, page?.total ?? 0, (total) => t('courses.total', { count: total }))}
    />
  );
}
