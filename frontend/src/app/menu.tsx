import type { MenuProps } from 'antd';
import type { TFunction } from 'i18next';
import { Link, matchPath } from 'react-router';
import type { Access } from './access';
import type { AppRoute } from './appRoute';

export type MenuItem = Required<MenuProps>['items'][number];

/** The routes a user may open and that have a menu entry. */
export function menuRoutes(routes: readonly AppRoute[], access: Access): AppRoute[] {
  return routes.filter((route) => route.menu && access[route.access]);
}

/** The side menu for this user, built from the route table: keys are paths, labels link to them. */
export function buildMenu(routes: readonly AppRoute[], access: Access, t: TFunction): MenuItem[] {
  return menuRoutes(routes, access).map((route) => ({
    key: route.path,
    icon: route.menu!.icon,
    label: <Link to={route.path}>{t(route.menu!.labelKey)}</Link>,
  }));
}

/** The menu entry to highlight for the current path (a cadre's page highlights 干部名册). */
export function selectedMenuKey(routes: readonly AppRoute[], pathname: string): string | undefined {
  const route = routes.find((candidate) => matchPath({ path: candidate.path, end: true }, pathname));
  if (!route) return undefined;
  return route.menu ? route.path : route.menuParent;
}
