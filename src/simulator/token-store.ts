import type { AccountRecord } from './accounts';
import { MAX_TOKENS } from './caps';
import { REFILL_SHARE, sweepMap, trimOldest } from './bounded-collections';
import { base64UrlEncode, isoWithOffset, randomBytes, randomUuid, utf8 } from './encoding';

/** A token as the wire carries it. */
export interface WireToken {
  token: string;
  createdAt: string;
  expiresAt: string;
}

/** An access + refresh pair as the wire carries it. */
export interface WirePair {
  accessToken: WireToken;
  refreshToken: WireToken;
}

/** What the server remembers about a token it issued. */
export interface TokenRecord {
  kind: 'access' | 'refresh';
  clientId: number;
  email: string;
  /** Tokens of one sign-in share a session id across refresh rotations; sign-out revokes it. */
  sessionId: string;
  expiresAt: number;
  revoked: boolean;
}

/** Issued tokens. Validation is by lookup: the signature is opaque, nothing outside verifies it. */
export interface TokenStore {
  /** A new pair for `account`; a new session unless `sessionId` continues one (refresh rotation). */
  issuePair(account: Pick<AccountRecord, 'id' | 'email'>, sessionId?: string): WirePair;
  /** The record of a token of that kind, valid or not (null when never issued). */
  find(token: string, kind: TokenRecord['kind']): TokenRecord | null;
  /** Whether a record is usable now (not revoked, not expired). */
  isLive(record: TokenRecord): boolean;
  revoke(token: string): void;
  revokeSession(sessionId: string): void;
  /** Forgets expired records (an unknown token answers 401 like an expired one). */
  sweep(): void;
  /** How many records are remembered. */
  readonly size: number;
}

export interface TokenLifetimes {
  accessTokenMs: number;
  refreshTokenMs: number;
}

export function createTokenStore(
  lifetimes: () => TokenLifetimes,
  now: () => number,
  random: () => number,
): TokenStore {
  const records = new Map<string, TokenRecord>();
  const header = base64UrlEncode(utf8(JSON.stringify({ typ: 'JWT', alg: 'HS256' })));

  const issue = (account: Pick<AccountRecord, 'id' | 'email'>, kind: TokenRecord['kind'], sessionId: string): WireToken => {
    const createdAt = now();
    const expiresAt = createdAt + (kind === 'access' ? lifetimes().accessTokenMs : lifetimes().refreshTokenMs);
    const payload = {
      sub: String(account.id),
      email: account.email,
      typ: kind,
      iat: Math.floor(createdAt / 1000),
      exp: Math.floor(expiresAt / 1000),
      jti: randomUuid(random),
    };
    // JWT-shaped so clients may decode `exp`; the signature is random bytes, not a real HS256.
    const token = `${header}.${base64UrlEncode(utf8(JSON.stringify(payload)))}.${base64UrlEncode(randomBytes(32, random))}`;
    records.set(token, { kind, clientId: account.id, email: account.email, sessionId, expiresAt, revoked: false });
    if (records.size > MAX_TOKENS) makeRoom();
    return { token, createdAt: isoWithOffset(createdAt), expiresAt: isoWithOffset(expiresAt) };
  };

  /** Over the cap: expired records go first, then revoked ones, then the oldest (down to 90 %). */
  const makeRoom = () => {
    const target = Math.floor(MAX_TOKENS * REFILL_SHARE);
    sweepMap(records, (record) => record.expiresAt <= now());
    for (const [token, record] of records) {
      if (records.size <= target) return;
      if (record.revoked) records.delete(token);
    }
    trimOldest(records, target);
  };

  return {
    issuePair(account, sessionId = randomUuid(random)) {
      return { accessToken: issue(account, 'access', sessionId), refreshToken: issue(account, 'refresh', sessionId) };
    },
    find(token, kind) {
      const record = records.get(token);
      return record && record.kind === kind ? record : null;
    },
    isLive: (record) => !record.revoked && record.expiresAt > now(),
    revoke(token) {
      const record = records.get(token);
      if (record) record.revoked = true;
    },
    revokeSession(sessionId) {
      for (const record of records.values()) if (record.sessionId === sessionId) record.revoked = true;
    },
    sweep: () => sweepMap(records, (record) => record.expiresAt <= now()),
    get size() {
      return records.size;
    },
  };
}
