import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUnits } from '../../api/queries';
import { useCompliance } from '../../api/trainingQueries';
import { useSignedIn } from '../../app/session';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useTableSearch } from '../../components/useTableSearch';
import { complianceFilters, toComplianceQuery } from '../../domain/complianceSearch';
import { ComplianceCounts } from './ComplianceCounts';
import { ComplianceFilters } from './ComplianceFilters';
import { ComplianceTable } from './ComplianceTable';

/**
 * 学时达标: a unit subtree's cadres against their training-hour requirements, counted by status, filtered and
 * paged in the URL. Without a unit chosen it shows the user's own (the whole tree for the bureau).
 */
export default function CompliancePage() {
  const { t } = useTranslation();
  const { session } = useSignedIn();
  const units = useUnits();
  const table = useTableSearch(complianceFilters);
  const { search } = table;
  const unitId = search.unitId ?? session.unitId ?? units.data?.[0]?.id;
  const compliance = useCompliance(unitId ? toComplianceQuery(search, unitId) : undefined);

  return (
    <Card
      title={t('compliance.title')}
      extra={compliance.data?.assessedOn && <Typography.Text type="secondary">{t('compliance.assessedOn', { date: compliance.data.assessedOn })}</Typography.Text>}
    >
      <Flex vertical gap={16}>
        <ComplianceFilters table={table} unitId={unitId} />
        {compliance.isError && <ProblemAlert error={compliance.error} onRetry={() => void compliance.refetch()} />}
        <ComplianceCounts view={compliance.data} loading={compliance.isPending} selected={search.status} onSelect={(status) => table.filter({ status })} />
        <ComplianceTable
          table={table}
          view={compliance.data}
          loading={compliance.isFetching}
          empty={search.status ? t('compliance.emptyFiltered') : t('compliance.empty')}
        />
      </Flex>
    </Card>
  );
}
