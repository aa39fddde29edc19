/** The session layer: tokens after sign-in, refresh within the server's budget, tabs, authorized fetch. */
export { createSession } from './create-session';
export type {
  CrossTabOptions,
  ExpiryWarning,
  Session,
  SessionOptions,
  SessionReason,
  SessionSnapshot,
  SessionState,
} from './types';
export { createMemoryStorage, localStorageAdapter, sessionStorageAdapter } from './storage-adapters';
export type { MemoryStorageOptions, SessionStorageAdapter, WebStorageAdapterOptions } from './storage-adapters';
export { createBroadcastSessionChannel } from './channel';
export type { SessionChannel, SessionMessage } from './channel';
export {
  createLocalRefreshLock,
  createStorageLeaseRefreshLock,
  createWebLocksRefreshLock,
} from './refresh-lock';
export type { LockManagerLike, LockResult, RefreshLock, StorageLeaseOptions } from './refresh-lock';
export type { SessionRecord } from './session-record';
export type { TimerApi } from './scheduler';
