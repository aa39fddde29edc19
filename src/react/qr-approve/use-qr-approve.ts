import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { createQrApprove } from '../../core/qr/create-qr-approve';
import type { QrApprove, QrApproveClient, QrApproveState } from '../../core/qr/qr-approve-types';
import type { SessionSnapshot } from '../../core/session';
import { useSession } from '../session/use-session';

/** Options of `useQrApprove`. */
export interface UseQrApproveOptions {
  /** The API client (`createSignInClient`); only `getQrChannelStatus` and `issueQrAuthorizationToken` are used. Pass a stable reference. */
  client: QrApproveClient;
  /**
   * Origins whose links are accepted besides the page's own, e.g. `['https://portal.example']`.
   * A link from any other origin is refused (`inputError: 'foreign-origin'`).
   */
  allowedOrigins?: readonly string[];
  /** Read `?channel=…` from the page URL on mount (a phone camera app opened the QR's link). Default true. */
  readChannelFromUrl?: boolean;
  /** Called once per approved channel id (analytics; no secret). */
  onApproved?(channelId: string): void;
}

/** What `useQrApprove` returns. */
export interface UseQrApproveResult {
  /** The approving side's state (see `QrApproveState`). */
  state: QrApproveState;
  /** Whether this device is signed in with a usable access token (also true while the stored session is not read yet). */
  isSignedIn: boolean;
  open: QrApprove['open'];
  approve: QrApprove['approve'];
  deny: QrApprove['deny'];
  retry: QrApprove['retry'];
  reset: QrApprove['reset'];
}

/** The session's access token while it is usable; `null` once signed out or expired. */
function usableAccessToken(snapshot: SessionSnapshot, now: number): string | null {
  if (snapshot.state === 'signed-out' || snapshot.state === 'expired' || !snapshot.tokens) return null;
  if (snapshot.accessExpiresAt !== null && now >= snapshot.accessExpiresAt) return null;
  return snapshot.tokens.accessToken.token;
}

/**
 * Headless QR approval for the signed-in phone, inside `<SessionProvider>`: the
 * `createQrApprove` store as React state, with the session's access token as the Bearer of the
 * one `POST /signin/tokens` that "Approve" sends. Reads `?channel=…` from the URL after mount
 * (never during render) and tears everything down on unmount, StrictMode included.
 *
 * @example
 * ```tsx
 * const { state, open, approve, deny } = useQrApprove({ client });
 * if (state.status === 'confirm') return <Confirm ip={state.ip} onApprove={approve} onDeny={deny} />;
 * return <PasteForm onSubmit={(text) => open(text)} />;
 * ```
 */
export function useQrApprove(options: UseQrApproveOptions): UseQrApproveResult {
  const { client, allowedOrigins, readChannelFromUrl = true } = options;
  const { session, snapshot } = useSession();
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  // A new array with the same origins must not start a new store.
  const originsKey = (allowedOrigins ?? []).join(' ');

  const store = useMemo(
    () =>
      createQrApprove({
        client,
        allowedOrigins: originsKey ? originsKey.split(' ') : [],
        // Read at the moment "Approve" is pressed: the token of that moment, after any refresh.
        getAccessToken: () => usableAccessToken(session.getSnapshot(), Date.now()),
        onApproved: (channelId) => latest.current.onApproved?.(channelId),
      }),
    [client, originsKey, session],
  );

  const state = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);

  useEffect(() => {
    let cancelled = false;
    // Deferred a microtask: StrictMode's mount → unmount → mount then makes one request, not an aborted extra.
    queueMicrotask(() => {
      if (cancelled || !readChannelFromUrl) return;
      const channel = new URLSearchParams(globalThis.location?.search ?? '').get('channel');
      if (channel) store.open(channel);
    });
    return () => {
      cancelled = true;
      store.reset();
    };
  }, [store, readChannelFromUrl]);

  return {
    state,
    // Before the session is restored (server HTML, hydration) the form shows rather than a
    // "sign in first" that would flash for a signed-in phone; Approve reads the token when pressed.
    isSignedIn: !snapshot.isRestored || (snapshot.state !== 'signed-out' && snapshot.state !== 'expired' && snapshot.tokens !== null),
    open: store.open,
    approve: store.approve,
    deny: store.deny,
    retry: store.retry,
    reset: store.reset,
  };
}
