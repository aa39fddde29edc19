/**
 * Bounded in-memory collections: a day (or a month) of traffic, or a flood from a buggy client,
 * must not grow memory without end. Lists drop their oldest entries; maps sweep what has
 * expired and, past their cap, drop the oldest insertions (a Map iterates in insertion order).
 * Knows nothing of the simulator's state, so every store can use it (no import cycle).
 */

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
