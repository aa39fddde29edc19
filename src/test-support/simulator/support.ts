import { expect } from 'vitest';
import { createSimulator, type SimulatorConfigPatch } from '../../simulator';

/** A fingerprint as the client sends it: Base64 of UTF-8 JSON with `user_agent`. */
export const fingerprint = (userAgent = 'vitest/4 (Node)'): string =>
  Buffer.from(JSON.stringify({ user_agent: userAgent, language: 'en', timezone: 'UTC' }), 'utf8').toString('base64');

export interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
  /** The value at a dotted path of the body (`'error.code'`, `'data.accessToken.token'`), or undefined. */
  at(path: string): unknown;
}

/** The value at a dotted path of a parsed JSON value. */
export function valueAt(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>(
    (current, key) => (typeof current === 'object' && current !== null ? (current as Record<string, unknown>)[key] : undefined),
    value,
  );
}

/** A simulator on a fake clock, with a tiny fetch-like caller. */
export function setup(config?: SimulatorConfigPatch) {
  let time = Date.UTC(2025, 0, 15, 12, 0, 0);
  const sim = createSimulator({ config, now: () => time });
  const clock = {
    now: () => time,
    advance: (ms: number) => {
      time += ms;
    },
  };

  async function call(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Answer> {
    const url = path.startsWith('/__sim') ? `http://sim.test${path}` : `http://sim.test/api/v2/my${path}`;
    const init: RequestInit = { method, headers: { Accept: 'application/json', ...headers } };
    if (body !== undefined) {
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
      (init.headers as Record<string, string>)['Content-Type'] = 'application/json';
    }
    const response = await sim.handle(new Request(url, init));
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text === '' ? null : JSON.parse(text);
    } catch {
      // Faults answer non-JSON on purpose: keep the text.
    }
    return { status: response.status, headers: response.headers, body: parsed, at: (p: string) => valueAt(parsed, p) };
  }

  async function wizard(): Promise<string> {
    const answer = await call('GET', '/signin/wizard');
    return answer.at('uuid') as string;
  }

  async function signIn(uuid: string, email: string, password: string, extra: Record<string, unknown> = {}) {
    return call('POST', '/signin', { uuid, email, password, device_fingerprint: fingerprint(), ...extra });
  }

  /** The latest outbox code sent to `recipient`. */
  const lastCode = (recipient: string): string | undefined =>
    sim.outbox().filter((entry) => entry.recipient === recipient).at(-1)?.code;

  return { sim, clock, call, wizard, signIn, lastCode };
}

/** Decodes a JWT-shaped token's payload. */
export const jwtPayload = (token: string): Record<string, unknown> =>
  JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00$/;

/** Asserts a 202 `login` step with a JWT-shaped token pair; returns the two token strings. */
export function expectSignedIn(answer: Answer, uuid: string, email: string) {
  expect(answer.status).toBe(202);
  expect(answer.body).toMatchObject({ code: 202, done: true, uuid, workflow: 'login' });
  for (const kind of ['accessToken', 'refreshToken']) {
    expect(answer.at(`data.${kind}`)).toEqual({
      token: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/),
      createdAt: expect.stringMatching(ISO_WITH_OFFSET),
      expiresAt: expect.stringMatching(ISO_WITH_OFFSET),
    });
  }
  const accessToken = answer.at('data.accessToken.token') as string;
  const refreshToken = answer.at('data.refreshToken.token') as string;
  expect(jwtPayload(accessToken)).toMatchObject({ email, typ: 'access' });
  expect(jwtPayload(refreshToken)).toMatchObject({ email, typ: 'refresh' });
  return { accessToken, refreshToken };
}

