/**
 * Bounds on what a QR channel's server may ask of the watcher. `lifetimeMinutes` comes from the
 * server (or a proxy, or an attacker in the middle): a huge value once overflowed the renewal
 * timer and burned every renewal within a second, a tiny one renewed in a tight loop.
 */

/** The shortest lifetime a code is given, whatever the server says: 3 s. */
export const QR_MIN_LIFETIME_MS = 3_000;
/** The longest lifetime a code is given, whatever the server says: 60 min (renewed before then). */
export const QR_MAX_LIFETIME_MS = 60 * 60_000;
/** Two channel requests of one run are never closer than this (renewals and dead-code replacements): 2 s. */
export const QR_MIN_RENEWAL_GAP_MS = 2_000;

/** A channel's `lifetimeMinutes` as milliseconds inside `[QR_MIN_LIFETIME_MS, QR_MAX_LIFETIME_MS]`. */
export function qrLifetimeMs(lifetimeMinutes: number): number {
  const ms = lifetimeMinutes * 60_000;
  if (Number.isNaN(ms)) return QR_MIN_LIFETIME_MS;
  return Math.min(QR_MAX_LIFETIME_MS, Math.max(QR_MIN_LIFETIME_MS, ms));
}
