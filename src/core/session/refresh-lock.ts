/**
 * One refresh at a time across every tab of the browser profile. Web Locks where available
 * (released by the browser when a tab closes); a short `localStorage` lease where not; an
 * in-tab lock when neither exists. The lock is only ever tried (`ifAvailable`), never queued
 * for and never stolen: a tab that finds it taken waits for the holder's broadcast instead,
 * so two refreshes with one refresh token cannot overlap.
 */
import { globalTimers, type Timers } from '../timers';
import { isObject } from '../is-object';

/** The result of trying the lock. */
export type LockResult<T> = { acquired: true; value: T } | { acquired: false };

/** A cross-tab mutex that is only ever tried. */
export interface RefreshLock {
  /** Runs `task` while holding the lock, or resolves `{acquired: false}` at once if it is taken. */
  tryRun<T>(task: () => Promise<T>): Promise<LockResult<T>>;
}

/** The part of `navigator.locks` used here. */
export interface LockManagerLike {
  request<T>(name: string, options: { ifAvailable: true }, callback: (lock: unknown) => Promise<T>): Promise<T>;
}

/** A lock on the Web Locks API. */
export function createWebLocksRefreshLock(locks: LockManagerLike, name: string): RefreshLock {
  return {
    tryRun: <T>(task: () => Promise<T>) =>
      locks.request<LockResult<T>>(name, { ifAvailable: true }, async (lock) =>
        lock ? { acquired: true, value: await task() } : { acquired: false },
      ),
  };
}

/** An in-tab lock: concurrent callers in this tab get `{acquired: false}`. */
export function createLocalRefreshLock(): RefreshLock {
  let held = false;
  return {
    async tryRun<T>(task: () => Promise<T>): Promise<LockResult<T>> {
      if (held) return { acquired: false };
      held = true;
      try {
        return { acquired: true, value: await task() };
      } finally {
        held = false;
      }
    },
  };
}

/** Options of the storage lease. */
export interface StorageLeaseOptions {
  now?: () => number;
  /** How long a lease lives if its holder vanishes mid-refresh. Default 45 s (beyond the refresh timeout). */
  leaseMs?: number;
  /** Wait before re-reading the lease to confirm it (two tabs writing at once). Default 50 ms. */
  confirmMs?: number;
  /** Timers for that wait. Default: the global ones. */
  timers?: Timers;
  /** Tab id; default random. */
  owner?: string;
}

/**
 * A lease in `localStorage` (`{owner, until}`, no secret) for browsers without Web Locks.
 * Write, wait, re-read: the last writer wins and the other backs off.
 */
export function createStorageLeaseRefreshLock(
  storage: Storage,
  name: string,
  options: StorageLeaseOptions = {},
): RefreshLock {
  const now = options.now ?? (() => Date.now());
  const leaseMs = options.leaseMs ?? 45_000;
  const confirmMs = options.confirmMs ?? 50;
  const timers = options.timers ?? globalTimers;
  const owner = options.owner ?? randomId();
  const key = `${name}:refresh-lease`;
  const local = createLocalRefreshLock();

  const read = (): { owner: string; until: number } | null => {
    try {
      const value: unknown = JSON.parse(storage.getItem(key) ?? 'null');
      if (isObject(value)) {
        const { owner: o, until } = value;
        if (typeof o === 'string' && typeof until === 'number') return { owner: o, until };
      }
    } catch {
      // Unreadable: treat as free.
    }
    return null;
  };

  return {
    tryRun: <T>(task: () => Promise<T>) =>
      local.tryRun(async (): Promise<LockResult<T>> => {
        const current = read();
        if (current && current.owner !== owner && current.until > now()) return { acquired: false };
        try {
          storage.setItem(key, JSON.stringify({ owner, until: now() + leaseMs }));
        } catch {
          return { acquired: true, value: await task() };
        }
        await new Promise<void>((resolve) => timers.setTimeout(resolve, confirmMs));
        if (read()?.owner !== owner) return { acquired: false };
        try {
          return { acquired: true, value: await task() };
        } finally {
          if (read()?.owner === owner) storage.removeItem(key);
        }
      }).then((result) => (result.acquired ? result.value : result)),
  };
}

/** A random tab id (not a secret; only tells tabs apart). */
export function randomId(): string {
  return globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** The best lock this environment offers. */
export function createDefaultRefreshLock(name: string): RefreshLock {
  const locks = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator?.locks;
  if (locks && typeof locks.request === 'function') return createWebLocksRefreshLock(locks, `${name}:refresh`);
  try {
    const storage = globalThis.localStorage;
    if (storage) return createStorageLeaseRefreshLock(storage, name);
  } catch {
    // localStorage access can throw; fall through.
  }
  return createLocalRefreshLock();
}
