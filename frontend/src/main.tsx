import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { redirectToLogin } from './api/browser';
import { createApiClient } from './api/client';
import { loadAppConfig } from './app/appConfig';
import { AppProviders, createQueryClient } from './app/AppProviders';
import { isPublicPath, routeObjects } from './app/router';
import { createI18n, initialLocale } from './i18n';

async function start() {
  const config = await loadAppConfig();
  document.title = config.appName;
  const i18n = createI18n(initialLocale(config.defaultLocale));
  document.documentElement.lang = i18n.language;
  const router = createBrowserRouter(routeObjects());
  // an expired session sends the user to the login, but not a voter on the public ballot page (it says what to do)
  const onSessionExpired = () => {
    if (!isPublicPath(window.location.pathname)) redirectToLogin();
  };

  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <AppProviders config={config} i18n={i18n} api={createApiClient({ language: () => i18n.language, onSessionExpired })} queryClient={createQueryClient()}>
        {/* the session gate is part of the routes: the public pages (the ballot) render without a login */}
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>,
  );
}

void start();
