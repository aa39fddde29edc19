/**
 * Keeping the simulator's state bounded: the wizard and channel maps are capped and swept
 * (the generic list and map helpers live in `bounded-collections`).
 */
import { MAX_QR_CHANNELS, MAX_WIZARDS, QR_CHANNEL_GRACE_MS, SWEEP_INTERVAL_MS } from './caps';
import { REFILL_SHARE, sweepMap, trimOldest } from './bounded-collections';
import type { SimState } from './state';

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
