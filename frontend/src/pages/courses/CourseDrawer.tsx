import { Descriptions, Drawer, Empty, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Course } from '../../api/types';
import { CapabilityTags } from '../../components/training/CapabilityTags';
import { enumLabel } from '../../domain/enums';
import { formatHours } from '../../domain/requirementProgress';

/** A course's details and, for an online course, its modules. */
export function CourseDrawer({ course, onClose }: { course?: Course; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const field = (key: string) => t(`fields.course.${key}`);
  return (
    <Drawer open={Boolean(course)} onClose={onClose} title={course?.title} size={640} destroyOnHidden>
      {course && (
        <>
          <Descriptions
            bordered
            column={1}
            size="small"
            items={[
              { key: 'code', label: field('code'), children: course.code },
              { key: 'kind', label: field('kind'), children: enumLabel(t, 'courseKind', course.kind) },
              { key: 'capabilities', label: field('capabilities'), children: <CapabilityTags capabilities={course.capabilities} /> },
              { key: 'creditHours', label: field('creditHours'), children: formatHours(course.creditHours, i18n.language) },
              { key: 'online', label: field('online'), children: course.online ? t('common.yes') : t('common.no') },
              { key: 'offJobDays', label: field('offJobDays'), children: course.offJobDays },
              { key: 'provider', label: field('provider'), children: course.provider },
              { key: 'description', label: field('description'), children: course.description },
            ]}
          />
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            {field('modules')}
          </Typography.Title>
          {course.modules?.length ? (
            <Table
              rowKey="position"
              size="small"
              pagination={false}
              dataSource={course.modules}
              columns={[
                { title: t('courses.module.position'), dataIndex: 'position', key: 'position', width: 70 },
                { title: t('courses.module.title'), dataIndex: 'title', key: 'title' },
                { title: t('courses.module.minutes'), dataIndex: 'minutes', key: 'minutes', width: 110 },
                {
                  title: t('courses.module.hasTest'),
                  dataIndex: 'hasTest',
                  key: 'hasTest',
                  width: 90,
                  render: (hasTest: boolean) => (hasTest ? t('common.yes') : t('common.no')),
                },
              ]}
            />
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('courses.module.empty')} />
          )}
        </>
      )}
    </Drawer>
  );
}
