/**
 * A stand-in for the gateway: answers `fetch` by method and path, and keeps every request it saw, so a test
 * can check both what the user sees and what the app asked for.
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

export function fakeApi(handlers: Record<string, Handler>): FakeApi {
  const requests: Request[] = [];
  const keyOf = (request: Request) => `${request.method} ${new URL(request.url).pathname}`;
  return {
    requests,
    calls: (key) => requests.filter((request) => keyOf(request) === key),
    async fetch(request) {
      requests.push(request);
      const handler = handlers[keyOf(request)];
      if (!handler) return problem(404, { type: 'https://benling.org/problems/not-found', title: 'Not found', detail: keyOf(request) });
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
