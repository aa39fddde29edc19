import { base64UrlEncode, randomBytes } from './encoding';
import { fail, json, readJsonObject, requireStrings } from './http';
import { authorize } from './routes-session';
import { isValidFingerprint } from './routes-wizard';
import { findAccountByEmail, newId, type QrChannelRecord, type SimState } from './state';

const notFound = () => fail(404, 'qrChannelNotFound', 'This QR code is unknown or has expired.');

/** `GET /signin/qrcodes`: a new channel. */
export function createChannel(state: SimState, request: Request): Response {
  const { config } = state;
  if (!config.qrAvailable) return fail(403, 403, 'QR sign-in is not available.');
  let { ip, location } = config.qrOrigin;
  const forwarded = request.headers.get('X-Forwarded-For')?.split(',')[0]?.trim();
  if (config.qrOrigin.useForwardedFor && forwarded) {
    ip = forwarded;
    location = null;
  }
  const channel: QrChannelRecord = {
    id: newId(state),
    expiresAt: state.now() + config.lifetimes.qrChannelMinutes * 60_000,
    ip,
    location,
    authorization: null,
  };
  state.channels.set(channel.id, channel);
  return json(200, { id: channel.id, lifetimeMinutes: config.lifetimes.qrChannelMinutes, ip, location });
}

const statusOf = (state: SimState, channel: QrChannelRecord) =>
  channel.authorization ? 'authorized' : channel.expiresAt <= state.now() ? 'expired' : 'pending';

/**
 * `GET /signin/qrcodes/{id}`: the channel watch. *Decision* (not in the reference): it also
 * carries the requesting `ip`/`location` and `expiresInSeconds` (whole seconds left, relative so
 * no clock has to agree), so the approving phone can show what it approves.
 */
export function channelStatus(state: SimState, id: string): Response {
  const channel = state.channels.get(id);
  if (!channel) return notFound();
  const status = statusOf(state, channel);
  return json(200, {
    id: channel.id,
    status,
    ip: channel.ip,
    location: channel.location,
    expiresInSeconds: Math.max(0, Math.ceil((channel.expiresAt - state.now()) / 1000)),
    ...(channel.authorization ? { authorizationToken: channel.authorization.token } : {}),
  });
}

type Authorized = { ok: true; authorizationToken: string } | { ok: false; response: Response };

/** Delivers a fresh authorization token for `clientId` to a pending channel. */
export function authorizeChannel(state: SimState, channelId: string, clientId: number): Authorized {
  const channel = state.channels.get(channelId);
  if (!channel || statusOf(state, channel) === 'expired') return { ok: false, response: notFound() };
  if (channel.authorization) {
    return { ok: false, response: fail(409, 'wrongStep', 'This QR code was already used.') };
  }
  const token = `qr_${base64UrlEncode(randomBytes(32, state.random))}`;
  channel.authorization = { token, clientId, used: false };
  return { ok: true, authorizationToken: token };
}

/** `POST /signin/tokens`: the signed-in phone authorizes a channel. */
export async function issueAuthorizationToken(state: SimState, request: Request): Promise<Response> {
  const record = authorize(state, request);
  if (!record) return fail(401, 'tokenInvalid', 'The token is missing, expired or revoked.');
  const body = await readJsonObject(request);
  if (body instanceof Response) return body;
  const fields = requireStrings(body, ['channelId']);
  if (fields instanceof Response) return fields;
  const result = authorizeChannel(state, fields.channelId, record.clientId);
  return result.ok ? json(200, { authorizationToken: result.authorizationToken }) : result.response;
}

/** `POST /signin/qrcodes`: exchanges an authorization token for tokens, exactly once. */
export async function exchangeAuthorizationToken(state: SimState, request: Request): Promise<Response> {
  const body = await readJsonObject(request);
  if (body instanceof Response) return body;
  if (!isValidFingerprint(body.deviceFingerprint)) {
    return fail(400, 'validation', 'The device fingerprint is invalid.', {
      details: [{ field: 'deviceFingerprint', issue: 'Expected Base64 of JSON with a user_agent.' }],
    });
  }
  const fields = requireStrings(body, ['authorizationToken']);
  if (fields instanceof Response) return fields;
  const channel = [...state.channels.values()].find((c) => c.authorization?.token === fields.authorizationToken);
  const authorization = channel?.authorization;
  const account = state.accounts.find((a) => a.id === authorization?.clientId);
  if (!authorization || authorization.used || !account) {
    return fail(400, 'qrTokenInvalid', 'This QR sign-in is no longer valid. Please scan a new code.');
  }
  authorization.used = true;
  return json(200, { clientId: account.id, tokens: state.tokens.issuePair(account) });
}

/** The dev side of `approveQr`: by email instead of a phone's Bearer. */
export function approveByEmail(state: SimState, channelId: string, email: string): Authorized {
  const account = findAccountByEmail(state, email);
  if (!account) {
    return {
      ok: false,
      response: fail(400, 'validation', 'No account with this email.', { details: [{ field: 'email', issue: 'Unknown account.' }] }),
    };
  }
  return authorizeChannel(state, channelId, account.id);
}
