/**
 * A stand-in for the gateway: answers `fetch` by method and path, and keeps every request it saw, so a test
 * can check both what the user sees and what the app asked for.
 *
 * A request no handler answers is a mistake in the test or the page (an endpoint nobody stubbed, a wrong
 * URL), not a 404: the fake answers it with a 501 problem and records it, and `src/test/setup.ts` fails the
 * test that made it after it ends, however the page handled the error. A test that wants a 404 or any other
 * error says so with a handler (`() => notFound('…')`, `() => problem(409, …)`).
 */
export type Handler =
  | ((request: Request, url: URL) => unknown | Response | Promise<unknown | Response>)
  | Record<string, unknown>
  | unknown[];

export interface FakeApi {
  fetch: (request: Request) => Promise<Response>;
  requests: Request[];
  /** Requests to one path (`GET /api/cadres`), in order. */
  calls: (key: string) => Request[];
}

export function json(body: unknown, status = 200, contentType = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
}

export function problem(status: number, body: Record<string, unknown>): Response {
  return json({ status, ...body }, status, 'application/problem+json');
}

/** The gateway's 404, for a handler of a test that wants one. */
export function notFound(detail: string): Response {
  return problem(404, { type: 'https://benling.org/problems/not-found', title: 'Not found', detail });
}

/** A request no handler answered: method, path with its query, and the test that was running when it was made. */
export interface UnhandledRequest {
  method: string;
  url: string;
  test: string | undefined;
}

// One list for every fake of the test file: the check in setup.ts does not need to know which fakes a test made.
const unhandled: UnhandledRequest[] = [];

/** The unhandled requests since the last call, which empties the list. */
export function takeUnhandledRequests(): UnhandledRequest[] {
  return unhandled.splice(0);
}

/** An error listing the requests, or none when there are none. */
export function unhandledRequestsError(requests: UnhandledRequest[]): Error | undefined {
  if (requests.length === 0) return undefined;
  const lines = requests.map(({ method, url, test }) => `  ${method} ${url}${test ? `   (during "${test}")` : ''}`);
  return new Error(
    `The fake API had no handler for ${requests.length === 1 ? 'this request' : `these ${requests.length} requests`}:\n` +
      `${lines.join('\n')}\n` +
      'Stub what the page really calls (a handler returning notFound(…) or problem(…) if the test wants an error), or fix the URL.',
  );
}

/** Throws, listing them, when requests went unhandled since the last check; setup.ts calls it after every test. */
export function failOnUnhandledRequests(): void {
  const error = unhandledRequestsError(takeUnhandledRequests());
  if (error) throw error;
}

export function fakeApi(handlers: Record<string, Handler>): FakeApi {
  const requests: Request[] = [];
  const keyOf = (request: Request) => `${request.method} ${new URL(request.url).pathname}`;
  return {
    requests,
    calls: (key) => requests.filter((request) => keyOf(request) === key),
    async fetch(request) {
      requests.push(request);
      const handler = handlers[keyOf(request)];
      if (!handler) {
        const { pathname, search } = new URL(request.url);
        const url = pathname + search;
        unhandled.push({ method: request.method, url, test: expect.getState().currentTestName });
        return problem(501, { type: 'https://benling.org/problems/test-unhandled-request', title: 'No handler in the fake API', detail: `${request.method} ${url}` });
      }
      const result = typeof handler === 'function' ? await handler(request, new URL(request.url)) : handler;
      return result instanceof Response ? result : json(result);
    },
  };
}

/**
 * Keeps the body a request was made with. jsdom's File and FormData do not survive Node's own Request, so
 * a test reads the multipart body it sent from here.
 */
export class RecordingRequest extends Request {
  readonly sentBody: BodyInit | null | undefined;

  constructor(input: RequestInfo | URL, init?: RequestInit) {
    super(input, init);
    this.sentBody = init?.body;
  }
}

export function sentFormData(request: Request): FormData {
  const body = (request as RecordingRequest).sentBody;
  if (!(body instanceof FormData)) throw new Error('the request was not sent with a FormData body');
  return body;
}
