/**
 * In-memory stand-ins for BroadcastChannel and Web Locks, so several sessions in one Node
 * process behave like tabs of one browser profile. Delivery is asynchronous (a microtask) and
 * messages are structured-cloned, as in a browser.
 */
import type { LockManagerLike, SessionChannel, SessionMessage } from '../../core/session';

export interface MemoryHub {
  connect(): SessionChannel;
  /** Channels connected and not closed. */
  readonly openCount: number;
  /** Every message posted, in order (for assertions). */
  readonly posted: SessionMessage[];
}

export function createMemoryHub(): MemoryHub {
  const members = new Set<Set<(message: SessionMessage) => void>>();
  const posted: SessionMessage[] = [];
  return {
    connect() {
      const listeners = new Set<(message: SessionMessage) => void>();
      members.add(listeners);
      return {
        post(message) {
          if (!members.has(listeners)) return;
          posted.push(message);
          const copy = structuredClone(message);
          for (const other of members) {
            if (other === listeners) continue;
            queueMicrotask(() => {
              if (members.has(other)) for (const listener of [...other]) listener(structuredClone(copy));
            });
          }
        },
        subscribe(listener) {
          listeners.add(listener);
          return () => listeners.delete(listener);
        },
        close() {
          members.delete(listeners);
        },
      };
    },
    get openCount() {
      return members.size;
    },
    posted,
  };
}

export interface MemoryLocks extends LockManagerLike {
  /** Names of the locks held right now. */
  held(): string[];
}

/** A `navigator.locks` subset: exclusive locks with `ifAvailable`. */
export function createMemoryLocks(): MemoryLocks {
  const held = new Set<string>();
  return {
    async request<T>(name: string, _options: { ifAvailable: true }, callback: (lock: unknown) => Promise<T>): Promise<T> {
      if (held.has(name)) return callback(null);
      held.add(name);
      try {
        return await callback({ name });
      } finally {
        held.delete(name);
      }
    },
    held: () => [...held],
  };
}
