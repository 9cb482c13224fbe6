import { Card, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCadres } from '../../api/queries';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useTableSearch } from '../../components/useTableSearch';
import { cadreFilters, SORTABLE_FIELDS } from '../../domain/cadreSearch';
import { CadreFilters } from './CadreFilters';
import { CadreTable } from './CadreTable';

/** 干部名册: the search lives in the query string, so the page can be bookmarked and shared. */
export default function CadreListPage() {
  const { t } = useTranslation();
  const table = useTableSearch(cadreFilters, SORTABLE_FIELDS);
  const cadres = useCadres(table.search);

  return (
    <Card title={t('cadres.title')}>
      <Flex vertical gap={16}>
        <CadreFilters table={table} />
        {cadres.isError && <ProblemAlert error={cadres.error} onRetry={() => void cadres.refetch()} />}
        <CadreTable table={table} page={cadres.data} loading={cadres.isFetching} empty={table.filtered() ? t('cadres.emptyFiltered') : t('cadres.empty')} />
      </Flex>
    </Card>
  );
}
