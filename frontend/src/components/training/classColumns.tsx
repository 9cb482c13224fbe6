import type { TableColumnsType } from 'antd';
import type { TFunction } from 'i18next';
import type { TrainingClass } from '../../api/types';
import { formatHours } from '../../domain/requirementProgress';

/**
 * A class's term as columns of a list of classes: the dates (sorted on the server where the list is paged there),
 * the credit hours and the places taken of those offered.
 */
export function classTermColumns(t: TFunction, language: string, sortable = false): TableColumnsType<TrainingClass> {
  return [
    {
      title: t('fields.trainingClass.dates'),
      key: 'startDate',
      width: 220,
      sorter: sortable,
      render: (_, row) => t('classes.dates', { start: row.startDate, end: row.endDate }),
    },
    {
      title: t('fields.trainingClass.creditHours'),
      dataIndex: 'creditHours',
      key: 'creditHours',
      width: 80,
      align: 'right',
      render: (hours: number) => formatHours(hours, language),
    },
    {
      title: t('fields.trainingClass.enrolled'),
      key: 'enrolled',
      width: 100,
      align: 'right',
      render: (_, row) => t('classes.places', { enrolled: row.enrolled ?? 0, capacity: row.capacity ?? 0 }),
    },
  ];
}
