import { isSignInError } from '../client/errors';
import type { QrChannelStatus } from '../client/types';
import { parseChannelInput } from './parse-channel-input';
import type { QrApprove, QrApproveDetails, QrApproveFailureReason, QrApproveOptions, QrApproveState } from './qr-approve-types';
import { globalTimers } from '../timers';

/** No QR code lives a day: a longer `expiresInSeconds` is clamped (and keeps timers far below 2^31 ms). */
const MAX_CODE_LIFETIME_S = 86_400;

/** Failures shared by both requests; `null` = one of ours (aborted), to be ignored. */
function commonReason(error: unknown): QrApproveFailureReason | null {
  if (isSignInError(error, 'aborted')) return null;
  if (isSignInError(error, 'rate-limited')) return 'rate-limited';
  if (isSignInError(error, 'network') || isSignInError(error, 'timeout')) return 'network';
  return 'failed';
}

/** `GET /signin/qrcodes/{id}` failed: a 404 means no such code. */
function checkFailure(error: unknown): QrApproveFailureReason | null {
  if (isSignInError(error, 'http') && error.detail.status === 404) return 'unknown';
  return commonReason(error);
}

/** `POST /signin/tokens` failed. The code existed a moment ago, so a 404/410 means it ran out. */
function approveFailure(error: unknown): QrApproveFailureReason | null {
  if (isSignInError(error, 'unauthorized')) return 'session-ended';
  if (isSignInError(error, 'http')) {
    const { status } = error.detail;
    if (status === 404 || status === 410) return 'expired';
    if (status === 409) return 'used';
  }
  return commonReason(error);
}

/**
 * The signed-in phone's side of QR sign-in: takes a scanned or pasted channel, shows what to
 * check (requesting IP, location, time left) and, on "Approve", sends exactly one
 * `POST /signin/tokens {channelId}` with the device's Bearer. Nothing is retried by itself; a
 * failure says why (expired, unknown, used, session ended, rate limited, network).
 *
 * The authorization token the server answers with is dropped at once: it is the other device's.
 *
 * @example
 * ```ts
 * const approve = createQrApprove({ client, getAccessToken: () => session.getSnapshot().tokens?.accessToken.token ?? null });
 * approve.subscribe(() => render(approve.getSnapshot()));
 * approve.open(new URL(location.href).searchParams.get('channel') ?? '');
 * // "Approve" → approve.approve(); "Deny" → approve.deny()
 * ```
 */
export function createQrApprove(options: QrApproveOptions): QrApprove {
  const { client, now = Date.now, scheduler = globalTimers } = options;
  let state: QrApproveState = { status: 'idle', inputError: null };
  const listeners = new Set<() => void>();
  let request: AbortController | null = null;
  let timer: unknown;
  let disposed = false;

  const set = (next: QrApproveState) => {
    state = next;
    for (const listener of [...listeners]) listener();
  };

  /** Ends the request in flight and the expiry timer. */
  const teardown = () => {
    request?.abort();
    request = null;
    if (timer !== undefined) scheduler.clearTimeout(timer);
    timer = undefined;
  };

  const fail = (channelId: string | null, reason: QrApproveFailureReason, error?: unknown) => {
    teardown();
    const retryAfterSeconds = isSignInError(error, 'rate-limited') ? error.detail.retryAfterSeconds : null;
    set({ status: 'failed', channelId, reason, retryAfterSeconds });
  };

  const showDetails = (channelId: string, status: QrChannelStatus) => {
    if (status.status === 'expired' || status.expiresInSeconds === 0) return fail(channelId, 'expired');
    if (status.status === 'authorized') return fail(channelId, 'used');
    const seconds = status.expiresInSeconds === undefined ? null : Math.min(status.expiresInSeconds, MAX_CODE_LIFETIME_S);
    const details: QrApproveDetails = {
      channelId,
      ip: status.ip ?? null,
      location: status.location ?? null,
      expiresAt: seconds === null ? null : now() + seconds * 1000,
    };
    set({ status: 'confirm', ...details });
    if (seconds !== null) {
      timer = scheduler.setTimeout(() => {
        timer = undefined;
        // Only a code still waiting for a decision expires here; an approval in flight is the server's to judge.
        if (state.status === 'confirm') fail(channelId, 'expired');
      }, seconds * 1000);
    }
  };

  const check = (channelId: string) => {
    teardown();
    const abort = new AbortController();
    request = abort;
    set({ status: 'checking', channelId });
    client.getQrChannelStatus({ channelId }, { signal: abort.signal }).then(
      (status) => {
        if (request !== abort) return; // superseded or disposed: a late answer
        request = null;
        // A status for another channel is not an answer about this one.
        if (status.id !== channelId) fail(channelId, 'failed');
        else showDetails(channelId, status);
      },
      (error: unknown) => {
        if (request !== abort) return;
        request = null;
        const reason = checkFailure(error);
        if (reason) fail(channelId, reason, error);
      },
    );
  };

  return {
    getSnapshot: () => state,
    subscribe(listener) {
      if (disposed) return () => {};
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    open(input) {
      if (disposed) return;
      const parsed = parseChannelInput(input, options);
      if (parsed.ok) return check(parsed.channelId);
      teardown();
      set({ status: 'idle', inputError: parsed.error });
    },
    approve() {
      if (disposed || state.status !== 'confirm') return;
      const { channelId } = state;
      if (state.expiresAt !== null && now() >= state.expiresAt) return fail(channelId, 'expired');
      const accessToken = options.getAccessToken();
      if (!accessToken) return fail(channelId, 'session-ended');
      teardown();
      const abort = new AbortController();
      request = abort;
      set({ ...state, status: 'approving' });
      client.issueQrAuthorizationToken({ accessToken, channelId }, { signal: abort.signal }).then(
        () => {
          if (request !== abort) return;
          request = null;
          // The authorization token is the other device's: it is not kept or passed on.
          set({ status: 'approved', channelId });
          options.onApproved?.(channelId);
        },
        (error: unknown) => {
          if (request !== abort) return;
          request = null;
          const reason = approveFailure(error);
          if (reason) fail(channelId, reason, error);
        },
      );
    },
    deny() {
      if (disposed || state.status !== 'confirm') return;
      teardown();
      set({ status: 'denied', channelId: state.channelId });
    },
    retry() {
      if (disposed || state.status !== 'failed' || state.channelId === null) return;
      check(state.channelId);
    },
    reset() {
      if (disposed) return;
      teardown();
      set({ status: 'idle', inputError: null });
    },
    dispose() {
      teardown();
      disposed = true;
      listeners.clear();
    },
  };
}
