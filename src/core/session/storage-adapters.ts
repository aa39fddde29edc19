/**
 * Where a session's pair is kept. Memory is the default; `sessionStorage` and `localStorage`
 * are opt-in, and hosts can bring their own adapter. The session writes one key through the
 * adapter the host chose and nothing anywhere else.
 */

/** A synchronous key-less slot holding the serialized session. */
export interface SessionStorageAdapter {
  /** The stored value, or `null`. */
  read(): string | null;
  /** Replaces the stored value. */
  write(value: string): void;
  /** Removes the stored value. */
  clear(): void;
  /**
   * Optional: calls `onChange` when another tab changed the value (`storage` events). Lets
   * tabs stay in step even where `BroadcastChannel` is missing.
   */
  subscribe?(onChange: () => void): () => void;
}

/** Options of the Web Storage adapters. */
export interface WebStorageAdapterOptions {
  /** The key. Default `b2core-sign-in.session`. */
  key?: string;
}

const DEFAULT_KEY = 'b2core-sign-in.session';

/** Keeps the session in memory only: gone on reload, out of reach of storage-reading scripts. */
export function createMemoryStorage(): SessionStorageAdapter {
  let value: string | null = null;
  return {
    read: () => value,
    write: (next) => {
      value = next;
    },
    clear: () => {
      value = null;
    },
  };
}

function webStorage(pick: () => Storage | undefined, key: string, shared: boolean): SessionStorageAdapter {
  // Access can throw (sandboxed iframes, disabled storage, quota): then the adapter acts empty.
  const store = (): Storage | undefined => {
    try {
      return pick();
    } catch {
      return undefined;
    }
  };
  return {
    read: () => {
      try {
        return store()?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    write: (value) => {
      try {
        store()?.setItem(key, value);
      } catch {
        // Quota or privacy mode: the session still lives in memory.
      }
    },
    clear: () => {
      try {
        store()?.removeItem(key);
      } catch {
        // Nothing to clear.
      }
    },
    // Only localStorage is shared between tabs, so only it gets change events from them.
    subscribe: shared
      ? (onChange) => {
          if (typeof window === 'undefined') return () => {};
          const listener = (event: StorageEvent) => {
            if (event.key === key || event.key === null) onChange();
          };
          window.addEventListener('storage', listener);
          return () => window.removeEventListener('storage', listener);
        }
      : undefined,
  };
}

/**
 * Keeps the session in `sessionStorage`: per tab, survives a reload of that tab. Other tabs
 * still share tokens over the cross-tab channel while they are open.
 */
export function sessionStorageAdapter(options: WebStorageAdapterOptions = {}): SessionStorageAdapter {
  return webStorage(() => globalThis.sessionStorage, options.key ?? DEFAULT_KEY, false);
}

/**
 * Keeps the session in `localStorage`: shared by every tab and kept across browser restarts.
 * Any script on the origin can read it (XSS), so offer it only behind "keep me signed in".
 */
export function localStorageAdapter(options: WebStorageAdapterOptions = {}): SessionStorageAdapter {
  return webStorage(() => globalThis.localStorage, options.key ?? DEFAULT_KEY, true);
}
