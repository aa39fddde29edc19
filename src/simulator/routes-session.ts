import { bearerToken, fail, json, readJsonObject, requireStrings, tooMany } from './http';
import type { SimState } from './state';
import type { TokenRecord } from './token-store';

const unauthorized = () => fail(401, 'tokenInvalid', 'The token is missing, expired or revoked.');

/** The live access-token record of the request's Bearer, or null. */
export function authorize(state: SimState, request: Request): TokenRecord | null {
  const token = bearerToken(request);
  const record = token ? state.tokens.find(token, 'access') : null;
  return record && state.tokens.isLive(record) ? record : null;
}

/** `POST /refresh`: rotates the pair; the old refresh token is dead afterwards. */
export async function refresh(state: SimState, request: Request): Promise<Response> {
  const body = await readJsonObject(request);
  if (body instanceof Response) return body;
  const fields = requireStrings(body, ['refreshToken']);
  if (fields instanceof Response) return fields;
  const record = state.tokens.find(fields.refreshToken, 'refresh');
  if (!record) return unauthorized();
  // Counted per account, whether the token is still live or not: every attempt counts.
  const verdict = state.limiter.attempt([`refresh:account:${record.clientId}`]);
  if (!verdict.allowed) return tooMany('tooManyAttempts', verdict.retryAfterMs, 'Too many attempts. Please try again later.');
  if (!state.tokens.isLive(record)) return unauthorized();
  state.tokens.revoke(fields.refreshToken);
  return json(200, state.tokens.issuePair({ id: record.clientId, email: record.email }, record.sessionId));
}

/** `POST /signout`: revokes every token of the Bearer's session. */
export function signOut(state: SimState, request: Request): Response {
  const record = authorize(state, request);
  if (!record) return unauthorized();
  state.tokens.revokeSession(record.sessionId);
  return json(200, {});
}

/** `GET /profile`: a protected endpoint for the session layer's authorized fetch. */
export function profile(state: SimState, request: Request): Response {
  const record = authorize(state, request);
  if (!record) return unauthorized();
  return json(200, { id: record.clientId, email: record.email });
}
