import { MAX_RATE_BUCKETS } from './caps';
import { REFILL_SHARE, sweepMap, trimOldest } from './bounded-collections';

/** Limits: `attempts` per `windowMs`, then blocked for `blockMs`. */
export interface RateLimits {
  attempts: number;
  windowMs: number;
  blockMs: number;
}

/** The verdict on one attempt. */
export type RateVerdict = { allowed: true } | { allowed: false; retryAfterMs: number };

/** Fixed-budget attempt counting over several keys at once (e.g. per account AND per wizard). */
export interface RateLimiter {
  /**
   * Records one attempt under every key. Allowed when no key is blocked and every key has
   * budget left; otherwise the keys over budget start their block and nothing is recorded.
   */
  attempt(keys: readonly string[]): RateVerdict;
  /** Forgets idle buckets: not blocked, and no attempt inside the window. */
  sweep(): void;
  /** How many buckets exist. */
  readonly size: number;
}

interface Bucket {
  times: number[];
  blockedUntil: number;
}

/** A sliding-window limiter on an injectable clock; limits are read on every attempt. */
export function createRateLimiter(limits: () => RateLimits, now: () => number): RateLimiter {
  const buckets = new Map<string, Bucket>();
  const idle = (bucket: Bucket, time: number) =>
    bucket.blockedUntil <= time && bucket.times.every((t) => t <= time - limits().windowMs);
  const sweep = () => {
    const time = now();
    sweepMap(buckets, (bucket) => idle(bucket, time));
  };
  /**
   * Full (a flood of distinct keys): idle buckets go, then the oldest unblocked ones, then the
   * oldest (down to 90 % of the cap), so a flood evicts a running block last.
   */
  const makeRoom = (time: number) => {
    const target = Math.floor(MAX_RATE_BUCKETS * REFILL_SHARE);
    sweep();
    for (const [key, bucket] of buckets) {
      if (buckets.size <= target) return;
      if (bucket.blockedUntil <= time) buckets.delete(key);
    }
    trimOldest(buckets, target);
  };

  return {
    attempt(keys) {
      const { attempts, windowMs, blockMs } = limits();
      const time = now();
      let retryAfterMs = 0;
      const current = keys.map((key) => {
        let bucket = buckets.get(key);
        if (!bucket) {
          if (buckets.size >= MAX_RATE_BUCKETS) makeRoom(time);
          bucket = { times: [], blockedUntil: 0 };
          buckets.set(key, bucket);
        }
        if (bucket.blockedUntil > time) {
          retryAfterMs = Math.max(retryAfterMs, bucket.blockedUntil - time);
        } else {
          bucket.times = bucket.times.filter((t) => t > time - windowMs);
        }
        return bucket;
      });
      if (retryAfterMs > 0) return { allowed: false, retryAfterMs };
      const over = current.filter((bucket) => bucket.times.length >= attempts);
      if (over.length > 0) {
        for (const bucket of over) {
          bucket.blockedUntil = time + blockMs;
          bucket.times = [];
        }
        return { allowed: false, retryAfterMs: blockMs };
      }
      for (const bucket of current) bucket.times.push(time);
      return { allowed: true };
    },
    sweep,
    get size() {
      return buckets.size;
    },
  };
}
