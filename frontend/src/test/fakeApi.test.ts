import { createApiClient } from '../api/client';
import { failOnUnhandledRequests, fakeApi, notFound, takeUnhandledRequests, unhandledRequestsError } from './fakeApi';

const client = (handlers: Parameters<typeof fakeApi>[0]) => createApiClient({ baseUrl: 'http://localhost', fetch: fakeApi(handlers).fetch });

describe('fake API', () => {
  it('records a request no handler answers, with method, path and query, and answers it 501 rather than a 404', async () => {
    const { response } = await client({ 'GET /api/units': [] }).GET('/api/cadres', { params: { query: { rank: 'DIVISION_PRINCIPAL', page: 2 } } });

    expect(response.status).toBe(501);
    const unhandled = takeUnhandledRequests();
    expect(unhandled).toEqual([
      {
        method: 'GET',
        url: '/api/cadres?rank=DIVISION_PRINCIPAL&page=2',
        test: 'fake API > records a request no handler answers, with method, path and query, and answers it 501 rather than a 404',
      },
    ]);
    expect(unhandledRequestsError(unhandled)?.message).toMatch(/^The fake API had no handler for this request:\n {2}GET \/api\/cadres\?rank=DIVISION_PRINCIPAL&page=2 {3}\(during "fake API > records/);
    expect(takeUnhandledRequests()).toEqual([]);
  });

  it('fails the check after the test with every unhandled request, even when the caller swallowed the error', async () => {
    const api = client({});
    await api.GET('/api/me').catch(() => undefined);
    await api.POST('/api/cadres/{id}/retirement', { params: { path: { id: 'c-1' } }, body: { retiredOn: '2026-01-31' } });

    expect(() => failOnUnhandledRequests()).toThrow(/these 2 requests:\n {2}GET \/api\/me .*\n {2}POST \/api\/cadres\/c-1\/retirement /);
    // The check empties the list: the global one in setup.ts, after this test, finds nothing.
    expect(() => failOnUnhandledRequests()).not.toThrow();
  });

  // The global afterEach in setup.ts fails a test that made an unhandled request, whatever the test itself asserted.
  it.fails('fails a test whose page made an unhandled request, through the check setup.ts runs after each test', async () => {
    const { response } = await client({}).GET('/api/units');
    expect(response.ok).toBe(false);
  });

  it('takes a 404 that a handler declares as an answer, not as a mistake', async () => {
    const { response, error } = await client({ 'GET /api/cadres/c-404': () => notFound('cadre c-404 does not exist or is not visible to you') }).GET('/api/cadres/{id}', {
      params: { path: { id: 'c-404' } },
    });

    expect(response.status).toBe(404);
    expect(error).toMatchObject({ status: 404, type: 'https://benling.org/problems/not-found', detail: 'cadre c-404 does not exist or is not visible to you' });
    expect(takeUnhandledRequests()).toEqual([]);
    expect(() => failOnUnhandledRequests()).not.toThrow();
  });
});
