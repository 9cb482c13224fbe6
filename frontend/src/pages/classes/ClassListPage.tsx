import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, type TableColumnsType } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useUnits } from '../../api/queries';
import { useClasses } from '../../api/trainingQueries';
import type { TrainingClass } from '../../api/types';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ServerTable } from '../../components/ServerTable';
import { classTermColumns } from '../../components/training/classColumns';
import { ClassStatusTag } from '../../components/training/StatusTags';
import { useTableSearch } from '../../components/useTableSearch';
import { CLASS_SORTS, classFilters, toClassQuery, type ClassSearch } from '../../domain/classSearch';
import { unitNamesById } from '../../domain/unitTree';
import { CreateClassModal } from './CreateClassModal';

/** 培训班管理: the classes in the user's scope, newest first, and 开班. */
export default function ClassListPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const table = useTableSearch(classFilters, CLASS_SORTS);
  const classes = useClasses(toClassQuery(table.search));
  const units = useUnits();
  const unitNames = useMemo(() => unitNamesById(units.data ?? []), [units.data]);
  const [creating, setCreating] = useState(false);
  const field = (key: string) => t(`fields.trainingClass.${key}`);

  const columns: TableColumnsType<TrainingClass> = [
    { title: field('title'), dataIndex: 'title', key: 'title', width: 280, sorter: true, render: (title: string, row) => <Link to={`/classes/${row.id}`}>{title}</Link> },
    { title: field('courseId'), dataIndex: 'courseTitle', key: 'courseTitle', ellipsis: true },
    { title: field('unitId'), dataIndex: 'unitId', key: 'unitId', width: 180, render: (unitId: string) => unitNames.get(unitId) ?? '' },
    ...classTermColumns(t, i18n.language, true),
    {
      title: field('openEnrolment'),
      dataIndex: 'openEnrolment',
      key: 'openEnrolment',
      width: 100,
      render: (open: boolean) => (open ? t('common.yes') : t('common.no')),
    },
    { title: field('status'), dataIndex: 'status', key: 'status', width: 100, sorter: true, render: (status) => <ClassStatusTag status={status} /> },
  ];

  return (
    <Card
      title={t('classes.title')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('classes.create')}
        </Button>
      }
    >
      <Flex vertical gap={16}>
        {classes.isError && <ProblemAlert error={classes.error} onRetry={() => void classes.refetch()} />}
        <ServerTable<TrainingClass, ClassSearch>
          columns={columns}
          table={table}
          page={classes.data}
          loading={classes.isFetching}
          empty={t('classes.empty')}
          scroll={{ x: 1100 }}
          showTotal={(total) => t('classes.total', { count: total })}
        />
      </Flex>
      {creating && <CreateClassModal onClose={() => setCreating(false)} onCreated={(created) => navigate(`/classes/${created.id}`)} />}
    </Card>
  );
}
