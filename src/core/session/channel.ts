/**
 * The messages tabs exchange, and the channel that carries them. A tab that refreshes
 * announces the new pair (or the cooldown, the backoff, the sign-out); the others adopt it
 * without calling the server. Messages are checked on arrival like any other input.
 */
import { isObject } from '../is-object';
import type { SignInErrorDetail } from '../client/errors';
import { BACKOFF_CAP_MS, MAX_COOLDOWN_MS, MAX_FAILURES, REFRESH_TIMEOUT_MS } from './refresh-policy';
import { isSessionReason, type SessionReason } from './session-reason';
import { parseRecord, type SessionRecord } from './session-record';

/** One message between tabs. `from` is the sender's random tab id. */
export type SessionMessage =
  /** A tab started and asks for the current state (a pair only where storage is shared). */
  | { type: 'hello'; from: string }
  /** The current pair: after a sign-in, a refresh, or in answer to `hello`. Only with shared storage. */
  | { type: 'tokens'; from: string; record: SessionRecord; reason: 'sign-in' | 'refresh' | 'sync' }
  /** The session ended. `version` names the pair a `refresh-rejected` applies to. */
  | { type: 'signed-out'; from: string; reason: SessionReason; version: number | null }
  /** `/refresh` was rate-limited: nobody refreshes before `until`. */
  | { type: 'cooldown'; from: string; until: number; detail: SignInErrorDetail }
  /** `/refresh` failed transiently: nobody retries before `retryAt`. */
  | { type: 'backoff'; from: string; retryAt: number; failures: number; detail: SignInErrorDetail }
  /** The person was active (idle timeout), throttled. */
  | { type: 'activity'; from: string; at: number };

/** A duplex message pipe to the other tabs (never back to the sender). */
export interface SessionChannel {
  post(message: SessionMessage): void;
  /** Returns the unsubscribe function. */
  subscribe(listener: (message: SessionMessage) => void): () => void;
  close(): void;
}

/** Tab ids are random UUIDs; anything longer is not from this package. */
const MAX_ID_LENGTH = 64;

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));
const statusOr = (v: unknown, min: number, fallback: number) =>
  isFiniteNumber(v) && Number.isInteger(v) && v >= min && v <= 599 ? v : fallback;

/**
 * A transient failure another tab saw, rebuilt from its known fields only: no foreign text
 * (server message, reason) and no foreign object travels on into this tab's snapshot.
 */
function backoffDetail(v: unknown): SignInErrorDetail | null {
  if (!isObject(v)) return null;
  switch (v.kind) {
    case 'network':
      return { kind: 'network' };
    case 'timeout':
      return { kind: 'timeout', timeoutMs: isFiniteNumber(v.timeoutMs) ? clamp(v.timeoutMs, 0, REFRESH_TIMEOUT_MS) : REFRESH_TIMEOUT_MS };
    case 'http':
      return { kind: 'http', status: statusOr(v.status, 400, 500), serverCode: null, serverMessage: null, details: [] };
    case 'invalid-response':
      return { kind: 'invalid-response', status: statusOr(v.status, 0, 0), reason: 'reported by another tab' };
    default:
      return null;
  }
}

/**
 * Narrows an incoming message; anything malformed is dropped. Times are clamped against this
 * tab's clock `now`: a cooldown to at most `MAX_COOLDOWN_MS` ahead, a backoff to at most the
 * backoff cap ahead, activity to no later than now. A forged message can therefore neither
 * block refreshes beyond the package's own cap nor push the idle deadline into the future.
 */
export function parseMessage(data: unknown, now: number): SessionMessage | null {
  if (!isObject(data) || typeof data.from !== 'string' || data.from.length > MAX_ID_LENGTH) return null;
  const from = data.from;
  switch (data.type) {
    case 'hello':
      return { type: 'hello', from };
    case 'tokens': {
      const record = parseRecord(data.record, now);
      const reason = data.reason;
      if (!record || (reason !== 'sign-in' && reason !== 'refresh' && reason !== 'sync')) return null;
      return { type: 'tokens', from, record, reason };
    }
    case 'signed-out': {
      // Only the reasons a tab announces; anything else is never shown or stored.
      const reason = data.reason;
      if (!isSessionReason(reason) || (reason !== 'user' && reason !== 'idle' && reason !== 'refresh-rejected')) return null;
      return { type: 'signed-out', from, reason, version: isFiniteNumber(data.version) ? data.version : null };
    }
    case 'cooldown': {
      if (!isFiniteNumber(data.until) || !isObject(data.detail) || data.detail.kind !== 'rate-limited') return null;
      const until = clamp(data.until, now, now + MAX_COOLDOWN_MS);
      const retryAfterSeconds = Math.max(1, Math.ceil((until - now) / 1000));
      return { type: 'cooldown', from, until, detail: { kind: 'rate-limited', status: 429, retryAfterSeconds, serverMessage: null } };
    }
    case 'backoff': {
      const detail = backoffDetail(data.detail);
      if (!isFiniteNumber(data.retryAt) || !isFiniteNumber(data.failures) || !detail) return null;
      const retryAt = clamp(data.retryAt, now, now + BACKOFF_CAP_MS * 1.2);
      return { type: 'backoff', from, retryAt, failures: clamp(Math.floor(data.failures), 0, MAX_FAILURES), detail };
    }
    case 'activity':
      // Activity cannot happen in the future: a forged `at` counts as "now" at most.
      return isFiniteNumber(data.at) ? { type: 'activity', from, at: Math.min(data.at, now) } : null;
    default:
      return null;
  }
}

/** A `BroadcastChannel`-backed channel, or `null` where `BroadcastChannel` is missing. */
export function createBroadcastSessionChannel(name: string, now: () => number = () => Date.now()): SessionChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(name);
  const listeners = new Set<(message: SessionMessage) => void>();
  channel.onmessage = (event: MessageEvent) => {
    const message = parseMessage(event.data, now());
    if (message) for (const listener of [...listeners]) listener(message);
  };
  return {
    post: (message) => {
      try {
        channel.postMessage(message);
      } catch {
        // Closed or not cloneable: the other tabs catch up through `hello` or the lock re-check.
      }
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => {
      listeners.clear();
      channel.onmessage = null;
      channel.close();
    },
  };
}
