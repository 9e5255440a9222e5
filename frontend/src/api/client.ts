import { ApiError, networkProblem, parseProblem } from './problem';

/** How the client authenticates; provided once by the auth feature after login. */
export interface ApiAuth {
  /** A bearer token that is valid for at least a few more seconds. */
  token(): Promise<string>;
  /** The API refused the token: start a new login. */
  relogin(): void;
}

let auth: ApiAuth | undefined;

export function configureApiAuth(value: ApiAuth): void {
  auth = value;
}

/** The bearer token for a request the client does not send itself (a live event stream); empty before login. */
export async function apiToken(): Promise<string> {
  return auth ? auth.token() : '';
}

/** Sends one request with the bearer token; a failure becomes an {@link ApiError}, 401 starts a re-login. */
async function send(path: string, init: RequestInit, accept: string): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set('Accept', accept);
  if (auth) {
    headers.set('Authorization', `Bearer ${await auth.token()}`);
  }
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers });
  } catch {
    throw new ApiError(networkProblem());
  }
  if (!response.ok) {
    if (response.status === 401) {
      auth?.relogin();
    }
    throw new ApiError(parseProblem(response.status, await response.text()));
  }
  return response;
}

/**
 * The one way the app calls the API: adds the bearer token, turns every failure into an {@link ApiError}
 * (problem+json parsed) and sends the browser back to login on 401. Errors are shown centrally by the
 * query client, not here.
 */
export async function apiRequest<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await send(path, init, 'application/json, application/problem+json');
  // 204 No Content (a DELETE) has no body to parse.
  return (response.status === 204 ? undefined : await response.json()) as T;
}

export const apiGet = <T>(path: string): Promise<T> => apiRequest<T>(path);

/**
 * The one JSON request: `body` sent as JSON with `method` through {@link apiRequest}; `headers` adds e.g. an
 * `Idempotency-Key` (a create a double click must not repeat).
 */
export function apiSend<T>(
  path: string,
  body: unknown,
  method: 'POST' | 'PUT' = 'POST',
  headers: Record<string, string> = {},
): Promise<T> {
  return apiRequest<T>(path, { method, headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

/** A binary download (a PDF receipt, …) with the same token and error handling as {@link apiRequest}. */
export async function apiBlob(path: string, accept = '*/*'): Promise<Blob> {
  const response = await send(path, {}, `${accept}, application/problem+json`);
  return response.blob();
}
