import { Alert, Card, Col, Flex, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { menuRoutes } from '../../app/menu';
import { useAppRoutes } from '../../app/layout/appRoutesContext';
import { useSignedIn } from '../../app/session';
import { MyTodos } from './MyTodos';
import { OwnSummary } from './OwnSummary';
import { ScopeStatistics } from './ScopeStatistics';

export default function HomePage() {
  const { t } = useTranslation();
  const { session, access } = useSignedIn();
  const routes = useAppRoutes();
  const links = menuRoutes(routes, access).filter((route) => route.path !== '/');

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('home.welcome', { name: session.name ?? session.username })}
      </Typography.Title>
      {(session.roles ?? []).length === 0 && <Alert type="warning" showIcon title={t('home.noRole')} />}
      {access.canSeeOwnAccount && <MyTodos />}
      {access.canSeeCadres && <ScopeStatistics />}
      {access.canSeeOwnProfile && <OwnSummary />}
      {links.length > 0 && (
        <Card title={t('home.shortcuts')}>
          <Row gutter={[16, 16]}>
            {links.map((route) => (
              <Col xs={24} sm={12} lg={6} key={route.path}>
                <Link to={route.path}>
                  <Card hoverable size="small">
                    <Flex gap={8} align="center">
                      {route.menu!.icon}
                      <span>{t(route.menu!.labelKey)}</span>
                    </Flex>
                    <Typography.Text type="secondary">{t(`home.describe.${route.path.slice(1)}`)}</Typography.Text>
                  </Card>
                </Link>
              </Col>
            ))}
          </Row>
        </Card>
      )}
    </Flex>
  );
}
