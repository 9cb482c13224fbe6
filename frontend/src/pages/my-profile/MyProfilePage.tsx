import { ProfileOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMe } from '../../api/queries';
import { useAccess } from '../../app/session';
import { CadreProfile } from '../../components/cadre/CadreProfile';
import { TransferHistory } from '../../components/cadre/TransferHistory';
import { PageLoading } from '../../components/PageLoading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { OwnMeasures } from './OwnMeasures';

/** 我的档案: the signed-in cadre's own record (with a link to the own 全景档案), transfer history and, for the cadre role, the own supervision measures. */
export default function MyProfilePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const access = useAccess();
  const me = useMe();
  if (me.isPending) return <PageLoading />;
  if (me.isError) return <ProblemAlert error={me.error} onRetry={() => void me.refetch()} />;
  const cadre = me.data.cadre;
  if (!cadre?.id) {
    return (
      <Card title={t('myProfile.title')}>
        <Empty description={t('myProfile.notLinked')} />
      </Card>
    );
  }
  return (
    <Flex vertical gap={16}>
      <Card
        title={t('myProfile.title')}
        extra={
          access.canSeePortfolio && (
            <Button icon={<ProfileOutlined />} onClick={() => navigate(`/cadres/${cadre.id}/portfolio`)}>
              {t('portfolio.open')}
            </Button>
          )
        }
      >
        <CadreProfile cadre={cadre} />
      </Card>
      <Card title={t('cadreDetail.tabs.transfers')}>
        <TransferHistory cadreId={cadre.id} />
      </Card>
      {access.canSeeOwnMeasures && (
        <Card title={t('inspection.measures.own')}>
          <OwnMeasures />
        </Card>
      )}
    </Flex>
  );
}
