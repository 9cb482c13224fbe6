import { DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Select, TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnits } from '../../api/queries';
import { useSignedIn } from '../../app/session';
import { DEFAULT_SEARCH, exportUrl, STATUS_FILTERS, withFilters, type CadreSearch } from '../../domain/cadreSearch';
import { CADRE_CATEGORIES, enumOptions, RANK_LEVELS } from '../../domain/enums';
import { scopeRoots, toTreeSelectData } from '../../domain/unitTree';

interface Props {
  search: CadreSearch;
  onChange: (search: CadreSearch) => void;
}

/** Search box and filters of the cadre list; every change lands in the URL through `onChange`. */
export function CadreFilters({ search, onChange }: Props) {
  const { t } = useTranslation();
  const { session, access } = useSignedIn();
  const units = useUnits();
  const unitTree = useMemo(
    () => (units.data ? toTreeSelectData(scopeRoots(units.data, access.readsEveryUnit, session.unitId)) : []),
    [units.data, access.readsEveryUnit, session.unitId],
  );
  const update = (changes: Partial<CadreSearch>) => onChange(withFilters(search, changes));

  return (
    <Flex wrap gap={12} align="center">
      <Input.Search
        // Remounted when the URL changes (back button, shared link) so the box shows what is searched.
        key={search.q ?? ''}
        defaultValue={search.q}
        allowClear
        enterButton
        placeholder={t('cadres.searchPlaceholder')}
        aria-label={t('cadres.searchPlaceholder')}
        onSearch={(q) => update({ q: q.trim() || undefined })}
        style={{ width: 280 }}
      />
      <TreeSelect
        aria-label={t('cadres.filter.unit')}
        placeholder={t('cadres.filter.unit')}
        allowClear
        showSearch={{ treeNodeFilterProp: 'title' }}
        treeData={unitTree}
        loading={units.isPending}
        value={search.unitId}
        onChange={(unitId?: string) => update({ unitId: unitId || undefined })}
        treeDefaultExpandedKeys={unitTree.map((node) => node.value)}
        style={{ width: 260 }}
        popupMatchSelectWidth={360}
      />
      <Select
        aria-label={t('cadres.filter.rank')}
        placeholder={t('cadres.filter.rank')}
        allowClear
        options={enumOptions(t, 'rankLevel', RANK_LEVELS)}
        value={search.rank}
        onChange={(rank) => update({ rank })}
        style={{ width: 140 }}
      />
      <Select
        aria-label={t('cadres.filter.category')}
        placeholder={t('cadres.filter.category')}
        allowClear
        options={enumOptions(t, 'category', CADRE_CATEGORIES)}
        value={search.category}
        onChange={(category) => update({ category })}
        style={{ width: 160 }}
      />
      <Select
        aria-label={t('cadres.filter.status')}
        options={STATUS_FILTERS.map((status) => ({ value: status, label: t(`cadres.status.${status}`) }))}
        value={search.status}
        onChange={(status) => update({ status })}
        style={{ width: 110 }}
      />
      <Button icon={<ReloadOutlined />} onClick={() => onChange({ ...DEFAULT_SEARCH, size: search.size })}>
        {t('common.reset')}
      </Button>
      {access.canExportCadres && (
        <Button icon={<DownloadOutlined />} href={exportUrl(search)} download>
          {t('cadres.export')}
        </Button>
      )}
    </Flex>
  );
}
