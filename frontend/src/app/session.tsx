import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { redirectToLogin } from '../api/browser';
import { useSessionQuery } from '../api/queries';
import type { Session } from '../api/types';
import { ProblemResult } from '../components/ProblemResult';
import { PageLoading } from '../components/PageLoading';
import { accessFor, type Access } from './access';

export interface SignedIn {
  session: Session;
  access: Access;
}

const SessionContext = createContext<SignedIn | null>(null);

/** Provides an already signed-in session; used by the gate below and by tests. */
export function SessionProvider({ session, children }: { session: Session; children: ReactNode }) {
  const value = useMemo(() => ({ session, access: accessFor(session) }), [session]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** Renders the app only for a signed-in user; anyone else goes to the gateway's login and comes back here. */
export function SessionGate({ children }: { children: ReactNode }) {
  const query = useSessionQuery();
  const signedOut = query.data?.authenticated === false;
  useEffect(() => {
    if (signedOut) redirectToLogin();
  }, [signedOut]);

  if (query.isError) return <ProblemResult error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data?.authenticated) return <PageLoading fullScreen />;
  return <SessionProvider session={query.data}>{children}</SessionProvider>;
}

export function useSignedIn(): SignedIn {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSignedIn needs a <SessionProvider>');
  return value;
}

export function useAccess(): Access {
  return useSignedIn().access;
}
