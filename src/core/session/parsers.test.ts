/**
 * Everything that crosses a trust boundary into the session (stored records, messages from
 * other tabs, pairs handed to `signIn`) is checked; random input never throws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMessage } from './channel';
import { createRecord, deserializeRecord, isTokenPair, parseRecord } from './session-record';
import { createSession } from '.';
import { createFakeClient } from '../../test-support/session/fake-client';

const token = (createdAt: string, expiresAt: string) => ({ token: 't', createdAt, expiresAt });

describe('record and message parsers', () => {
  it('never throw on arbitrary input', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(() => parseRecord(value)).not.toThrow();
        expect(() => parseMessage(value, Date.now())).not.toThrow();
        expect(() => isTokenPair(value)).not.toThrow();
      }),
    );
    fc.assert(fc.property(fc.string(), (text) => void expect(deserializeRecord(text)).toBeNull()));
  });

  it('a record round-trips and its expiry is receipt time + the stated lifetime', () => {
    const pair = { accessToken: token('2026-01-01T00:00:00+03:00', '2026-01-01T00:05:00+03:00'), refreshToken: null };
    const record = createRecord(pair, 1_000);
    expect(record.accessExpiresAt).toBe(1_000 + 5 * 60_000);
    expect(deserializeRecord(JSON.stringify(record))).toEqual(record);
  });

  it('drops foreign members of a pair and rejects unusable times', () => {
    const pair = { accessToken: { ...token('2026-01-01T00:00:00Z', '2026-01-01T00:05:00Z'), extra: 'x' }, refreshToken: null };
    expect(createRecord(pair, 0).tokens.accessToken).toEqual(token('2026-01-01T00:00:00Z', '2026-01-01T00:05:00Z'));
    expect(isTokenPair({ accessToken: token('yesterday', 'tomorrow'), refreshToken: null })).toBe(false);
    expect(isTokenPair({ accessToken: token('2026-01-01T00:00:00Z', '2026-01-01T00:05:00Z') })).toBe(false);
  });

  it('signIn refuses a malformed pair with a message that carries no value', () => {
    const session = createSession({ client: createFakeClient(), crossTab: false, start: false });
    const bad = { accessToken: { token: 'SECRET-123', createdAt: 'x', expiresAt: 'y' }, refreshToken: null };
    expect(() => session.signIn(bad)).toThrow(TypeError);
    try {
      session.signIn(bad);
    } catch (error) {
      expect(String(error)).not.toContain('SECRET-123');
    }
    expect(session.getSnapshot().state).toBe('signed-out');
  });
});
