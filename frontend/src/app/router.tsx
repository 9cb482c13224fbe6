import { Suspense, type ComponentType, type ReactNode } from 'react';
import { matchPath, type RouteObject } from 'react-router';
import { PageLoading } from '../components/PageLoading';
import ForbiddenPage from '../pages/errors/ForbiddenPage';
import NotFoundPage from '../pages/errors/NotFoundPage';
import { AppLayout } from './layout/AppLayout';
import { RequireAccess } from './RequireAccess';
import { appRoutes, publicRoutes, type AppRoute, type PublicRoute } from './routes';
import { SessionGate } from './session';
import { UrlState } from './UrlState';

export interface RouteOptions {
  /**
   * What stands before the signed-in app: the session gate (a signed-out browser goes to the login). Tests that provide
   * a session around the router pass one that lets the app through.
   */
  gate?: ComponentType<{ children: ReactNode }>;
  /** The pages outside the gate, rendered without a session. */
  publicPages?: readonly PublicRoute[];
}

/**
 * Whether the address is one of the public pages: there an answer 401 (a stale session cookie the gateway will not
 * take even for the calls it lets through anonymously) is the page's to explain, not a reason to send a voter to the
 * login.
 */
export function isPublicPath(pathname: string, publicPages: readonly PublicRoute[] = publicRoutes): boolean {
  return publicPages.some((route) => matchPath({ path: route.path, end: true }, pathname) != null);
}

/**
 * The route table as react-router objects: the public pages first, on their own (no session, no layout); then every
 * page of the app inside the gate and the layout, behind its access rule, its search in the URL.
 */
export function routeObjects(routes: readonly AppRoute[] = appRoutes, { gate: Gate = SessionGate, publicPages = publicRoutes }: RouteOptions = {}): RouteObject[] {
  return [
    ...publicPages.map((route) => ({
      path: route.path,
      element: <Suspense fallback={<PageLoading fullScreen />}>{route.element}</Suspense>,
    })),
    {
      element: (
        <Gate>
          <UrlState>
            <AppLayout routes={routes} />
          </UrlState>
        </Gate>
      ),
      children: [
        ...routes.map((route) => ({
          path: route.path,
          element: <RequireAccess rule={route.access}>{route.element}</RequireAccess>,
        })),
        { path: '/403', element: <ForbiddenPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ];
}
