import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSignedIn } from '../../app/session';
import { SearchBox } from '../../components/SearchBox';
import { FilterBar, FilterSelect, UnitFilter } from '../../components/FilterBar';
import type { TableSearch } from '../../components/useTableSearch';
import { exportUrl, STATUS_FILTERS, type CadreSearch } from '../../domain/cadreSearch';
import { CADRE_CATEGORIES, enumOptions, RANK_LEVELS } from '../../domain/enums';

/** Search box and filters of the cadre list; every change lands in the URL. */
export function CadreFilters({ table }: { table: TableSearch<CadreSearch> }) {
  const { t } = useTranslation();
  const { access } = useSignedIn();
  const { search, filter: update } = table;

  return (
    <FilterBar
      onReset={() => table.reset()}
      extra={
        access.canExportCadres && (
          <>
            <Button icon={<DownloadOutlined />} href={exportUrl(search)} download>
              {t('cadres.export')}
            </Button>
            <Button icon={<DownloadOutlined />} href={exportUrl(search, 'register')} download title={t('cadres.exportRegisterHint')}>
              {t('cadres.exportRegister')}
            </Button>
          </>
        )
      }
    >
      <SearchBox value={search.q} placeholder={t('cadres.searchPlaceholder')} onSearch={(q) => update({ q })} />
      <UnitFilter label={t('cadres.filter.unit')} value={search.unitId} onChange={(unitId) => update({ unitId })} />
      <FilterSelect
        label={t('cadres.filter.rank')}
        options={enumOptions(t, 'rankLevel', RANK_LEVELS)}
        value={search.rank}
        onChange={(rank) => update({ rank })}
        width={140}
      />
      <FilterSelect
        label={t('cadres.filter.category')}
        options={enumOptions(t, 'category', CADRE_CATEGORIES)}
        value={search.category}
        onChange={(category) => update({ category })}
        width={160}
      />
      <FilterSelect
        label={t('cadres.filter.status')}
        clearable={false}
        options={STATUS_FILTERS.map((status) => ({ value: status, label: t(`cadres.status.${status}`) }))}
        value={search.status}
        onChange={(status) => update({ status })}
        width={110}
      />
    </FilterBar>
  );
}
