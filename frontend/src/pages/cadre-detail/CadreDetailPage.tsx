import { ArrowLeftOutlined, ProfileOutlined, RadarChartOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Space, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useCadre } from '../../api/queries';
import { useAccess } from '../../app/session';
import { CadreProfile } from '../../components/cadre/CadreProfile';
import { TransferHistory } from '../../components/cadre/TransferHistory';
import { PageLoading } from '../../components/PageLoading';
import { ProblemResult } from '../../components/ProblemResult';
import { enumLabel } from '../../domain/enums';
import { AuditTrail } from './AuditTrail';

/** 干部详情: profile, transfer history and, for HR, leaders and administrators, the audit trail; links to the 能力画像 and the 全景档案. */
export default function CadreDetailPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const access = useAccess();
  const cadre = useCadre(id);

  if (cadre.isPending) return <PageLoading />;
  if (cadre.isError) return <ProblemResult error={cadre.error} onRetry={() => void cadre.refetch()} />;

  const tabs = [
    { key: 'profile', label: t('cadreDetail.tabs.profile'), children: <CadreProfile cadre={cadre.data} /> },
    { key: 'transfers', label: t('cadreDetail.tabs.transfers'), children: <TransferHistory cadreId={id} /> },
    ...(access.canSeeCadreAudit
      ? [{ key: 'audit', label: t('cadreDetail.tabs.audit'), children: <AuditTrail cadreId={id} /> }]
      : []),
  ];

  return (
    <Flex vertical gap={16}>
      <Space>
        <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)} aria-label={t('common.back')} />
        <Typography.Title level={3} style={{ margin: 0 }}>
          {cadre.data.name}
        </Typography.Title>
        <Typography.Text type="secondary">
          {[cadre.data.positionTitle, enumLabel(t, 'rankLevel', cadre.data.rankLevel)].filter(Boolean).join(' · ')}
        </Typography.Text>
        {access.canSeeCapabilityProfiles && (
          <Button icon={<RadarChartOutlined />} onClick={() => navigate(`/assessment/profiles/${id}`)}>
            {t('assessment.profile.open')}
          </Button>
        )}
        {access.canSeePortfolio && (
          <Button icon={<ProfileOutlined />} onClick={() => navigate(`/cadres/${id}/portfolio`)}>
            {t('portfolio.open')}
          </Button>
        )}
      </Space>
      <Card>
        <Tabs items={tabs} destroyOnHidden />
      </Card>
    </Flex>
  );
}
