import { createContext, useContext } from 'react';
import type { AppRoute } from '../appRoute';

/**
 * The app's pages as the layout got them, for a page that lists them (the home page's shortcuts) without importing
 * the route table that imports it.
 */
export const AppRoutesContext = createContext<readonly AppRoute[]>([]);

export function useAppRoutes(): readonly AppRoute[] {
  return useContext(AppRoutesContext);
}
