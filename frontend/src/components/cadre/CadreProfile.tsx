import { Descriptions, Tag, type DescriptionsProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Cadre } from '../../api/types';
import { enumLabel } from '../../domain/enums';
import { ageOn } from '../../domain/format';
import { CategoryTags } from './CategoryTags';

/** A cadre's registry record (干部基本信息). */
export function CadreProfile({ cadre }: { cadre: Cadre }) {
  const { t } = useTranslation();
  const age = ageOn(cadre.birthDate);
  const field = (key: keyof Cadre) => t(`fields.cadre.${key}`);
  const items: DescriptionsProps['items'] = [
    { key: 'employeeNumber', label: field('employeeNumber'), children: cadre.employeeNumber },
    { key: 'name', label: field('name'), children: cadre.name },
    { key: 'gender', label: field('gender'), children: enumLabel(t, 'gender', cadre.gender) },
    {
      key: 'birthDate',
      label: field('birthDate'),
      children: age === undefined ? cadre.birthDate : t('cadre.birthDateWithAge', { date: cadre.birthDate, age }),
    },
    { key: 'unitName', label: field('unitName'), children: cadre.unitName },
    { key: 'positionTitle', label: field('positionTitle'), children: cadre.positionTitle },
    { key: 'rankLevel', label: field('rankLevel'), children: enumLabel(t, 'rankLevel', cadre.rankLevel) },
    { key: 'postSince', label: field('postSince'), children: cadre.postSince },
    { key: 'rankSince', label: field('rankSince'), children: cadre.rankSince },
    { key: 'joinedWorkOn', label: field('joinedWorkOn'), children: cadre.joinedWorkOn },
    { key: 'politicalStatus', label: field('politicalStatus'), children: enumLabel(t, 'politicalStatus', cadre.politicalStatus) },
    { key: 'education', label: field('education'), children: enumLabel(t, 'education', cadre.education) },
    { key: 'categories', label: field('categories'), children: <CategoryTags categories={cadre.categories} /> },
    {
      key: 'status',
      label: field('status'),
      span: 'filled',
      children: (
        <Tag color={cadre.status === 'RETIRED' ? 'default' : 'green'}>
          {cadre.status === 'RETIRED' && cadre.retiredOn
            ? t('cadre.retiredOn', { date: cadre.retiredOn })
            : enumLabel(t, 'cadreStatus', cadre.status)}
        </Tag>
      ),
    },
  ];
  return <Descriptions bordered column={{ xs: 1, md: 2, xl: 3 }} items={items} />;
}
