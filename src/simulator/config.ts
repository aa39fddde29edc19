import type { PasswordRules } from '../core/password-rules';
/** What an injected fault answers instead of the simulator. */
export interface FaultResponse {
  /** HTTP status to answer with. */
  status: number;
  /**
   * `'html'`: a proxy's HTML error page (`text/html`); `'empty'`: no body at all;
   * `'truncated'`: JSON cut off mid-object (with a JSON content type); any other value is sent
   * as JSON. Omitted: the error envelope `{error:{code: status, message}}`.
   */
  body?: 'html' | 'empty' | 'truncated' | unknown;
  /** Extra response headers, e.g. `{ 'Retry-After': '30' }`. */
  headers?: Record<string, string>;
}

/**
 * A fault rule: the next `count` requests matching `path` (and `method`, when given) answer
 * `respond` instead of the simulator. `'hang'` never answers until the request's signal aborts.
 */
export interface FaultRule {
  /**
   * `/signin` (relative to `/api/v2/my`) or `/api/v2/my/signin`; a trailing `*` matches a prefix
   * (`/signin/qrcodes/*`). Dev endpoints under `/__sim` are never faulted.
   */
  path: string;
  /** `GET`, `POST`, ... (any method when omitted). */
  method?: string;
  /** How many matching requests to fault before the rule is used up. */
  count: number;
  respond: FaultResponse | 'hang';
}

/** The password rules `POST /signin/password/reset` enforces (422 passwordRules): the same type the UI's checklist reads. */
export type { PasswordRules };

/** Everything about the simulator's server behaviour that a test, story or demo may change. */
export interface SimulatorConfig {
  /** `data.recaptcha.enabled` of the wizard; when true `/signin` needs a non-empty `recaptchaResponse`. */
  recaptchaEnabled: boolean;
  /** `data.is_qr_available` of the wizard; when false `GET /signin/qrcodes` answers 403. */
  qrAvailable: boolean;
  /** `data.is_password_recovery_available` of the wizard. */
  passwordRecoveryAvailable: boolean;
  lifetimes: {
    /** A wizard uuid's life from `GET /signin/wizard` (then 410). Default 15 min. */
    wizardMs: number;
    /** Access token. Default 5 min. */
    accessTokenMs: number;
    /** Refresh token. Default 30 days. */
    refreshTokenMs: number;
    /** The last SMS code. Default 5 min. */
    smsCodeMs: number;
    /** The emailed password-reset code. Default 15 min. */
    resetCodeMs: number;
    /** A QR channel (`lifetimeMinutes`). Default 2. */
    qrChannelMinutes: number;
  };
  limits: {
    /** Attempts allowed per window (the next one is blocked). Default 5. */
    attempts: number;
    /** Default 60 s. */
    windowMs: number;
    /** Block after too many attempts. Default 10 min. */
    blockMs: number;
    /** Minimum time between two SMS sends in one wizard. Default 30 s. */
    smsResendCooldownMs: number;
  };
  passwordRules: PasswordRules;
  /** Delay before every API answer (not `/__sim`). Default 0. */
  latencyMs: number;
  /**
   * The `ip`/`location` a QR channel reports. With `useForwardedFor`, the first address of the
   * request's `X-Forwarded-For` is the ip (location then null) when the header is present.
   */
  qrOrigin: { ip: string; location: string | null; useForwardedFor?: boolean };
  /** Injected faults, consumed in order of the list. */
  faults: FaultRule[];
}

/** A partial config: top-level keys and the members of the nested groups are all optional. */
export type SimulatorConfigPatch = Partial<
  Omit<SimulatorConfig, 'lifetimes' | 'limits' | 'passwordRules' | 'qrOrigin'>
> & {
  lifetimes?: Partial<SimulatorConfig['lifetimes']>;
  limits?: Partial<SimulatorConfig['limits']>;
  passwordRules?: Partial<PasswordRules>;
  qrOrigin?: Partial<SimulatorConfig['qrOrigin']>;
};

/**
 * The simulator's default password rules, for `<SignInFlow passwordRules={simulatorPasswordRules}>`
 * in demos and stories (a real portal passes its own server's rules).
 */
export const simulatorPasswordRules: Readonly<PasswordRules> = Object.freeze({
  minLength: 8,
  requireDigit: true,
  requireLetter: true,
  requireUppercase: false,
  requireSymbol: false,
});

/** The defaults: B2Core's documented defaults where it documents them, our decisions elsewhere. */
export function defaultConfig(): SimulatorConfig {
  return {
    recaptchaEnabled: false,
    qrAvailable: true,
    passwordRecoveryAvailable: true,
    lifetimes: {
      wizardMs: 15 * 60_000,
      accessTokenMs: 5 * 60_000,
      refreshTokenMs: 30 * 24 * 3_600_000,
      smsCodeMs: 5 * 60_000,
      resetCodeMs: 15 * 60_000,
      qrChannelMinutes: 2,
    },
    limits: { attempts: 5, windowMs: 60_000, blockMs: 10 * 60_000, smsResendCooldownMs: 30_000 },
    passwordRules: { ...simulatorPasswordRules },
    latencyMs: 0,
    qrOrigin: { ip: '203.0.113.7', location: 'Berlin, Germany' },
    faults: [],
  };
}

/** The members that are not `undefined` (an explicit `undefined` in a patch means "unchanged"). */
const defined = <T extends object>(value: T | undefined): Partial<T> =>
  Object.fromEntries(Object.entries(value ?? {}).filter(([, member]) => member !== undefined)) as Partial<T>;

/** `base` with `patch` merged in: nested groups merge member by member, `faults` is replaced. */
export function mergeConfig(base: SimulatorConfig, patch: SimulatorConfigPatch | undefined): SimulatorConfig {
  if (!patch) return cloneConfig(base);
  return cloneConfig({
    ...base,
    ...defined(patch),
    lifetimes: { ...base.lifetimes, ...defined(patch.lifetimes) },
    limits: { ...base.limits, ...defined(patch.limits) },
    passwordRules: { ...base.passwordRules, ...defined(patch.passwordRules) },
    qrOrigin: { ...base.qrOrigin, ...defined(patch.qrOrigin) },
    faults: patch.faults ?? base.faults,
  });
}

function cloneConfig(config: SimulatorConfig): SimulatorConfig {
  return {
    ...config,
    lifetimes: { ...config.lifetimes },
    limits: { ...config.limits },
    passwordRules: { ...config.passwordRules },
    qrOrigin: { ...config.qrOrigin },
    faults: config.faults.map((rule) => ({ ...rule, respond: rule.respond === 'hang' ? 'hang' : { ...rule.respond } })),
  };
}
