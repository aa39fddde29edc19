import { isSignInError } from '../client/errors';
import { clampRetryAfterSeconds } from '../client/retry-after';
import type { SignInClient } from '../client/types';
import { globalTimers, type Timers } from '../timers';
import type { QrStatusSource } from './types';

/** Options of `createPollingStatusSource`. */
export interface PollingStatusSourceOptions {
  client: Pick<SignInClient, 'getQrChannelStatus'>;
  /** Pause between answers while all is well. Default 2 000 ms (≤ 30 requests a minute). */
  intervalMs?: number;
  /** Cap of the exponential backoff after failures. Default 30 000 ms. */
  maxBackoffMs?: number;
  /**
   * 0..1, spreads backoff delays so many tabs do not retry in step ("equal jitter": the delay
   * is between half and all of the backoff). Default `Math.random`; tests pass `() => 1`.
   */
  random?: () => number;
  /** Timers. Default: the global ones. */
  scheduler?: Timers;
}

/**
 * The default channel watch: polls `GET /signin/qrcodes/{id}` every `intervalMs`, measured from
 * the previous answer, so there is never more than one request in flight per subscription.
 * Failures back off exponentially (with jitter) up to `maxBackoffMs`; a 429 waits its
 * `Retry-After` (1 s … 24 h). Polling ends by itself when the channel is expired or a token arrived, and
 * unsubscribing aborts the request in flight and clears the timer.
 *
 * @example
 * ```ts
 * const source = createPollingStatusSource({ client, intervalMs: 2000 });
 * const stop = source.subscribe(channel.id, (s) => s.authorizationToken && exchange(s.authorizationToken));
 * ```
 */
export function createPollingStatusSource(options: PollingStatusSourceOptions): QrStatusSource {
  const {
    client,
    intervalMs = 2000,
    maxBackoffMs = 30_000,
    random = Math.random,
    scheduler = globalTimers,
  } = options;

  const delayAfterFailure = (error: unknown, failures: number): number => {
    if (isSignInError(error, 'rate-limited')) {
      // The server said when: waiting less would only earn another 429. Clamped again: the
      // error may come from a host's own client, not through `parseRetryAfter`.
      return Math.max(intervalMs, clampRetryAfterSeconds(error.detail.retryAfterSeconds) * 1000);
    }
    const backoff = Math.min(maxBackoffMs, intervalMs * 2 ** failures);
    return Math.max(intervalMs, backoff / 2 + (backoff / 2) * random());
  };

  return {
    subscribe(channelId, onStatus, onError) {
      let active = true;
      let failures = 0;
      let timer: unknown;
      let inFlight: AbortController | null = null;

      const schedule = (delayMs: number) => {
        timer = scheduler.setTimeout(() => {
          timer = undefined;
          void poll();
        }, delayMs);
      };

      const poll = async () => {
        const abort = new AbortController();
        inFlight = abort;
        try {
          const status = await client.getQrChannelStatus({ channelId }, { signal: abort.signal });
          if (!active) return;
          failures = 0;
          onStatus(status);
          // A terminal answer ends the watch; `onStatus` may also have unsubscribed.
          if (!active || status.status === 'expired' || status.authorizationToken !== null) return;
          schedule(intervalMs);
        } catch (error) {
          if (!active) return;
          failures += 1;
          onError?.(error);
          if (active) schedule(delayAfterFailure(error, failures));
        } finally {
          if (inFlight === abort) inFlight = null;
        }
      };

      // The first look waits one interval: nobody scans a code in the millisecond it appears.
      schedule(intervalMs);

      return () => {
        if (!active) return;
        active = false;
        if (timer !== undefined) scheduler.clearTimeout(timer);
        timer = undefined;
        inFlight?.abort();
        inFlight = null;
      };
    },
  };
}
