import { Descriptions } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnits } from '../../api/queries';
import type { TrainingClass } from '../../api/types';
import { CapabilityTags } from '../../components/training/CapabilityTags';
import { formatHours } from '../../domain/requirementProgress';
import { unitNamesById } from '../../domain/unitTree';

export function ClassSummary({ trainingClass }: { trainingClass: TrainingClass }) {
  const { t, i18n } = useTranslation();
  const units = useUnits();
  const unitNames = useMemo(() => unitNamesById(units.data ?? []), [units.data]);
  const field = (key: string) => t(`fields.trainingClass.${key}`);
  return (
    <Descriptions
      column={{ xs: 1, md: 2, xl: 3 }}
      items={[
        { key: 'course', label: field('courseId'), children: trainingClass.courseTitle },
        { key: 'unit', label: field('unitId'), children: unitNames.get(trainingClass.unitId ?? '') },
        { key: 'dates', label: field('dates'), children: t('classes.dates', { start: trainingClass.startDate, end: trainingClass.endDate }) },
        { key: 'hours', label: field('creditHours'), children: formatHours(trainingClass.creditHours, i18n.language) },
        {
          key: 'places',
          label: field('enrolled'),
          children: t('classes.places', { enrolled: trainingClass.enrolled ?? 0, capacity: trainingClass.capacity ?? 0 }),
        },
        { key: 'venue', label: field('venue'), children: trainingClass.venue },
        { key: 'open', label: field('openEnrolment'), children: trainingClass.openEnrolment ? t('common.yes') : t('common.no') },
        { key: 'capabilities', label: t('fields.course.capabilities'), children: <CapabilityTags capabilities={trainingClass.capabilities} /> },
      ]}
    />
  );
}
