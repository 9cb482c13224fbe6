import { Card, Empty, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/problem';
import { useMyLearning } from '../../api/trainingQueries';
import { PageLoading } from '../../components/PageLoading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ClaimsCard } from './ClaimsCard';
import { MyClassesCard } from './MyClassesCard';
import { OpenClassesCard } from './OpenClassesCard';
import { ProposalsCard } from './ProposalsCard';
import { RecordsCard } from './RecordsCard';
import { RequirementsCard } from './RequirementsCard';

/** 我的学习: my 学时 against each requirement, my classes and records, my claims, proposals, and classes open to join. */
export default function MyLearningPage() {
  const { t } = useTranslation();
  const me = useMyLearning();
  if (me.isPending) return <PageLoading />;
  if (me.isError) {
    if (me.error instanceof ApiError && me.error.status === 404) {
      return (
        <Card title={t('myLearning.title')}>
          <Empty description={t('myProfile.notLinked')} />
        </Card>
      );
    }
    return <ProblemAlert error={me.error} onRetry={() => void me.refetch()} />;
  }
  const { compliance, classes = [], records = [], proposals = [] } = me.data;

  return (
    <Flex vertical gap={16}>
      <RequirementsCard compliance={compliance} />
      {proposals.length > 0 && <ProposalsCard proposals={proposals} />}
      <MyClassesCard classes={classes} />
      <OpenClassesCard mine={classes} />
      <RecordsCard records={records} />
      {compliance?.cadreId && <ClaimsCard cadreId={compliance.cadreId} />}
    </Flex>
  );
}
