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
  /**
   * Whether the pair kept here may also be handed to the other tabs of the same API origin
   * (over the cross-tab channel). True for the Web Storage adapters, where same-origin scripts
   * can read the pair anyway; absent or false (memory): no token ever crosses the tab boundary.
   */
  isSharedAcrossTabs?: boolean;
  /**
   * Optional: the same storage under a key of its own for one API origin, so two portals on
   * one page origin never read each other's pair. The session calls it once with the origin.
   */
  scoped?(scope: string): SessionStorageAdapter;
}

/** Options of the Web Storage adapters. */
export interface WebStorageAdapterOptions {
  /**
   * The key, used as given. Default `b2core-sign-in.session@<API origin>`: two portals on one
   * page origin never share a key. With your own key, give each portal its own.
   */
  key?: string;
}

/** Options of the memory storage. */
export interface MemoryStorageOptions {
  /**
   * Opt in to sharing the pair with the other tabs (over the cross-tab channel), as the Web
   * Storage adapters do. Default false: any same-origin script could ask for it there.
   */
  isSharedAcrossTabs?: boolean;
}

const DEFAULT_KEY = 'b2core-sign-in.session';

/**
 * Keeps the session in memory only: gone on reload, out of reach of storage-reading scripts,
 * and (unless `isSharedAcrossTabs`) never handed to another tab.
 */
export function createMemoryStorage(options: MemoryStorageOptions = {}): SessionStorageAdapter {
  let value: string | null = null;
  return {
    isSharedAcrossTabs: options.isSharedAcrossTabs === true,
    read: () => value,
    write: (next) => {
      value = next;
    },
    clear: () => {
      value = null;
    },
  };
}

function webStorage(pick: () => Storage | undefined, key: string | undefined, hasChangeEvents: boolean): SessionStorageAdapter {
  const adapter = webStorageAt(pick, key ?? DEFAULT_KEY, hasChangeEvents);
  // Only the default key is scoped: a key the host chose is used as given.
  if (key === undefined) adapter.scoped = (scope) => webStorageAt(pick, `${DEFAULT_KEY}@${scope}`, hasChangeEvents);
  return adapter;
}

function webStorageAt(pick: () => Storage | undefined, key: string, hasChangeEvents: boolean): SessionStorageAdapter {
  // Access can throw (sandboxed iframes, disabled storage, quota): then the adapter acts empty.
  const store = (): Storage | undefined => {
    try {
      return pick();
    } catch {
      return undefined;
    }
  };
  return {
    isSharedAcrossTabs: true,
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
    subscribe: hasChangeEvents
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
 * Keeps the session in `sessionStorage`: per tab, survives a reload of that tab. Same-origin
 * scripts can read it, so the pair is also shared with the other open tabs of the API origin.
 */
export function sessionStorageAdapter(options: WebStorageAdapterOptions = {}): SessionStorageAdapter {
  return webStorage(() => globalThis.sessionStorage, options.key, false);
}

/**
 * Keeps the session in `localStorage`: shared by every tab and kept across browser restarts.
 * Any script on the origin can read it (XSS), so offer it only behind "keep me signed in".
 */
export function localStorageAdapter(options: WebStorageAdapterOptions = {}): SessionStorageAdapter {
  return webStorage(() => globalThis.localStorage, options.key, true);
}
