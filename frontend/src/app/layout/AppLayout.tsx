import { Layout, Menu, theme } from 'antd';
import { Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { PageLoading } from '../../components/PageLoading';
import { useAppConfig } from '../appConfig';
import { buildMenu, selectedMenuKey } from '../menu';
import type { AppRoute } from '../appRoute';
import { AppRoutesContext } from './appRoutesContext';
import { useAccess } from '../session';
import { HeaderBar } from './HeaderBar';

/** Side menu by role, header with the user and language, and the current page. */
export function AppLayout({ routes }: { routes: readonly AppRoute[] }) {
  const { t } = useTranslation();
  const access = useAccess();
  const { appName } = useAppConfig();
  const { pathname } = useLocation();
  const { token } = theme.useToken();
  const [collapsed, setCollapsed] = useState(false);
  const items = useMemo(() => buildMenu(routes, access, t), [routes, access, t]);
  const selected = selectedMenuKey(routes, pathname);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} breakpoint="lg" theme="light">
        <div
          style={{ height: 56, display: 'flex', alignItems: 'center', justifyContent: 'center', fontSize: 20, fontWeight: 600, color: token.colorPrimary }}
        >
          {collapsed ? appName.slice(0, 1) : appName}
        </div>
        <nav aria-label={t('menu.label')}>
          <Menu mode="inline" items={items} selectedKeys={selected ? [selected] : []} />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: token.colorBgContainer, paddingInline: 24, borderBottom: `1px solid ${token.colorBorderSecondary}` }}>
          <HeaderBar />
        </Layout.Header>
        <Layout.Content style={{ margin: 24 }}>
          <Suspense fallback={<PageLoading />}>
            <AppRoutesContext.Provider value={routes}>
              <Outlet />
            </AppRoutesContext.Provider>
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
