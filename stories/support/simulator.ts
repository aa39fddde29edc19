/**
 * The B2Core simulator behind MSW for one story: a fresh in-memory server per story (so a
 * lockout in one story never leaks into the next), reachable from the play function to read
 * the outbox or play the phone that approves a QR code.
 */
import { createSimulator, createSimulatorHandlers, type Simulator, type SimulatorConfigPatch } from '../../src/simulator';

let current: Simulator | null = null;

/** Starts a fresh simulator and returns its MSW handlers (call from a story's `beforeEach`). */
export function freshSimulatorHandlers(config?: SimulatorConfigPatch) {
  current = createSimulator(config ? { config } : {});
  return createSimulatorHandlers(current);
}

/** The simulator of the running story. */
export function simulator(): Simulator {
  if (!current) throw new Error('No simulator: call freshSimulatorHandlers() in beforeEach.');
  return current;
}

/** The newest code the simulator "sent" to `recipient` (SMS or email). */
export function lastCodeFor(recipient: string): string {
  const entry = simulator()
    .outbox()
    .filter((e) => e.recipient === recipient)
    .at(-1);
  if (!entry) throw new Error(`No code was sent to ${recipient}`);
  return entry.code;
}
