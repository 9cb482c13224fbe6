import type { ReactNode } from 'react';
import ForbiddenPage from '../pages/errors/ForbiddenPage';
import type { AccessKey } from './access';
import { useAccess } from './session';

/** Shows the page when the user's access allows it, the 403 page otherwise (the URL stays as typed). */
export function RequireAccess({ rule, children }: { rule: AccessKey; children: ReactNode }) {
  const access = useAccess();
  return access[rule] ? children : <ForbiddenPage />;
}
