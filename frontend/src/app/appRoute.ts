import type { ReactNode } from 'react';
import type { AccessKey } from './access';

/** A page of the app: where it is, who may open it, and its menu entry (the list itself is in routes.tsx). */
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

/**
 * A page outside the signed-in app: no login, no layout, no menu (the voters' ballot page, reached with a one-time code
 * and no account). The router renders it before the session gate; whatever it asks of the API, the API answers anyone.
 */
export interface PublicRoute {
  path: string;
  element: ReactNode;
}
