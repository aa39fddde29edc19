/**
 * The stored form of a session and its expiry math. Expiry is measured from the moment this
 * browser received the pair plus the lifetime the server gave it (`expiresAt - createdAt`),
 * so a client clock that is hours off changes nothing.
 */
import { isObject } from '../is-object';
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
  /**
   * `pairId` of the pair this one was refreshed from, if any: tabs accept a refresh result as
   * the successor of their pair whatever the issue times say (one-second resolution, clock steps).
   */
  replaces?: string;
}

/** The token's lifetime in ms as the server stated it, or `null` if the times are unusable. */
export function lifetimeMs(token: IssuedToken): number | null {
  const created = Date.parse(token.createdAt);
  const expires = Date.parse(token.expiresAt);
  if (Number.isNaN(created) || Number.isNaN(expires)) return null;
  return Math.max(0, expires - created);
}

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
export function createRecord(tokens: TokenPair, receivedAt: number, replaces?: string): SessionRecord {
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
    ...(replaces === undefined ? {} : { replaces }),
  };
}

const pick = (t: IssuedToken): IssuedToken => ({ token: t.token, createdAt: t.createdAt, expiresAt: t.expiresAt });

/**
 * Validates a record read from storage or received from another tab; anything else is `null`.
 * Expiries are recomputed from the stated lifetimes; a receipt time later than `now` (a forged
 * record, or this clock stepped back) counts as `now`, so no record can postpone its own expiry.
 */
export function parseRecord(value: unknown, now: number = Number.POSITIVE_INFINITY): SessionRecord | null {
  if (!isObject(value) || value.v !== 1 || !isTokenPair(value.tokens)) return null;
  const { receivedAt, accessExpiresAt, refreshExpiresAt, replaces } = value;
  if (!Number.isFinite(receivedAt) || !Number.isFinite(accessExpiresAt) || typeof receivedAt !== 'number') return null;
  if (refreshExpiresAt !== null && !Number.isFinite(refreshExpiresAt)) return null;
  if ((refreshExpiresAt === null) !== (value.tokens.refreshToken === null)) return null;
  const predecessor = typeof replaces === 'string' && replaces.length <= 16 ? replaces : undefined;
  return createRecord(value.tokens, Math.min(receivedAt, now), predecessor);
}

/** Reads a serialized record; corrupt or foreign data counts as none (it must never block sign-in). */
export function deserializeRecord(text: string | null, now?: number): SessionRecord | null {
  if (!text) return null;
  try {
    return parseRecord(JSON.parse(text), now);
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

/**
 * A short, non-secret name of a pair (FNV-1a of its access token): tells "the pair this one was
 * refreshed from" without carrying a token.
 */
export function pairId(record: SessionRecord): string {
  const token = record.tokens.accessToken.token;
  let hash = 0x811c9dc5;
  for (let i = 0; i < token.length; i++) hash = Math.imul(hash ^ token.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(16);
}

/**
 * Whether a pair from another tab (or from shared storage) should replace `current`: the
 * refresh result of `current` always does; its predecessor never does; otherwise the later
 * issue time wins. A tab's own refresh result skips this (it always replaces).
 */
export function isNewer(next: SessionRecord, current: SessionRecord | null): boolean {
  if (!current) return true;
  if (next.tokens.accessToken.token === current.tokens.accessToken.token) return false;
  if (next.replaces !== undefined && next.replaces === pairId(current)) return true;
  if (current.replaces !== undefined && current.replaces === pairId(next)) return false;
  const a = recordVersion(next);
  const b = recordVersion(current);
  // Same issue time (two refreshes in one ms): a fixed tie-break, so every tab picks the same pair.
  return a > b || (a === b && next.tokens.accessToken.token > current.tokens.accessToken.token);
}
