import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntdApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { i18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { ApiProvider } from '../api/ApiContext';
import type { ApiClient } from '../api/client';
import { ApiError } from '../api/problem';
import { AppConfigContext, type AppConfig } from './appConfig';
import { usePrefersReducedMotion } from './reducedMotion';

/** Retries network hiccups and 5xx once, never a 4xx: those will not change by asking again. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failures, error) => failures < 1 && !(error instanceof ApiError && error.status < 500),
        refetchOnWindowFocus: false,
      },
    },
  });
}

/**
 * antd's own texts (pagination, empty, upload) follow the app's language; its opening and closing animations are
 * off for users whose system asks for reduced motion.
 */
function AntdLocale({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const reducedMotion = usePrefersReducedMotion();
  return (
    <ConfigProvider
      locale={i18n.language === 'en-US' ? enUS : zhCN}
      theme={{ token: { colorPrimary: '#0b6e4f', motion: !reducedMotion } }}
    >
      <AntdApp>{children}</AntdApp>
    </ConfigProvider>
  );
}

export interface AppProvidersProps {
  config: AppConfig;
  i18n: i18n;
  api: ApiClient;
  queryClient: QueryClient;
  children: ReactNode;
}

export function AppProviders({ config, i18n, api, queryClient, children }: AppProvidersProps) {
  return (
    <AppConfigContext.Provider value={config}>
      <I18nextProvider i18n={i18n}>
        <ApiProvider client={api}>
          <QueryClientProvider client={queryClient}>
            <AntdLocale>{children}</AntdLocale>
          </QueryClientProvider>
        </ApiProvider>
      </I18nextProvider>
    </AppConfigContext.Provider>
  );
}
