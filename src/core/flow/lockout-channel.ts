/**
 * A lock follows the person across tabs: when one flow is locked (a 429, or maintenance), every
 * open flow of the same portal shows the same countdown and comes back at the same moment.
 * The channel is named after the API's origin, so two portals in one browser never lock each
 * other. A message carries the reason and the deadline only: no email, no secret, no step.
 */
import { maxLockSeconds } from './reducer';
import type { LockReason } from './types';

/** The one message flows exchange: "this portal is locked until `until` (wall-clock ms)". */
export interface LockoutMessage {
  type: 'locked';
  reason: LockReason;
  until: number;
}

/**
 * Narrows what another tab sent: a known type and reason, a finite `until` clamped to
 * `now … now + 24 h`; every other field is dropped. Anything else is `null`.
 */
export function parseLockoutMessage(data: unknown, now: number): LockoutMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, reason, until } = data as Record<string, unknown>;
  if (type !== 'locked' || (reason !== 'too-many-attempts' && reason !== 'maintenance')) return null;
  if (typeof until !== 'number' || !Number.isFinite(until)) return null;
  return { type, reason, until: Math.min(Math.max(until, now), now + maxLockSeconds * 1000) };
}

/**
 * The channel name for a client `baseUrl` (`''` = this page's origin): scoped to the API's
 * origin, never its path or query. `null` when the origin cannot be known (no page, bad URL).
 */
export function lockoutChannelName(baseUrl: string): string | null {
  try {
    return `b2core-sign-in:lockout:${new URL(baseUrl || '/', globalThis.location?.href).origin}`;
  } catch {
    return null;
  }
}

/** The open channel of one flow. */
export interface LockoutChannel {
  /** Tells the other flows of this portal about this flow's lock. */
  announce(reason: LockReason, until: number): void;
  close(): void;
}

/**
 * Opens the lockout channel of the portal at `baseUrl`; `onLock` receives validated messages
 * from the other flows (never this one's own). `null` where `BroadcastChannel` is missing.
 *
 * @example
 * const channel = createLockoutChannel(client.baseUrl, (m) => store.dispatch({ type: 'locked-elsewhere', ...m, now: Date.now() }));
 * channel?.announce('too-many-attempts', Date.now() + 600_000);
 * channel?.close();
 */
export function createLockoutChannel(
  baseUrl: string,
  onLock: (message: LockoutMessage) => void,
  now: () => number = Date.now,
): LockoutChannel | null {
  const name = lockoutChannelName(baseUrl);
  if (name === null || typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(name);
  channel.onmessage = (event: MessageEvent) => {
    const message = parseLockoutMessage(event.data, now());
    if (message) onLock(message);
  };
  return {
    announce: (reason, until) => {
      try {
        channel.postMessage({ type: 'locked', reason, until } satisfies LockoutMessage);
      } catch {
        // Closed: this flow is gone, nothing to tell.
      }
    },
    close: () => {
      channel.onmessage = null;
      channel.close();
    },
  };
}
