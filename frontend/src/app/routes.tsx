import { ApartmentOutlined, CloudUploadOutlined, HomeOutlined, IdcardOutlined, TeamOutlined } from '@ant-design/icons';
import { lazy, type ReactNode } from 'react';
import type { AccessKey } from './access';

const HomePage = lazy(() => import('../pages/home/HomePage'));
const UnitsPage = lazy(() => import('../pages/units/UnitsPage'));
const CadreListPage = lazy(() => import('../pages/cadres/CadreListPage'));
const CadreDetailPage = lazy(() => import('../pages/cadre-detail/CadreDetailPage'));
const RosterImportPage = lazy(() => import('../pages/roster-import/RosterImportPage'));
const MyProfilePage = lazy(() => import('../pages/my-profile/MyProfilePage'));

export interface AppRoute {
  path: string;
  element: ReactNode;
  /** The rule in access.ts that decides who may open it; others get the 403 page. */
  access: AccessKey;
  /** Shown in the side menu when set: the label is an i18n key. */
  menu?: { labelKey: string; icon: ReactNode };
  /** For a page under a menu entry (a cadre's detail under 干部名册): the entry to highlight. */
  menuParent?: string;
}

/** Every page of the app, in menu order. The router, the side menu and the home page links read this list. */
export const appRoutes: AppRoute[] = [
  { path: '/', element: <HomePage />, access: 'canSeeHome', menu: { labelKey: 'menu.home', icon: <HomeOutlined /> } },
  { path: '/units', element: <UnitsPage />, access: 'canSeeUnits', menu: { labelKey: 'menu.units', icon: <ApartmentOutlined /> } },
  { path: '/cadres', element: <CadreListPage />, access: 'canSeeCadres', menu: { labelKey: 'menu.cadres', icon: <TeamOutlined /> } },
  { path: '/cadres/:id', element: <CadreDetailPage />, access: 'canSeeCadres', menuParent: '/cadres' },
  {
    path: '/roster-import',
    element: <RosterImportPage />,
    access: 'canImportRoster',
    menu: { labelKey: 'menu.rosterImport', icon: <CloudUploadOutlined /> },
  },
  {
    path: '/my-profile',
    element: <MyProfilePage />,
    access: 'canSeeOwnProfile',
    menu: { labelKey: 'menu.myProfile', icon: <IdcardOutlined /> },
  },
];
