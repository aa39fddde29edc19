/**
 * The stored form of a session and its expiry math. Expiry is measured from the moment this
 * browser received the pair plus the lifetime the server gave it (`expiresAt - createdAt`),
 * so a client clock that is hours off changes nothing.
 */
import type { IssuedToken, TokenPair } from '../client/types';

/** A pair as kept in storage and sent between tabs. Times are local epoch ms. */
export interface SessionRecord {
  v: 1;
  tokens: TokenPair;
  /** When this browser received the pair. */
  receivedAt: number;
  /** `receivedAt` + the access token's lifetime. */
  accessExpiresAt: number;
  /** `receivedAt` + the refresh token's lifetime; `null` without a refresh token. */
  refreshExpiresAt: number | null;
}

/** The token's lifetime in ms as the server stated it, or `null` if the times are unusable. */
export function lifetimeMs(token: IssuedToken): number | null {
  const created = Date.parse(token.createdAt);
  const expires = Date.parse(token.expiresAt);
  if (Number.isNaN(created) || Number.isNaN(expires)) return null;
  return Math.max(0, expires - created);
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function isIssuedToken(v: unknown): v is IssuedToken {
  return (
    isObject(v) &&
    typeof v.token === 'string' &&
    v.token.length > 0 &&
    typeof v.createdAt === 'string' &&
    typeof v.expiresAt === 'string' &&
    lifetimeMs(v as unknown as IssuedToken) !== null
  );
}

/** Checks a pair's shape at run time (hosts hand pairs over from untyped code too). */
export function isTokenPair(v: unknown): v is TokenPair {
  return isObject(v) && isIssuedToken(v.accessToken) && (v.refreshToken === null || isIssuedToken(v.refreshToken));
}

/** A record for `tokens` received at `receivedAt`. The pair must pass `isTokenPair`. */
export function createRecord(tokens: TokenPair, receivedAt: number): SessionRecord {
  const access = lifetimeMs(tokens.accessToken) ?? 0;
  const refresh = tokens.refreshToken ? lifetimeMs(tokens.refreshToken) : null;
  return {
    v: 1,
    // A copy with only the known members: nothing else from the caller's object travels on.
    tokens: {
      accessToken: pick(tokens.accessToken),
      refreshToken: tokens.refreshToken ? pick(tokens.refreshToken) : null,
    },
    receivedAt,
    accessExpiresAt: receivedAt + access,
    refreshExpiresAt: refresh === null ? null : receivedAt + refresh,
  };
}

const pick = (t: IssuedToken): IssuedToken => ({ token: t.token, createdAt: t.createdAt, expiresAt: t.expiresAt });

/** Validates a record read from storage or received from another tab; anything else is `null`. */
export function parseRecord(value: unknown): SessionRecord | null {
  if (!isObject(value) || value.v !== 1 || !isTokenPair(value.tokens)) return null;
  const { receivedAt, accessExpiresAt, refreshExpiresAt } = value;
  if (typeof receivedAt !== 'number' || typeof accessExpiresAt !== 'number') return null;
  if (refreshExpiresAt !== null && typeof refreshExpiresAt !== 'number') return null;
  if ((refreshExpiresAt === null) !== (value.tokens.refreshToken === null)) return null;
  return createRecord(value.tokens, receivedAt);
}

/** Reads a serialized record; corrupt or foreign data counts as none (it must never block sign-in). */
export function deserializeRecord(text: string | null): SessionRecord | null {
  if (!text) return null;
  try {
    return parseRecord(JSON.parse(text));
  } catch {
    return null;
  }
}

/**
 * Orders pairs: the server's issue time of the access token (server clock, the same for every
 * tab), so tabs agree on which pair is newer without trusting their own clocks.
 */
export function recordVersion(record: SessionRecord): number {
  return Date.parse(record.tokens.accessToken.createdAt);
}

/** Whether `next` should replace `current`. */
export function isNewer(next: SessionRecord, current: SessionRecord | null): boolean {
  if (!current) return true;
  if (next.tokens.accessToken.token === current.tokens.accessToken.token) return false;
  const a = recordVersion(next);
  const b = recordVersion(current);
  // Same issue time (two refreshes in one ms): a fixed tie-break, so every tab picks the same pair.
  return a > b || (a === b && next.tokens.accessToken.token > current.tokens.accessToken.token);
}
