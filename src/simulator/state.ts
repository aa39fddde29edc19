import { createDemoAccountRecords, type AccountRecord } from './accounts';
import type { SimulatorConfig } from './config';
import { randomDigits, randomUuid } from './encoding';
import { MAX_OUTBOX } from './caps';
import { createRateLimiter, type RateLimiter } from './rate-limiter';
import { appendCapped } from './bounded-collections';
import { createTokenStore, type TokenStore } from './token-store';
import type { OutboxEntry, RequestLogEntry } from './types';

/** Where a wizard is; each method is accepted only at its stage(s) (else 409 wrongStep). */
export type WizardStage =
  | 'login'
  | '2fa'
  | '2fa_google_auth'
  | '2fa_sms_auth'
  | '2fa_email_auth'
  | 'reset_password_email'
  | 'reset_password';

/** One wizard session (a uuid from `GET /signin/wizard`). */
export interface Wizard {
  uuid: string;
  expiresAt: number;
  stage: WizardStage;
  accountId: number | null;
  /** The last SMS code sent in this wizard. */
  sms: { code: string; sentAt: number } | null;
  /** The last e-mail second-factor code sent in this wizard (not the reset code). */
  email: { code: string; sentAt: number } | null;
  /** The emailed reset code. */
  resetCode: { code: string; sentAt: number } | null;
}

/** A QR sign-in channel. */
export interface QrChannelRecord {
  id: string;
  expiresAt: number;
  /** Where the request for the channel came from, shown to the approving phone too. */
  ip: string;
  location: string | null;
  authorization: { token: string; clientId: number; used: boolean } | null;
}

/** The whole in-memory server state; `reset()` replaces it. */
export interface SimState {
  config: SimulatorConfig;
  readonly now: () => number;
  readonly random: () => number;
  accounts: AccountRecord[];
  wizards: Map<string, Wizard>;
  channels: Map<string, QrChannelRecord>;
  tokens: TokenStore;
  limiter: RateLimiter;
  outbox: OutboxEntry[];
  log: RequestLogEntry[];
  /** When expired entries were last swept (simulator clock). */
  lastSweep: number;
}

export function createState(config: SimulatorConfig, now: () => number, random: () => number): SimState {
  const state: SimState = {
    config,
    now,
    random,
    accounts: createDemoAccountRecords(),
    wizards: new Map(),
    channels: new Map(),
    tokens: createTokenStore(() => state.config.lifetimes, now, random),
    limiter: createRateLimiter(() => state.config.limits, now),
    outbox: [],
    log: [],
    lastSweep: now(),
  };
  return state;
}

export const findAccountByEmail = (state: SimState, email: string): AccountRecord | undefined => {
  const wanted = email.trim().toLowerCase();
  return state.accounts.find((account) => account.email === wanted);
};

export const findAccountById = (state: SimState, id: number | null): AccountRecord | undefined =>
  state.accounts.find((account) => account.id === id);

/** "Sends" a fresh 6-digit code: records it in the outbox and returns it. */
export function sendCode(state: SimState, channel: OutboxEntry['channel'], recipient: string): { code: string; sentAt: number } {
  const code = randomDigits(state.random);
  const sentAt = state.now();
  appendCapped(state.outbox, { recipient, channel, code, time: sentAt }, MAX_OUTBOX);
  return { code, sentAt };
}

export const newId = (state: SimState): string => randomUuid(state.random);
