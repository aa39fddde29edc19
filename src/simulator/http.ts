import { serverErrorCodes, type ServerErrorCodeName } from '../core/client/server-codes';
import { isObject } from '../core/is-object';
import { readBodyText } from './body';
import { MAX_BODY_BYTES, MAX_FIELD_CHARS } from './caps';

/** One field-level issue of the error envelope. */
export interface ErrorDetail {
  issue: string;
  field?: string;
}

const JSON_TYPE = 'application/json';

/**
 * A JSON response (`Content-Type: application/json`), with `nosniff` so a page cannot load an
 * answer (the outbox, say) as a script or style from another origin.
 */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': JSON_TYPE, 'X-Content-Type-Options': 'nosniff', ...headers },
  });
}

/**
 * The error envelope `{error:{code, message, details?}}`. `code` is a named server code from
 * server-codes.ts, or a plain number (we use the HTTP status for generic 404/405/500).
 */
export function fail(
  status: number,
  code: ServerErrorCodeName | number,
  message: string,
  options: { details?: ErrorDetail[]; headers?: Record<string, string> } = {},
): Response {
  const error: { code: number; message: string; details?: ErrorDetail[] } = {
    code: typeof code === 'number' ? code : serverErrorCodes[code],
    message,
  };
  if (options.details && options.details.length > 0) error.details = options.details;
  return json(status, { error }, options.headers);
}

/** 429 with `Retry-After` in whole seconds (at least 1). */
export function tooMany(code: 'tooManyAttempts' | 'resendCooldown', retryAfterMs: number, message: string): Response {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return fail(429, code, message, { headers: { 'Retry-After': String(seconds) } });
}

/** The wizard step envelope; the HTTP status mirrors the envelope's `code` (200 or 202). */
export function step(uuid: string, code: 200 | 202, workflow: string, data: unknown, done: boolean): Response {
  return json(code, { code, data, done, uuid, workflow });
}

/** 413: the body is over {@link MAX_BODY_BYTES}. */
export const payloadTooLarge = (): Response =>
  fail(413, 413, `The request body is larger than ${MAX_BODY_BYTES} bytes.`);

/** `application/json` or `application/<anything>+json`, parameters allowed. */
const isJsonType = (type: string | null): boolean =>
  type !== null && /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i.test(type.trim());

/**
 * The request's JSON body as an object; otherwise a response: 413 over the size cap, 415 when a
 * non-empty body is not declared JSON (so a web page cannot send one as a CORS "simple"
 * request, without a preflight), 400 validation when it is not a JSON object.
 */
export async function readJsonObject(request: Request): Promise<Record<string, unknown> | Response> {
  const text = await readBodyText(request);
  if (typeof text !== 'string') return payloadTooLarge();
  if (text.trim() === '') return {};
  if (!isJsonType(request.headers.get('Content-Type'))) {
    return fail(415, 415, 'The request body must be sent as application/json.');
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fail(400, 'validation', 'The request body is not valid JSON.', { details: [{ issue: 'Malformed JSON.' }] });
  }
  if (!isObject(value)) {
    return fail(400, 'validation', 'The request body must be a JSON object.', {
      details: [{ issue: 'Expected a JSON object.' }],
    });
  }
  return value;
}

/**
 * The non-empty string fields among `names` (each at most {@link MAX_FIELD_CHARS} long: they key
 * rate-limit buckets and lookups), or 400 validation listing each missing or overlong one.
 */
export function requireStrings<K extends string>(
  body: Record<string, unknown>,
  names: readonly K[],
): Record<K, string> | Response {
  const values = {} as Record<K, string>;
  const details: ErrorDetail[] = [];
  for (const name of names) {
    const value = body[name];
    if (typeof value !== 'string' || value === '') details.push({ field: name, issue: 'This field is required.' });
    else if (value.length > MAX_FIELD_CHARS) details.push({ field: name, issue: `At most ${MAX_FIELD_CHARS} characters.` });
    else values[name] = value;
  }
  return details.length > 0 ? fail(400, 'validation', 'Some fields are missing or invalid.', { details }) : values;
}

/** The Bearer token of the `Authorization` header, if any. */
export function bearerToken(request: Request): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('Authorization') ?? '');
  return match?.[1] ?? null;
}

/** A `%`-decoded path segment, or null when its escapes are malformed (then answer 400). */
export function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** 400 for a path whose `%`-escapes are malformed. */
export const badPathEncoding = (): Response =>
  fail(400, 'validation', 'The path has a malformed %-escape.', { details: [{ field: 'path', issue: 'Malformed percent-encoding.' }] });
