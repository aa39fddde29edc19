/**
 * Keeping the in-memory collections bounded: a day (or a month) of traffic, or a flood from a
 * buggy client, must not grow memory without end. Lists drop their oldest entries; maps sweep
 * what has expired and, past their cap, drop the oldest insertions (a Map iterates in
 * insertion order).
 */
import { MAX_QR_CHANNELS, MAX_WIZARDS, QR_CHANNEL_GRACE_MS, SWEEP_INTERVAL_MS } from './caps';
import type { SimState } from './state';

/** Appends `entry`, dropping the oldest entries beyond `max`. */
export function appendCapped<T>(list: T[], entry: T, max: number): void {
  list.push(entry);
  if (list.length > max) list.splice(0, list.length - max);
}

/**
 * When a full map must make room, it drops to this share of its cap at once, so a flood costs
 * one O(n) pass per tenth of the cap instead of one per insertion.
 */
export const REFILL_SHARE = 0.9;

/** Drops the oldest insertions of `map` beyond `max`. */
export function trimOldest<K, V>(map: Map<K, V>, max: number): void {
  for (const key of map.keys()) {
    if (map.size <= max) return;
    map.delete(key);
  }
}

/** Deletes the entries of `map` that `expired` says are gone. */
export function sweepMap<K, V>(map: Map<K, V>, expired: (value: V) => boolean): void {
  for (const [key, value] of map) if (expired(value)) map.delete(key);
}

/** Applies the caps of the wizard and channel maps (call after inserting). */
export function capSessions(state: SimState): void {
  if (state.wizards.size > MAX_WIZARDS) {
    sweepMap(state.wizards, (wizard) => wizard.expiresAt <= state.now());
    trimOldest(state.wizards, Math.floor(MAX_WIZARDS * REFILL_SHARE));
  }
  if (state.channels.size > MAX_QR_CHANNELS) {
    sweepChannels(state);
    trimOldest(state.channels, Math.floor(MAX_QR_CHANNELS * REFILL_SHARE));
  }
}

/**
 * An expired channel is kept {@link QR_CHANNEL_GRACE_MS} longer, so a late watch still reads
 * `expired` (not 404) and an approved one can still be exchanged.
 */
function sweepChannels(state: SimState): void {
  sweepMap(state.channels, (channel) => channel.expiresAt + QR_CHANNEL_GRACE_MS <= state.now());
}

/** Sweeps everything expired, at most once per {@link SWEEP_INTERVAL_MS} of the simulator's clock. */
export function sweepExpired(state: SimState): void {
  const now = state.now();
  if (now - state.lastSweep < SWEEP_INTERVAL_MS) return;
  state.lastSweep = now;
  sweepMap(state.wizards, (wizard) => wizard.expiresAt <= now);
  sweepChannels(state);
  state.tokens.sweep();
  state.limiter.sweep();
}
