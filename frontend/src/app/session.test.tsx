import { render, screen, waitFor } from '@testing-library/react';
import * as browserModule from '../api/browser';
import { createApiClient } from '../api/client';
import { createI18n } from '../i18n';
import { fakeApi } from '../test/fakeApi';
import { FALLBACK_CONFIG, loadAppConfig } from './appConfig';
import { AppProviders, createQueryClient } from './AppProviders';
import { SessionGate, useSignedIn } from './session';

function Greeting() {
  return <p>hello {useSignedIn().session.name}</p>;
}

function renderGate(session: unknown) {
  const api = fakeApi({ 'GET /api/session': session as Record<string, unknown> });
  const client = createApiClient({ baseUrl: 'http://localhost', fetch: api.fetch });
  render(
    <AppProviders config={FALLBACK_CONFIG} i18n={createI18n()} api={client} queryClient={createQueryClient()}>
      <SessionGate>
        <Greeting />
      </SessionGate>
    </AppProviders>,
  );
}

describe('session gate', () => {
  it('renders the app for a signed-in user', async () => {
    renderGate({ authenticated: true, name: '李粤华', roles: ['hr'] });
    expect(await screen.findByText('hello 李粤华')).toBeInTheDocument();
  });

  it('sends a signed-out browser to the gateway login, back to where it was', async () => {
    const assign = vi.spyOn(browserModule.browser, 'assign').mockImplementation(() => {});
    vi.spyOn(browserModule.browser, 'currentPath').mockReturnValue('/cadres/42');
    renderGate({ authenticated: false });
    await waitFor(() => expect(assign).toHaveBeenCalledWith('/login?redirect=%2Fcadres%2F42'));
    expect(screen.queryByText(/hello/)).not.toBeInTheDocument();
  });
});

describe('logging out', () => {
  it('posts to the gateway’s /logout (never a GET a link could trigger)', async () => {
    const post = vi.spyOn(browserModule.browser, 'post').mockImplementation(() => {});
    const assign = vi.spyOn(browserModule.browser, 'assign').mockImplementation(() => {});
    browserModule.logout();
    expect(post).toHaveBeenCalledWith('/logout');
    expect(assign).not.toHaveBeenCalled();
  });

  it('submits a real POST form', () => {
    const submit = vi.spyOn(HTMLFormElement.prototype, 'submit').mockImplementation(() => {});
    browserModule.browser.post('/logout');
    const form = submit.mock.contexts[0] as HTMLFormElement;
    expect(form.method).toBe('post');
    expect(new URL(form.action).pathname).toBe('/logout');
  });
});

describe('runtime config', () => {
  it('reads the server’s settings and falls back when they are missing', async () => {
    const served = vi.fn(async () => new Response(JSON.stringify({ appName: '本领', environment: 'staging', defaultLocale: 'en-US' })));
    expect(await loadAppConfig(served)).toMatchObject({ environment: 'staging', defaultLocale: 'en-US' });
    expect(served).toHaveBeenCalledWith('/app-config.json', expect.anything());
    expect(await loadAppConfig(async () => new Response('nope', { status: 404 }))).toEqual(FALLBACK_CONFIG);
    expect(await loadAppConfig(async () => Promise.reject(new TypeError('offline')))).toEqual(FALLBACK_CONFIG);
  });
});
