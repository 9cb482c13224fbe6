import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UnitNode } from '../../api/types';
import { subtreeCadres } from '../../domain/unitTree';

/** Highlights every occurrence of the keyword in a unit's name. */
export function Highlighted({ text, keyword }: { text: string; keyword: string }) {
  const needle = keyword.trim();
  if (!needle) return <>{text}</>;
  const parts = text.split(new RegExp(`(${needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})`, 'i'));
  return (
    <>
      {parts.map((part, i) =>
        part.toLowerCase() === needle.toLowerCase() ? (
          <mark key={i} style={{ padding: 0, background: '#ffe58f' }}>
            {part}
          </mark>
        ) : (
          part
        ),
      )}
    </>
  );
}

/** A unit in the tree: its name, and, inside the user's scope, its own active cadres and those of the subtree. */
export function UnitTitle({ unit, keyword }: { unit: UnitNode; keyword: string }) {
  const { t } = useTranslation();
  const counted = unit.activeCadres != null;
  const own = unit.activeCadres ?? 0;
  const total = subtreeCadres(unit);
  return (
    <Space size={6}>
      <span>
        <Highlighted text={unit.name ?? unit.code ?? ''} keyword={keyword} />
      </span>
      {counted && <Tag color={own > 0 ? 'green' : 'default'}>{t('units.own', { count: own })}</Tag>}
      {counted && total !== own && <Typography.Text type="secondary">{t('units.subtree', { count: total })}</Typography.Text>}
      {unit.active === false && <Tag>{t('units.inactive')}</Tag>}
    </Space>
  );
}
