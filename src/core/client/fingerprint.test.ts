import { afterEach, describe, expect, it, vi } from 'vitest';

/** A fresh module each time: the fingerprint is memoised per module instance (per tab). */
async function freshModule() {
  vi.resetModules();
  return import('./fingerprint');
}

const decode = (b64: string): unknown => JSON.parse(Buffer.from(b64, 'base64').toString('utf8'));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('getDeviceFingerprint', () => {
  it('without window or navigator (SSR) → user_agent "unknown", no throw', async () => {
    vi.stubGlobal('navigator', undefined);
    vi.stubGlobal('window', undefined);
    const { getDeviceFingerprint } = await freshModule();
    const value = decode(getDeviceFingerprint()) as Record<string, string>;
    expect(value.user_agent).toBe('unknown');
    expect(value.screen).toBe('unknown');
    expect(typeof value.timezone).toBe('string');
  });

  it('reads the browser fields, Base64 of UTF-8 JSON (unicode-safe)', async () => {
    vi.stubGlobal('navigator', { userAgent: 'Mozilla/5.0 (Ünïcødé ✓ 测试)', language: 'de-CH', platform: 'Linux x86_64' });
    vi.stubGlobal('window', { screen: { width: 1920, height: 1080, colorDepth: 24 } });
    const { getDeviceFingerprint } = await freshModule();
    const fingerprint = getDeviceFingerprint();
    expect(fingerprint).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(decode(fingerprint)).toEqual({
      user_agent: 'Mozilla/5.0 (Ünïcødé ✓ 测试)',
      language: 'de-CH',
      timezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      screen: '1920x1080x24',
      platform: 'Linux x86_64',
    });
  });

  it('is computed once per tab: later changes do not alter it', async () => {
    vi.stubGlobal('navigator', { userAgent: 'UA-1', language: 'en', platform: 'p' });
    const { getDeviceFingerprint } = await freshModule();
    const first = getDeviceFingerprint();
    vi.stubGlobal('navigator', { userAgent: 'UA-2', language: 'fr', platform: 'q' });
    expect(getDeviceFingerprint()).toBe(first);
    expect((decode(first) as Record<string, string>).user_agent).toBe('UA-1');
  });

  it('base64Utf8 matches Node’s UTF-8 Base64 for any string', async () => {
    const { base64Utf8 } = await freshModule();
    for (const s of ['', 'a', 'é', '😀 emoji', '\u0000\uffff', 'x'.repeat(1000)]) {
      expect(base64Utf8(s)).toBe(Buffer.from(s, 'utf8').toString('base64'));
    }
  });
});
