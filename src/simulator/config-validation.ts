/**
 * Validation of an untrusted config patch (`PUT /__sim/config`, `setConfig`, `createSimulator`):
 * every field is checked for type and range up front, so a bad value is a 400 naming the field
 * instead of a crash on some later request (a `Response` with status 600, a timer past the
 * platform maximum, a date past year 275760, a fault body too deep to serialize).
 */
import { isObject } from '../core/is-object';
import { MAX_FAULT_BODY_DEPTH, MAX_FAULTS } from './caps';
import type { SimulatorConfigPatch } from './config';

/** One problem with a patch, named by its dotted path (`faults.0.respond.status`). */
export interface ConfigIssue {
  field: string;
  issue: string;
}

type Check = (value: unknown) => string | null;

const DAY_MS = 24 * 3_600_000;


const boolean: Check = (value) => (typeof value === 'boolean' ? null : 'Expected a boolean.');

/** A finite number in [min, max], optionally an integer. */
const number =
  (min: number, max: number, integer = false): Check =>
  (value) =>
    typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max && (!integer || Number.isInteger(value))
      ? null
      : `Expected ${integer ? 'an integer' : 'a number'} from ${min} to ${max}.`;

const string =
  (maxLength: number, nullable = false): Check =>
  (value) =>
    (nullable && value === null) || (typeof value === 'string' && value.length <= maxLength)
      ? null
      : `Expected a string of at most ${maxLength} characters${nullable ? ' or null' : ''}.`;

/** Durations: 0 … 366 days (timers and ISO dates stay far from their limits). */
const duration = number(0, 366 * DAY_MS);

const flags: Record<string, Check> = {
  recaptchaEnabled: boolean,
  qrAvailable: boolean,
  passwordRecoveryAvailable: boolean,
  // Under a minute: a longer delay is a hang, and timers past 2^31 ms fire at once.
  latencyMs: number(0, 60_000, true),
};

const groups: Record<string, Record<string, Check>> = {
  lifetimes: {
    wizardMs: duration,
    accessTokenMs: duration,
    refreshTokenMs: duration,
    smsCodeMs: duration,
    resetCodeMs: duration,
    qrChannelMinutes: number(0, 24 * 60),
  },
  limits: {
    attempts: number(1, 1000, true),
    windowMs: duration,
    blockMs: duration,
    smsResendCooldownMs: duration,
  },
  passwordRules: {
    minLength: number(0, 1024, true),
    requireDigit: boolean,
    requireLetter: boolean,
    requireUppercase: boolean,
    requireSymbol: boolean,
  },
  qrOrigin: { ip: string(100), location: string(200, true), useForwardedFor: boolean },
};

/**
 * Checks an untrusted patch. Returns the patch, or every problem (one per bad field). Members
 * that are `undefined` (possible from code, never from JSON) mean "unchanged" and pass.
 */
export function parseConfigPatch(input: unknown): { ok: true; patch: SimulatorConfigPatch } | { ok: false; issues: ConfigIssue[] } {
  if (!isObject(input)) return { ok: false, issues: [{ field: 'config', issue: 'Expected an object.' }] };
  const issues: ConfigIssue[] = [];
  const report = (field: string, problem: string | null) => {
    if (problem) issues.push({ field, issue: problem });
  };
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    const flag = flags[key];
    const group = groups[key];
    if (flag) {
      report(key, flag(value));
    } else if (group) {
      if (!isObject(value)) {
        report(key, 'Expected an object.');
        continue;
      }
      for (const [member, memberValue] of Object.entries(value)) {
        const check = group[member];
        if (!check) report(`${key}.${member}`, 'Unknown setting.');
        else if (memberValue !== undefined) report(`${key}.${member}`, check(memberValue));
      }
    } else if (key === 'faults') {
      if (!Array.isArray(value)) report('faults', 'Expected an array.');
      else if (value.length > MAX_FAULTS) report('faults', `At most ${MAX_FAULTS} rules.`);
      else value.forEach((rule, i) => issues.push(...faultIssues(rule, `faults.${i}`)));
    } else {
      report(key, 'Unknown setting.');
    }
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, patch: input as SimulatorConfigPatch };
}

/** The same check for code (`setConfig`, `createSimulator`): throws a TypeError naming every bad field. */
export function assertConfigPatch(input: unknown): SimulatorConfigPatch {
  const parsed = parseConfigPatch(input);
  if (parsed.ok) return parsed.patch;
  throw new TypeError(`Invalid simulator config: ${parsed.issues.map((i) => `${i.field}: ${i.issue}`).join(' ')}`);
}

const RULE_KEYS = new Set(['path', 'method', 'count', 'respond']);
const RESPOND_KEYS = new Set(['status', 'body', 'headers']);

function faultIssues(rule: unknown, field: string): ConfigIssue[] {
  if (!isObject(rule)) return [{ field, issue: 'Expected an object.' }];
  const issues: ConfigIssue[] = [];
  const report = (name: string, problem: string | null) => {
    if (problem) issues.push({ field: `${field}.${name}`, issue: problem });
  };
  for (const key of Object.keys(rule)) if (!RULE_KEYS.has(key)) report(key, 'Unknown setting.');
  if (typeof rule.path !== 'string' || rule.path === '' || rule.path.length > 500) report('path', 'Expected a path.');
  if (rule.method !== undefined && !(typeof rule.method === 'string' && /^[A-Za-z]{1,20}$/.test(rule.method))) {
    report('method', 'Expected an HTTP method name.');
  }
  report('count', number(1, 1_000_000, true)(rule.count) && 'Expected an integer from 1 to 1000000.');
  const respond = rule.respond;
  if (respond === 'hang') return issues;
  if (!isObject(respond)) {
    report('respond', "Expected 'hang' or {status, body?, headers?}.");
    return issues;
  }
  for (const key of Object.keys(respond)) if (!RESPOND_KEYS.has(key)) report(`respond.${key}`, 'Unknown setting.');
  // A fetch Response takes 200-599 only; 1xx are not final answers anyway.
  report('respond.status', number(200, 599, true)(respond.status) && 'Expected an integer HTTP status from 200 to 599.');
  if (respond.body !== undefined && !isJsonValue(respond.body, MAX_FAULT_BODY_DEPTH)) {
    report('respond.body', `Expected JSON nested at most ${MAX_FAULT_BODY_DEPTH} levels.`);
  }
  if (respond.headers !== undefined) report('respond.headers', headersIssue(respond.headers));
  return issues;
}

/** Plain JSON (no functions, no NaN, no cycles) nested at most `depth` levels. */
function isJsonValue(value: unknown, depth: number): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (depth <= 0) return false;
  if (Array.isArray(value)) return value.every((item) => isJsonValue(item, depth - 1));
  if (isObject(value)) return Object.values(value).every((item) => isJsonValue(item, depth - 1));
  return false;
}

function headersIssue(headers: unknown): string | null {
  const problem = 'Expected at most 50 headers with valid names and string values of at most 4096 characters.';
  if (!isObject(headers)) return problem;
  const entries = Object.entries(headers);
  if (entries.length > 50 || entries.some(([, value]) => typeof value !== 'string' || value.length > 4096)) return problem;
  try {
    // The platform's own rules for names and values (no CR/LF, token characters).
    new Headers(entries as Array<[string, string]>);
    return null;
  } catch {
    return problem;
  }
}
