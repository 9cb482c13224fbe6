import { Card, Empty, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useCadres } from '../../api/queries';
import { ProblemAlert } from '../../components/ProblemAlert';
import { DEFAULT_SEARCH, parseCadreSearch, toSearchParams, type CadreSearch } from '../../domain/cadreSearch';
import { CadreFilters } from './CadreFilters';
import { CadreTable } from './CadreTable';

/** 干部名册: the search lives in the query string, so the page can be bookmarked and shared. */
export default function CadreListPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const search = parseCadreSearch(params);
  const cadres = useCadres(search);
  const setSearch = (next: CadreSearch) => setParams(toSearchParams(next));
  const filtered = toSearchParams({ ...search, page: 0, size: DEFAULT_SEARCH.size, sort: undefined }).size > 0;

  return (
    <Card title={t('cadres.title')}>
      <Flex vertical gap={16}>
        <CadreFilters search={search} onChange={setSearch} />
        {cadres.isError && <ProblemAlert error={cadres.error} onRetry={() => void cadres.refetch()} />}
        <CadreTable
          search={search}
          page={cadres.data}
          loading={cadres.isFetching}
          onChange={setSearch}
          empty={<Empty description={filtered ? t('cadres.emptyFiltered') : t('cadres.empty')} />}
        />
      </Flex>
    </Card>
  );
}
