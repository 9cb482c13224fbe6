import type { RouteObject } from 'react-router';
import ForbiddenPage from '../pages/errors/ForbiddenPage';
import NotFoundPage from '../pages/errors/NotFoundPage';
import { AppLayout } from './layout/AppLayout';
import { RequireAccess } from './RequireAccess';
import { appRoutes, type AppRoute } from './routes';
import { UrlState } from './UrlState';

/** The route table as react-router objects: every page inside the layout, behind its access rule, its search in the URL. */
export function routeObjects(routes: readonly AppRoute[] = appRoutes): RouteObject[] {
  return [
    {
      element: (
        <UrlState>
          <AppLayout routes={routes} />
        </UrlState>
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
