/**
 * Render purity (issue 11, item 1): `<SessionProvider>` and everything under it read no random
 * source, no clock and no storage while rendering, on the server (`renderToString`, as a
 * Next.js prerender with `cacheComponents` does) and on the client. The session is created and
 * read on mount; prerendering yields the signed-out state.
 */
import { StrictMode } from 'react';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sessionStorageAdapter, type SessionStorageAdapter } from '../../core/session';
import { SessionExpiryNotice, SessionProvider, useSession } from '.';
import { createFakeClient, issuePair } from '../../test-support/session/fake-client';

// createRoot + act, without Testing Library (whose render would add its own clock reads).
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  sessionStorage.clear();
  vi.restoreAllMocks();
});

/** React calls function components through these frames (development build, client and server). */
const RENDER_FRAME = /renderWithHooks|callComponentInDEV|renderElement/;

/** Spies on every impure source; each call records whether a component was rendering. */
function spyOnImpureSources() {
  const calls: Array<{ source: string; duringRender: boolean }> = [];
  const record = (source: string) => {
    // The whole stack: the component frame sits deep below the impure call.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = Infinity;
    const stack = new Error().stack ?? '';
    Error.stackTraceLimit = limit;
    calls.push({ source, duringRender: RENDER_FRAME.test(stack) });
  };
  const wrap = <T extends object, K extends keyof T>(target: T, key: K, source: string) => {
    const original = target[key] as unknown as (...args: unknown[]) => unknown;
    vi.spyOn(target, key as never).mockImplementation(((...args: unknown[]) => {
      record(source);
      return original.apply(target, args);
    }) as never);
  };
  wrap(crypto, 'randomUUID', 'crypto.randomUUID');
  wrap(Math, 'random', 'Math.random');
  wrap(Date, 'now', 'Date.now');
  wrap(performance, 'now', 'performance.now');
  const getItem = Storage.prototype.getItem;
  vi.spyOn(Storage.prototype, 'getItem').mockImplementation(function (this: Storage, key: string) {
    record('Storage.getItem');
    return getItem.call(this, key);
  });
  /** Wraps a storage adapter so its reads are recorded too. */
  const watched = (adapter: SessionStorageAdapter): SessionStorageAdapter => ({
    ...adapter,
    read: () => (record('adapter.read'), adapter.read()),
    scoped: (scope) => watched(adapter.scoped?.(scope) ?? adapter),
  });
  return { calls, watched, duringRender: () => calls.filter((c) => c.duringRender).map((c) => c.source) };
}

/** A stored session, as after signing in and reloading the tab. */
function storeSession(): void {
  const pair = issuePair();
  const now = Date.now();
  const record = { v: 1, tokens: pair, receivedAt: now, accessExpiresAt: now + 5 * 60_000, refreshExpiresAt: now + 60 * 60_000 };
  sessionStorage.setItem('b2core-sign-in.session@https://broker.test', JSON.stringify(record));
}

function Status() {
  const { state, snapshot } = useSession();
  return <p>{`state: ${state}, restored: ${String(snapshot.isRestored)}`}</p>;
}

const app = (storage: SessionStorageAdapter) => (
  <SessionProvider client={createFakeClient()} storage={storage} idleTimeout={15 * 60_000}>
    <SessionExpiryNotice />
    <Status />
  </SessionProvider>
);

describe('<SessionProvider> renders purely', () => {
  it('server render: no random id, clock or storage read; the signed-out state', () => {
    storeSession();
    const spies = spyOnImpureSources();
    const html = renderToString(app(spies.watched(sessionStorageAdapter())));
    // (React's own server renderer reads performance.now for its bookkeeping, outside any component.)
    expect(spies.duringRender()).toEqual([]);
    expect(spies.calls.map((c) => c.source).filter((source) => source !== 'performance.now')).toEqual([]);
    expect(html).toContain('state: signed-out, restored: false');
  });

  it('client render (StrictMode): nothing impure while rendering; the stored pair is adopted on mount', async () => {
    storeSession();
    const spies = spyOnImpureSources();
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    await act(async () => root.render(<StrictMode>{app(spies.watched(sessionStorageAdapter()))}</StrictMode>));
    expect(spies.duringRender()).toEqual([]);
    // The spies work: the tab id, the clock and the storage were read, after rendering.
    expect(spies.calls.map((c) => c.source)).toEqual(expect.arrayContaining(['crypto.randomUUID', 'Date.now', 'adapter.read']));
    expect(container.textContent).toBe('state: signed-in, restored: true');
    await act(async () => root.unmount());
    container.remove();
  });
});
