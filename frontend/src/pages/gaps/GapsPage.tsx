import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useGaps } from '../../api/assessmentQueries';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useTableSearch } from '../../components/useTableSearch';
import { GAP_SORTS, gapFilters, toGapQuery } from '../../domain/assessmentSearch';
import { GapFilters } from './GapFilters';
import { GapTable } from './GapTable';

/**
 * 能力短板: capabilities below the threshold or well below the cadre's peers, open ones unless asked otherwise,
 * each opening onto the training proposed to close it. Staff see their scope, a cadre the own.
 */
export default function GapsPage() {
  const { t } = useTranslation();
  const table = useTableSearch(gapFilters, GAP_SORTS);
  const gaps = useGaps(toGapQuery(table.search));

  return (
    <Card title={t('assessment.gaps.title')} extra={<Typography.Text type="secondary">{t('assessment.gaps.hint')}</Typography.Text>}>
      <Flex vertical gap={16}>
        <GapFilters table={table} />
        {gaps.isError && <ProblemAlert error={gaps.error} onRetry={() => void gaps.refetch()} />}
        <GapTable table={table} page={gaps.data} loading={gaps.isFetching} empty={t('assessment.gaps.empty')} />
      </Flex>
    </Card>
  );
}
