import type { SimulatorConfig, SimulatorConfigPatch } from './config';

/** A code the simulator "sent": read it here instead of a phone or a mailbox. */
export interface OutboxEntry {
  /** The phone number (sms) or email address (email). */
  recipient: string;
  channel: 'sms' | 'email';
  /** The 6-digit code. */
  code: string;
  /** When it was sent, in epoch milliseconds of the simulator's clock. */
  time: number;
}

/** One API request the simulator answered. Never bodies or headers: no secrets. */
export interface RequestLogEntry {
  method: string;
  /** The path without query string, e.g. `/api/v2/my/signin`. */
  path: string;
  /** The status answered; 0 when the request was aborted before an answer (a `hang` fault). */
  status: number;
  /** Epoch milliseconds of the simulator's clock. */
  time: number;
}

/** Options of {@link createSimulator}. */
export interface SimulatorOptions {
  /** Overrides of the default config (nested groups merge member by member). */
  config?: Partial<SimulatorConfig> | SimulatorConfigPatch;
  /** The clock, epoch ms. Default `Date.now`. Inject a fake one to test expiry, limits and TOTP. */
  now?: () => number;
  /** Uniform [0, 1) source for SMS/email codes (and ids where no `crypto` exists). Default `Math.random`. */
  random?: () => number;
}

/** An in-memory B2Core server. */
export interface Simulator {
  /**
   * Answers one request like a B2Core server would: paths under `/api/v2/my` (the contract)
   * and `/__sim` (dev endpoints). Rejects only when the request's signal aborts a pending answer.
   */
  handle(request: Request): Promise<Response>;
  /** The current config (a snapshot; change it with {@link Simulator.setConfig}). */
  readonly config: SimulatorConfig;
  /** Merges a partial config (nested groups member by member; `faults` replaces the list). */
  setConfig(patch: Partial<SimulatorConfig> | SimulatorConfigPatch): void;
  /** Back to the state at creation: demo accounts, config, and no wizards, tokens, channels, codes or logs. */
  reset(): void;
  /** The latest SMS and email codes sent, oldest first; the last 200 are kept. */
  outbox(): OutboxEntry[];
  /**
   * Plays the signed-in phone: authorizes a pending QR channel for the account with `email`.
   * Throws when the channel is unknown, expired or already authorized, or the email is unknown.
   */
  approveQr(channelId: string, email: string): { authorizationToken: string };
  /** The latest API requests (method, path, status, time), oldest first; the last 1000 are kept. */
  requestLog(): RequestLogEntry[];
  /** How many entries each in-memory collection holds now (all are bounded; see the README). */
  sizes(): SimulatorSizes;
}

/** Entry counts of the simulator's in-memory collections ({@link Simulator.sizes}). */
export interface SimulatorSizes {
  requestLog: number;
  outbox: number;
  wizards: number;
  qrChannels: number;
  /** Issued tokens remembered, live and revoked. */
  tokens: number;
  rateLimitBuckets: number;
}
