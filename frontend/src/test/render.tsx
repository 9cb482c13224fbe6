import { render, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { onTestFinished } from 'vitest';
import { createApiClient } from '../api/client';
import type { Session } from '../api/types';
import type { AppConfig } from '../app/appConfig';
import { AppProviders, createQueryClient } from '../app/AppProviders';
import { routeObjects } from '../app/router';
import { SessionProvider } from '../app/session';
import { UrlState } from '../app/UrlState';
import { createI18n, type Locale } from '../i18n';
import { fakeApi, RecordingRequest, type FakeApi, type Handler } from './fakeApi';
import { sessionFor } from './fixtures';

export interface RenderOptions {
  session?: Session;
  handlers?: Record<string, Handler>;
  path?: string;
  locale?: Locale;
  config?: Partial<AppConfig>;
}

function setup(options: RenderOptions, signedIn = true) {
  const api = fakeApi(options.handlers ?? {});
  const onSessionExpired = vi.fn();
  const client = createApiClient({ baseUrl: 'http://localhost', fetch: api.fetch, Request: RecordingRequest, onSessionExpired });
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false, refetchOnWindowFocus: false } });
  const i18n = createI18n(options.locale ?? 'zh-CN');
  const config: AppConfig = { appName: '本领', environment: 'test', defaultLocale: 'zh-CN', ...options.config };
  const session = options.session ?? sessionFor('admin');
  const wrap = (children: ReactNode) => (
    <AppProviders config={config} i18n={i18n} api={client} queryClient={queryClient}>
      {signedIn ? <SessionProvider session={session}>{children}</SessionProvider> : children}
    </AppProviders>
  );
  return { api, i18n, wrap, onSessionExpired };
}

/**
 * A browser router over jsdom's history, as in the app: the list pages read and write their search through nuqs's
 * React Router adapter, which works on the window's history.
 */
function renderRoutes(routes: RouteObject[], options: RenderOptions, signedIn = true) {
  const { api, i18n, wrap, onSessionExpired } = setup(options, signedIn);
  window.history.replaceState(null, '', options.path ?? '/');
  const router = createBrowserRouter(routes);
  onTestFinished(() => router.dispose());
  const view = render(wrap(<RouterProvider router={router} />));
  return { ...view, api: api as FakeApi, router, i18n, onSessionExpired };
}

/**
 * What every page of the app asks besides its own reads: the header's unread count and the home page's to-dos
 * (nothing waiting), unless the test answers them itself.
 */
const APP_WIDE: Record<string, Handler> = {
  'GET /api/notifications/unread-count': { unread: 0 },
  'GET /api/todos': { items: [], page: 0, size: 10, total: 0, totalPages: 0 },
};

/** The session is provided around the router, so the app's own gate lets it through. */
const Signed = ({ children }: { children: ReactNode }) => children;

/** The whole app (layout, menu, every route) at `path`, for the given session, against fake API handlers. */
export function renderApp(options: RenderOptions = {}) {
  return renderRoutes(routeObjects(undefined, { gate: Signed }), { ...options, handlers: { ...APP_WIDE, ...options.handlers } });
}

/**
 * The app as a browser without a login gets it: the real session gate (which asks `GET /api/session` and sends a
 * signed-out browser to the login), and the public pages (the ballot) outside it.
 */
export function renderSignedOut(options: Omit<RenderOptions, 'session'> = {}) {
  return renderRoutes(routeObjects(), { ...options, handlers: { ...APP_WIDE, ...options.handlers } }, false);
}

/** One component inside the app's providers and a router (so links and search params work). */
export function renderWithProviders(ui: ReactNode, options: RenderOptions = {}) {
  return renderRoutes([{ path: '*', element: <UrlState>{ui}</UrlState> }], options);
}

/** A hook inside the app's providers, against fake API handlers: what a hook sends, without a page around it. */
export function renderApiHook<T>(hook: () => T, options: RenderOptions = {}) {
  const { api, i18n, wrap } = setup(options);
  const view = renderHook(hook, { wrapper: ({ children }) => wrap(children) });
  return { ...view, api: api as FakeApi, i18n };
}

/** Where the router is now, as path + query string. */
export function currentUrl(router: ReturnType<typeof createBrowserRouter>): string {
  const { pathname, search } = router.state.location;
  return pathname + search;
}
