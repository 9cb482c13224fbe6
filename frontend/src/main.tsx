import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { createApiClient } from './api/client';
import { loadAppConfig } from './app/appConfig';
import { AppProviders, createQueryClient } from './app/AppProviders';
import { routeObjects } from './app/router';
import { SessionGate } from './app/session';
import { createI18n, initialLocale } from './i18n';

async function start() {
  const config = await loadAppConfig();
  document.title = config.appName;
  const i18n = createI18n(initialLocale(config.defaultLocale));
  document.documentElement.lang = i18n.language;
  const router = createBrowserRouter(routeObjects());

  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <AppProviders config={config} i18n={i18n} api={createApiClient({ language: () => i18n.language })} queryClient={createQueryClient()}>
        <SessionGate>
          <RouterProvider router={router} />
        </SessionGate>
      </AppProviders>
    </StrictMode>,
  );
}

void start();
