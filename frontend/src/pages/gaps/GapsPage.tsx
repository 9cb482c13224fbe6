import { Card, Empty, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useGaps } from '../../api/assessmentQueries';
import { ProblemAlert } from '../../components/ProblemAlert';
import { gapSearchParams, parseGapSearch, toGapQuery, type GapSearch } from '../../domain/assessmentSearch';
import { GapFilters } from './GapFilters';
import { GapTable } from './GapTable';

/**
 * 能力短板: capabilities below the threshold or well below the cadre's peers, open ones unless asked otherwise,
 * each opening onto the training proposed to close it. Staff see their scope, a cadre the own.
 */
export default function GapsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const search = parseGapSearch(params);
  const gaps = useGaps(toGapQuery(search));
  const setSearch = (next: GapSearch) => setParams(gapSearchParams(next));

  return (
    <Card title={t('assessment.gaps.title')} extra={<Typography.Text type="secondary">{t('assessment.gaps.hint')}</Typography.Text>}>
      <Flex vertical gap={16}>
        <GapFilters search={search} onChange={setSearch} />
        {gaps.isError && <ProblemAlert error={gaps.error} onRetry={() => void gaps.refetch()} />}
        <GapTable
          search={search}
          page={gaps.data}
          loading={gaps.isFetching}
          onChange={setSearch}
          empty={<Empty description={t('assessment.gaps.empty')} />}
        />
      </Flex>
    </Card>
  );
}
