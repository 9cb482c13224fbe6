import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Flex, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { logout } from '../../api/browser';
import { useMe } from '../../api/queries';
import { NotificationBell } from '../../components/notification/NotificationBell';
import { LanguageSwitch } from '../../i18n/LanguageSwitch';
import { useAppConfig } from '../appConfig';
import { useSignedIn } from '../session';

const PRODUCTION = new Set(['production', 'prod']);

export function HeaderBar() {
  const { t } = useTranslation();
  const { session, access } = useSignedIn();
  const { environment } = useAppConfig();
  // An account without a role has no unit to show, and the API answers it 403.
  const me = useMe(access.canSeeOwnAccount);
  const unitName = me.data?.unitName;

  return (
    <Flex align="center" justify="space-between" style={{ height: '100%' }}>
      <Space>
        {!PRODUCTION.has(environment) && <Tag color="orange">{t('header.environment', { environment })}</Tag>}
      </Space>
      <Space size="middle">
        <Space size={4}>
          <UserOutlined aria-hidden />
          <Typography.Text strong>{session.name ?? session.username}</Typography.Text>
          {unitName && <Typography.Text type="secondary">{unitName}</Typography.Text>}
        </Space>
        {access.canSeeOwnAccount && <NotificationBell />}
        <LanguageSwitch />
        <Button type="text" icon={<LogoutOutlined />} onClick={logout}>
          {t('header.logout')}
        </Button>
      </Space>
    </Flex>
  );
}
