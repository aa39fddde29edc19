/** The password of every demo account. */
export const DEMO_PASSWORD = 'Secret123!';

/**
 * The Google Authenticator secret (RFC 4648 base32) of google@, both@ and all@example.com.
 * A fixed, public demo value: add it to an authenticator app by hand, or compute codes with
 * `totp(GOOGLE_TOTP_SECRET, Date.now())`.
 */
export const GOOGLE_TOTP_SECRET = 'JBSWY3DPEHPK3PXP';

/**
 * A second-factor method the simulator implements: the reference's two, and `email`, which
 * public clients of real deployments post codes for (`POST /2fa/email`).
 */
export type TwoFactorMethod = 'google' | 'sms' | 'email';

/** A demo account as documented (no password: they all use {@link DEMO_PASSWORD}). */
export interface DemoAccount {
  /** The client id (`sub` of its tokens, `clientId` of a QR sign-in). */
  id: number;
  email: string;
  /** Enabled 2FA methods; empty = none. */
  twoFactor: readonly TwoFactorMethod[];
  /** Where SMS codes go, when `sms` is enabled. (E-mail codes go to `email`.) */
  phone: string | null;
  /** The Back Office admin forced a password reset: `/signin` answers `reset_password_email`. */
  forcedPasswordReset: boolean;
  /** What the account demonstrates. */
  description: string;
}

/** The demo accounts, restored by `simulator.reset()`. All use {@link DEMO_PASSWORD}. */
export const demoAccounts: readonly DemoAccount[] = Object.freeze([
  { id: 1, email: 'client@example.com', twoFactor: [], phone: null, forcedPasswordReset: false, description: 'No 2FA: signed in straight away.' },
  { id: 2, email: 'google@example.com', twoFactor: ['google'], phone: null, forcedPasswordReset: false, description: 'Google Authenticator (TOTP).' },
  { id: 3, email: 'sms@example.com', twoFactor: ['sms'], phone: '+1 555 0100', forcedPasswordReset: false, description: 'SMS codes (see the outbox).' },
  { id: 4, email: 'both@example.com', twoFactor: ['google', 'sms'], phone: '+1 555 0101', forcedPasswordReset: false, description: 'Both methods: the method chooser.' },
  { id: 5, email: 'reset@example.com', twoFactor: [], phone: null, forcedPasswordReset: true, description: 'Admin-forced password reset (code by email, see the outbox).' },
  { id: 6, email: 'email2fa@example.com', twoFactor: ['email'], phone: null, forcedPasswordReset: false, description: 'E-mail codes as the second factor (see the outbox).' },
  { id: 7, email: 'all@example.com', twoFactor: ['google', 'sms', 'email'], phone: '+1 555 0102', forcedPasswordReset: false, description: 'All three methods: the method chooser.' },
] satisfies DemoAccount[]);

/** An account in the simulator's mutable state. */
export interface AccountRecord {
  id: number;
  email: string;
  password: string;
  twoFactor: TwoFactorMethod[];
  phone: string | null;
  totpSecret: string | null;
  forcedPasswordReset: boolean;
}

/** Fresh, mutable copies of the demo accounts. */
export function createDemoAccountRecords(): AccountRecord[] {
  return demoAccounts.map((account) => ({
    id: account.id,
    email: account.email,
    password: DEMO_PASSWORD,
    twoFactor: [...account.twoFactor],
    phone: account.phone,
    totpSecret: account.twoFactor.includes('google') ? GOOGLE_TOTP_SECRET : null,
    forcedPasswordReset: account.forcedPasswordReset,
  }));
}

/**
 * The `tfaProviders` list of an account, in the reference's order (sms, then google), then
 * `email` for an account that uses it (the reference lists only its two; a deployment with the
 * e-mail factor adds it).
 */
export function tfaProviders(account: AccountRecord): Array<{ name: string; localizedCaption: string; enabled: boolean }> {
  return [
    { name: 'sms', localizedCaption: 'SMS', enabled: account.twoFactor.includes('sms') },
    { name: 'google', localizedCaption: 'Google Authenticator', enabled: account.twoFactor.includes('google') },
    ...(account.twoFactor.includes('email') ? [{ name: 'email', localizedCaption: 'Email', enabled: true }] : []),
  ];
}
