import { DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import { Button, Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSignedIn } from '../../app/session';
import { SearchBox } from '../../components/SearchBox';
import { UnitTreeSelect } from '../../components/UnitTreeSelect';
import { DEFAULT_SEARCH, exportUrl, STATUS_FILTERS, withFilters, type CadreSearch } from '../../domain/cadreSearch';
import { CADRE_CATEGORIES, enumOptions, RANK_LEVELS } from '../../domain/enums';

interface Props {
  search: CadreSearch;
  onChange: (search: CadreSearch) => void;
}

/** Search box and filters of the cadre list; every change lands in the URL through `onChange`. */
export function CadreFilters({ search, onChange }: Props) {
  const { t } = useTranslation();
  const { access } = useSignedIn();
  const update = (changes: Partial<CadreSearch>) => onChange(withFilters(search, changes));

  return (
    <Flex wrap gap={12} align="center">
      <SearchBox value={search.q} placeholder={t('cadres.searchPlaceholder')} onSearch={(q) => update({ q })} />
      <UnitTreeSelect
        aria-label={t('cadres.filter.unit')}
        placeholder={t('cadres.filter.unit')}
        allowClear
        value={search.unitId}
        onChange={(unitId?: string) => update({ unitId: unitId || undefined })}
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
