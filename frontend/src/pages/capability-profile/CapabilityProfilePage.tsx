import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Flex, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useCapabilityProfile } from '../../api/assessmentQueries';
import { CapabilityProfileView } from '../../components/assessment/CapabilityProfileView';
import { ProblemResult } from '../../components/ProblemResult';
import { enumLabel } from '../../domain/enums';

/** A cadre's 能力画像, opened from the cadre's page, a review or a gap (a cadre may open the own only). */
export default function CapabilityProfilePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { cadreId = '' } = useParams();
  const profile = useCapabilityProfile(cadreId);
  if (profile.isError) return <ProblemResult error={profile.error} onRetry={() => void profile.refetch()} />;

  return (
    <Flex vertical gap={16}>
      <Space>
        <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)} aria-label={t('common.back')} />
        <Typography.Title level={3} style={{ margin: 0 }}>
          {profile.data ? t('assessment.profile.pageTitle', { name: profile.data.name }) : t('assessment.profile.title')}
        </Typography.Title>
        {profile.data && (
          <Typography.Text type="secondary">
            {[profile.data.employeeNumber, enumLabel(t, 'rankLevel', profile.data.rankLevel)].filter(Boolean).join(' · ')}
          </Typography.Text>
        )}
      </Space>
      <CapabilityProfileView cadreId={cadreId} />
    </Flex>
  );
}
