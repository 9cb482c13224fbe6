import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CadreCategory } from '../../api/types';
import { CADRE_CATEGORIES, enumLabel } from '../../domain/enums';

const COLORS: Record<CadreCategory, string> = {
  PARTY_GROUP_MANAGED: 'red',
  YOUNG_AND_MIDDLE_AGED: 'blue',
  OUTSTANDING_YOUNG: 'gold',
  RESERVE: 'green',
};

export function CategoryTags({ categories }: { categories?: readonly CadreCategory[] }) {
  const { t } = useTranslation();
  const sorted = CADRE_CATEGORIES.filter((category) => categories?.includes(category));
  if (sorted.length === 0) return null;
  return (
    <Space size={[0, 4]} wrap>
      {sorted.map((category) => (
        <Tag key={category} color={COLORS[category]}>
          {enumLabel(t, 'category', category)}
        </Tag>
      ))}
    </Space>
  );
}
