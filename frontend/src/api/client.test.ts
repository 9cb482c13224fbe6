import * as browserModule from './browser';
import { createApiClient, readCookie, unwrap } from './client';
import { ApiError } from './problem';
import { fakeApi, json, notFound, problem } from '../test/fakeApi';

function setCookie(name: string, value: string) {
  document.cookie = `${name}=${value}; path=/`;
}

describe('gateway middleware', () => {
  it('sends X-Requested-With on every call and the XSRF token only on state-changing ones', async () => {
    setCookie('XSRF-TOKEN', 'tok-123');
    const api = fakeApi({ 'GET /api/units': [], 'POST /api/cadres/abc/retirement': {} });
    const client = createApiClient({ baseUrl: 'http://localhost', fetch: api.fetch });

    await client.GET('/api/units');
    await client.POST('/api/cadres/{id}/retirement', { params: { path: { id: 'abc' } }, body: { retiredOn: '2026-01-31' } });

    const [get, post] = api.requests;
    expect(get.headers.get('X-Requested-With')).toBe('JavaScript');
    expect(get.headers.has('X-XSRF-TOKEN')).toBe(false);
    expect(post.method).toBe('POST');
    expect(post.headers.get('X-Requested-With')).toBe('JavaScript');
    expect(post.headers.get('X-XSRF-TOKEN')).toBe('tok-123');
  });

  it('reads the token from the cookie as it is when the request is made', async () => {
    const api = fakeApi({ 'PUT /api/units/u1': {} });
    const client = createApiClient({ baseUrl: 'http://localhost', fetch: api.fetch });
    setCookie('XSRF-TOKEN', 'first');
    await client.PUT('/api/units/{id}', { params: { path: { id: 'u1' } }, body: { name: 'x', version: 1 } });
    setCookie('XSRF-TOKEN', 'second');
    await client.PUT('/api/units/{id}', { params: { path: { id: 'u1' } }, body: { name: 'x', version: 2 } });
    expect(api.requests.map((request) => request.headers.get('X-XSRF-TOKEN'))).toEqual(['first', 'second']);
  });

  it('sends the browser to the gateway login, back to the current page, on 401', async () => {
    const assign = vi.spyOn(browserModule.browser, 'assign').mockImplementation(() => {});
    vi.spyOn(browserModule.browser, 'currentPath').mockReturnValue('/cadres?q=王');
    const api = fakeApi({ 'GET /api/me': () => problem(401, { title: 'Unauthorized' }) });
    const client = createApiClient({ baseUrl: 'http://localhost', fetch: api.fetch });

    await expect(unwrap(client.GET('/api/me'))).rejects.toBeInstanceOf(ApiError);

    expect(assign).toHaveBeenCalledTimes(1);
    expect(assign).toHaveBeenCalledWith('/login?redirect=%2Fcadres%3Fq%3D%E7%8E%8B');
  });

  it('treats the gateway’s 499 as an expired session too, and redirects only once', async () => {
    const expired = vi.fn();
    const api = fakeApi({ 'GET /api/me': () => new Response(null, { status: 499 }), 'GET /api/units': () => new Response(null, { status: 499 }) });
    const client = createApiClient({ baseUrl: 'http://localhost', fetch: api.fetch, onSessionExpired: expired });
    await client.GET('/api/me');
    await client.GET('/api/units');
    expect(expired).toHaveBeenCalledTimes(1);
  });

  it('does not log the user out on 403 or 404', async () => {
    const expired = vi.fn();
    const api = fakeApi({ 'GET /api/me': () => problem(403, { title: 'Forbidden' }), 'GET /api/units': () => notFound('no such unit') });
    const client = createApiClient({ baseUrl: 'http://localhost', fetch: api.fetch, onSessionExpired: expired });
    await client.GET('/api/me');
    expect((await client.GET('/api/units')).response.status).toBe(404);
    expect(expired).not.toHaveBeenCalled();
  });
});

describe('unwrap', () => {
  it('returns the data of a successful call', async () => {
    const api = fakeApi({ 'GET /api/units': () => json([{ id: 'u' }]) });
    const client = createApiClient({ baseUrl: 'http://localhost', fetch: api.fetch });
    await expect(unwrap(client.GET('/api/units'))).resolves.toEqual([{ id: 'u' }]);
  });

  it('turns a problem+json answer into an ApiError carrying the problem', async () => {
    const api = fakeApi({
      'GET /api/cadres': () =>
        problem(400, { type: 'https://benling.org/problems/validation', title: 'Invalid request', detail: "'X' is not a valid value", requestId: 'req-9', violations: [{ field: 'rank', message: 'bad' }] }),
    });
    const client = createApiClient({ baseUrl: 'http://localhost', fetch: api.fetch });
    const error = await unwrap(client.GET('/api/cadres', { params: { query: { rank: 'X' } } })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(400);
    expect((error as ApiError).problem.requestId).toBe('req-9');
    expect((error as ApiError).violations).toEqual([{ field: 'rank', message: 'bad' }]);
  });

  it('makes a problem out of a bare error page, keeping the request id header', async () => {
    const api = fakeApi({ 'GET /api/units': () => new Response('Bad Gateway', { status: 502, headers: { 'X-Request-Id': 'gw-1' } }) });
    const client = createApiClient({ baseUrl: 'http://localhost', fetch: api.fetch });
    const error = (await unwrap(client.GET('/api/units')).catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(502);
    expect(error.problem.requestId).toBe('gw-1');
  });
});

describe('readCookie', () => {
  it('finds one cookie among several and decodes it', () => {
    expect(readCookie('XSRF-TOKEN', 'a=1; XSRF-TOKEN=ab%3Dc; b=2')).toBe('ab=c');
    expect(readCookie('XSRF-TOKEN', 'a=1')).toBeUndefined();
  });
});
