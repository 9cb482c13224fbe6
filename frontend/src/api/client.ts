import createClient, { type Middleware } from 'openapi-fetch';
import { redirectToLogin } from './browser';
import { ApiError, toProblem } from './problem';
import type { paths } from './schema';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** 499 is what the gateway answers a JavaScript request whose session has expired (instead of a login redirect). */
const SESSION_EXPIRED = new Set([401, 499]);

export function readCookie(name: string, cookies: string = document.cookie): string | undefined {
  for (const pair of cookies.split(';')) {
    const eq = pair.indexOf('=');
    if (eq < 0) continue;
    if (pair.slice(0, eq).trim() === name) return decodeURIComponent(pair.slice(eq + 1).trim());
  }
  return undefined;
}

/**
 * The gateway's browser contract: `X-Requested-With` on every call (so an expired session answers 499
 * rather than redirecting the XHR to Keycloak), the double-submit CSRF token on state-changing calls, and
 * a fresh login when the session is gone.
 */
export function gatewayMiddleware(onSessionExpired: () => void = redirectToLogin, language?: () => string): Middleware {
  let redirecting = false;
  return {
    onRequest({ request }) {
      request.headers.set('X-Requested-With', 'JavaScript');
      // the language the server writes its reasons and problems in: the one the user chose here
      if (language) request.headers.set('Accept-Language', language());
      if (!SAFE_METHODS.has(request.method.toUpperCase())) {
        const token = readCookie('XSRF-TOKEN');
        if (token) request.headers.set('X-XSRF-TOKEN', token);
      }
      return request;
    },
    onResponse({ response }) {
      if (SESSION_EXPIRED.has(response.status) && !redirecting) {
        redirecting = true;
        onSessionExpired();
      }
      return response;
    },
  };
}

export interface ApiClientOptions {
  baseUrl?: string;
  fetch?: (request: Request) => Promise<Response>;
  /** A Request class of the caller's (tests keep the body they sent). */
  Request?: typeof Request;
  onSessionExpired?: () => void;
  /** The user's language (zh-CN, en-US), sent as Accept-Language. */
  language?: () => string;
}

export function createApiClient(options: ApiClientOptions = {}) {
  const client = createClient<paths>({
    // An absolute base keeps `new Request()` valid outside a browser page too (tests, workers).
    baseUrl: options.baseUrl ?? window.location.origin,
    credentials: 'same-origin',
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.Request ? { Request: options.Request } : {}),
  });
  client.use(gatewayMiddleware(options.onSessionExpired, options.language));
  return client;
}

export type ApiClient = ReturnType<typeof createApiClient>;

/** openapi-fetch's result, turned into data or an {@link ApiError} for react-query. */
export async function unwrap<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) {
    throw new ApiError(toProblem(error, response.status, response.headers.get('X-Request-Id')), response.status);
  }
  return data as T;
}
