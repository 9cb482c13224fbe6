import { act, render, screen } from '@testing-library/react';
import { theme } from 'antd';
import { createApiClient } from '../api/client';
import { createI18n } from '../i18n';
import { fakeApi } from '../test/fakeApi';
import { FALLBACK_CONFIG } from './appConfig';
import { AppProviders, createQueryClient } from './AppProviders';

function Motion() {
  return <p>motion {String(theme.useToken().token.motion)}</p>;
}

/** A system setting for reduced motion that the test can change, as the user would in the OS. */
function systemReducedMotion(initially: boolean) {
  let reduce = initially;
  const listeners = new Set<() => void>();
  vi.spyOn(window, 'matchMedia').mockImplementation(
    (query: string) =>
      ({
        get matches() {
          return query === '(prefers-reduced-motion: reduce)' && reduce;
        },
        media: query,
        addEventListener: (_: string, listener: () => void) => listeners.add(listener),
        removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
      }) as unknown as MediaQueryList,
  );
  return (value: boolean) => {
    reduce = value;
    listeners.forEach((listener) => listener());
  };
}

function renderMotion() {
  const client = createApiClient({ baseUrl: 'http://localhost', fetch: fakeApi({}).fetch });
  render(
    <AppProviders config={FALLBACK_CONFIG} i18n={createI18n()} api={client} queryClient={createQueryClient()}>
      <Motion />
    </AppProviders>,
  );
}

describe('reduced motion', () => {
  afterEach(() => vi.restoreAllMocks());

  it('keeps antd’s animations when the system does not ask for less motion', () => {
    systemReducedMotion(false);
    renderMotion();
    expect(screen.getByText('motion true')).toBeInTheDocument();
  });

  it('turns antd’s animations off when the system asks for reduced motion, and back on when the setting changes', () => {
    const setReduced = systemReducedMotion(true);
    renderMotion();
    expect(screen.getByText('motion false')).toBeInTheDocument();
    act(() => setReduced(false));
    expect(screen.getByText('motion true')).toBeInTheDocument();
  });
});
