import { Card, Empty, Flex, Input, Tree, Typography, type TreeDataNode } from 'antd';
import { useMemo, useState, type Key } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useUnits } from '../../api/queries';
import type { UnitNode } from '../../api/types';
import { useSignedIn } from '../../app/session';
import { PageLoading } from '../../components/PageLoading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { toSearchParams } from '../../domain/cadreSearch';
import { filterUnits, scopeRoots } from '../../domain/unitTree';
import { UnitTitle } from './UnitTitle';

function toTreeData(nodes: UnitNode[], keyword: string): TreeDataNode[] {
  return nodes.map((unit) => ({
    key: unit.id ?? unit.code ?? '',
    title: <UnitTitle unit={unit} keyword={keyword} />,
    children: toTreeData(unit.children ?? [], keyword),
  }));
}

/** 单位: the unit tree in the user's scope; a click opens the cadre list of that unit and its subunits. */
export default function UnitsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { session, access } = useSignedIn();
  const units = useUnits();
  const [keyword, setKeyword] = useState('');
  // Expansion the user chose, remembered for the keyword it was chosen under.
  const [expanded, setExpanded] = useState<{ keyword: string; keys: Key[] }>();

  const roots = useMemo(
    () => (units.data ? scopeRoots(units.data, access.readsEveryUnit, session.unitId) : []),
    [units.data, access.readsEveryUnit, session.unitId],
  );
  const filtered = useMemo(() => filterUnits(roots, keyword), [roots, keyword]);
  const treeData = useMemo(() => toTreeData(filtered.roots, keyword), [filtered.roots, keyword]);
  // A new keyword opens every branch that leads to a match; without one, the top level starts open.
  const defaultExpanded = keyword.trim() ? filtered.expandedKeys : roots.map((root) => root.id ?? '');
  const expandedKeys = expanded?.keyword === keyword ? expanded.keys : defaultExpanded;

  if (units.isPending) return <PageLoading />;
  if (units.isError) return <ProblemAlert error={units.error} onRetry={() => void units.refetch()} />;

  return (
    <Card title={t('units.title')}>
      <Flex vertical gap={16}>
        <Typography.Text type="secondary">{t('units.hint')}</Typography.Text>
        <Input.Search
          allowClear
          placeholder={t('units.searchPlaceholder')}
          aria-label={t('units.searchPlaceholder')}
          value={keyword}
          onChange={(event) => setKeyword(event.target.value)}
          style={{ maxWidth: 400 }}
        />
        {keyword.trim() && <Typography.Text>{t('units.matches', { count: filtered.matches })}</Typography.Text>}
        {treeData.length === 0 ? (
          <Empty description={keyword.trim() ? t('units.noMatch') : t('units.empty')} />
        ) : (
          <Tree
            blockNode
            treeData={treeData}
            expandedKeys={expandedKeys}
            onExpand={(keys) => setExpanded({ keyword, keys })}
            onSelect={(keys) => {
              const unitId = keys[0];
              if (unitId) navigate(`/cadres?${toSearchParams({ unitId: String(unitId) }).toString()}`);
            }}
          />
        )}
      </Flex>
    </Card>
  );
}
