/**
 * The messages tabs exchange, and the channel that carries them. A tab that refreshes
 * announces the new pair (or the cooldown, the backoff, the sign-out); the others adopt it
 * without calling the server. Messages are checked on arrival like any other input.
 */
import type { SignInErrorDetail } from '../client/errors';
import { parseRecord, type SessionRecord } from './session-record';
import type { SessionReason } from './types';

/** One message between tabs. `from` is the sender's random tab id. */
export type SessionMessage =
  /** A tab started and asks for the current pair. */
  | { type: 'hello'; from: string }
  /** The current pair: after a sign-in, a refresh, or in answer to `hello`. */
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

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isDetail = (v: unknown): v is SignInErrorDetail => isObject(v) && typeof v.kind === 'string';

/** Narrows an incoming message; anything malformed is dropped. */
export function parseMessage(data: unknown): SessionMessage | null {
  if (!isObject(data) || typeof data.from !== 'string') return null;
  const from = data.from;
  switch (data.type) {
    case 'hello':
      return { type: 'hello', from };
    case 'tokens': {
      const record = parseRecord(data.record);
      const reason = data.reason;
      if (!record || (reason !== 'sign-in' && reason !== 'refresh' && reason !== 'sync')) return null;
      return { type: 'tokens', from, record, reason };
    }
    case 'signed-out':
      if (typeof data.reason !== 'string') return null;
      return {
        type: 'signed-out',
        from,
        reason: data.reason as SessionReason,
        version: typeof data.version === 'number' ? data.version : null,
      };
    case 'cooldown':
      if (typeof data.until !== 'number' || !isDetail(data.detail)) return null;
      return { type: 'cooldown', from, until: data.until, detail: data.detail };
    case 'backoff':
      if (typeof data.retryAt !== 'number' || typeof data.failures !== 'number' || !isDetail(data.detail)) return null;
      return { type: 'backoff', from, retryAt: data.retryAt, failures: data.failures, detail: data.detail };
    case 'activity':
      return typeof data.at === 'number' ? { type: 'activity', from, at: data.at } : null;
    default:
      return null;
  }
}

/** A `BroadcastChannel`-backed channel, or `null` where `BroadcastChannel` is missing. */
export function createBroadcastSessionChannel(name: string): SessionChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(name);
  const listeners = new Set<(message: SessionMessage) => void>();
  channel.onmessage = (event: MessageEvent) => {
    const message = parseMessage(event.data);
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
