import { DownloadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSignedIn } from '../../app/session';
import { SearchBox } from '../../components/SearchBox';
import { EnumFilter, FilterBar, FilterSelect, UnitFilter } from '../../components/FilterBar';
import type { TableSearch } from '../../components/useTableSearch';
import { exportUrl, STATUS_FILTERS, type CadreSearch } from '../../domain/cadreSearch';
import { CADRE_CATEGORIES, RANK_LEVELS } from '../../domain/enums';

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
      <EnumFilter label={t('cadres.filter.rank')} kind="rankLevel" values={RANK_LEVELS} width={140}
        value={search.rank} onChange={(rank) => update({ rank })} />
      <EnumFilter label={t('cadres.filter.category')} kind="category" values={CADRE_CATEGORIES} width={160}
        value={search.category} onChange={(category) => update({ category })} />
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
