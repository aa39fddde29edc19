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

/** The password rules `POST /signin/password/reset` enforces (422 passwordRules). */
export interface PasswordRules {
  minLength: number;
  requireDigit: boolean;
  requireLetter: boolean;
  requireUppercase: boolean;
  requireSymbol: boolean;
}

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
    passwordRules: { minLength: 8, requireDigit: true, requireLetter: true, requireUppercase: false, requireSymbol: false },
    latencyMs: 0,
    qrOrigin: { ip: '203.0.113.7', location: 'Berlin, Germany' },
    faults: [],
  };
}

/** `base` with `patch` merged in: nested groups merge member by member, `faults` is replaced. */
export function mergeConfig(base: SimulatorConfig, patch: SimulatorConfigPatch | undefined): SimulatorConfig {
  if (!patch) return cloneConfig(base);
  return cloneConfig({
    ...base,
    ...patch,
    lifetimes: { ...base.lifetimes, ...patch.lifetimes },
    limits: { ...base.limits, ...patch.limits },
    passwordRules: { ...base.passwordRules, ...patch.passwordRules },
    qrOrigin: { ...base.qrOrigin, ...patch.qrOrigin },
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
    faults: config.faults.map((rule) => ({ ...rule })),
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const groups: Record<string, Record<string, 'number' | 'boolean' | 'string' | 'string|null'>> = {
  lifetimes: {
    wizardMs: 'number',
    accessTokenMs: 'number',
    refreshTokenMs: 'number',
    smsCodeMs: 'number',
    resetCodeMs: 'number',
    qrChannelMinutes: 'number',
  },
  limits: { attempts: 'number', windowMs: 'number', blockMs: 'number', smsResendCooldownMs: 'number' },
  passwordRules: {
    minLength: 'number',
    requireDigit: 'boolean',
    requireLetter: 'boolean',
    requireUppercase: 'boolean',
    requireSymbol: 'boolean',
  },
  qrOrigin: { ip: 'string', location: 'string|null', useForwardedFor: 'boolean' },
};
const flags: Record<string, 'number' | 'boolean'> = {
  recaptchaEnabled: 'boolean',
  qrAvailable: 'boolean',
  passwordRecoveryAvailable: 'boolean',
  latencyMs: 'number',
};

const fits = (value: unknown, type: string): boolean =>
  type === 'string|null' ? value === null || typeof value === 'string' : typeof value === type;

/**
 * Checks an untrusted patch (the body of `PUT /__sim/config`). Returns the patch, or the
 * list of problems (one per bad field, named by its dotted path).
 */
export function parseConfigPatch(
  input: unknown,
): { ok: true; patch: SimulatorConfigPatch } | { ok: false; issues: Array<{ field: string; issue: string }> } {
  if (!isRecord(input)) return { ok: false, issues: [{ field: 'config', issue: 'Expected an object.' }] };
  const issues: Array<{ field: string; issue: string }> = [];
  for (const [key, value] of Object.entries(input)) {
    const flagType = flags[key];
    const group = groups[key];
    if (flagType) {
      if (!fits(value, flagType)) issues.push({ field: key, issue: `Expected a ${flagType}.` });
    } else if (group) {
      if (!isRecord(value)) {
        issues.push({ field: key, issue: 'Expected an object.' });
        continue;
      }
      for (const [member, memberValue] of Object.entries(value)) {
        const type = group[member];
        if (!type) issues.push({ field: `${key}.${member}`, issue: 'Unknown setting.' });
        else if (!fits(memberValue, type)) issues.push({ field: `${key}.${member}`, issue: `Expected ${type}.` });
      }
    } else if (key === 'faults') {
      if (!Array.isArray(value)) issues.push({ field: 'faults', issue: 'Expected an array.' });
      else value.forEach((rule, i) => issues.push(...faultIssues(rule, `faults.${i}`)));
    } else {
      issues.push({ field: key, issue: 'Unknown setting.' });
    }
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, patch: input as SimulatorConfigPatch };
}

function faultIssues(rule: unknown, field: string): Array<{ field: string; issue: string }> {
  if (!isRecord(rule)) return [{ field, issue: 'Expected an object.' }];
  const issues: Array<{ field: string; issue: string }> = [];
  if (typeof rule.path !== 'string' || rule.path === '') issues.push({ field: `${field}.path`, issue: 'Expected a path.' });
  if (rule.method !== undefined && typeof rule.method !== 'string') {
    issues.push({ field: `${field}.method`, issue: 'Expected a string.' });
  }
  if (typeof rule.count !== 'number' || !(rule.count >= 1)) {
    issues.push({ field: `${field}.count`, issue: 'Expected a number of at least 1.' });
  }
  const respond = rule.respond;
  if (respond !== 'hang' && !(isRecord(respond) && typeof respond.status === 'number')) {
    issues.push({ field: `${field}.respond`, issue: "Expected 'hang' or {status, body?, headers?}." });
  }
  return issues;
}
