import { NuqsAdapter } from 'nuqs/adapters/react-router/v7';
import type { ReactNode } from 'react';

/**
 * Where the list pages keep their search: the URL, through nuqs. Its updates go through the router rather than
 * around it (`shallow: false`), so the router's location, the menu and the back button agree with the list shown.
 * It reads the router's context, so it sits inside the router, around the pages.
 */
export function UrlState({ children }: { children: ReactNode }) {
  return <NuqsAdapter defaultOptions={{ shallow: false }}>{children}</NuqsAdapter>;
}
