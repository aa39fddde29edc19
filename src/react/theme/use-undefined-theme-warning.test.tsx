/**
 * A `theme` prop that arrives `undefined` (what a Server Component delivers when it passes a
 * preset imported from the "use client" entry) warns in development, once per mount; a theme,
 * or no theme prop at all, does not.
 */
import { render } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { credentialsReady, renderFlow } from '../../../test/fixtures/render-flow';
import { presets } from '../../theme/entry';
import { QrSignIn } from '../qr/qr-sign-in';
import { SessionExpiryNotice, SessionProvider } from '../session';
import { createFakeClient } from '../../test-support/session/fake-client';
import { undefinedThemeWarning } from './use-undefined-theme-warning';

const warnings = () => vi.mocked(console.warn).mock.calls.filter(([message]) => message === undefinedThemeWarning);

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe('a theme that arrived undefined', () => {
  it('<SignInFlow theme={undefined}> warns, naming the server-safe entry', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { unmount } = renderFlow({ theme: undefined });
    await credentialsReady();
    // StrictMode runs effects twice on mount; the warning says the same thing both times.
    expect(warnings().length).toBeGreaterThanOrEqual(1);
    expect(undefinedThemeWarning).toContain('import it from b2core-sign-in/theme in Server Components');
    unmount();
  });

  it('says nothing for a real theme or a missing prop', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    renderFlow({ theme: presets.midnight }).unmount();
    renderFlow({}).unmount();
    expect(warnings()).toEqual([]);
  });

  it('says nothing in production', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    renderFlow({ theme: undefined }).unmount();
    expect(warnings()).toEqual([]);
  });

  it('<QrSignIn theme={undefined}> warns too', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const fetch = vi.fn(() => new Promise<Response>(() => {}));
    render(<QrSignIn baseUrl="" fetch={fetch} theme={undefined} onSuccess={() => {}} />).unmount();
    expect(warnings()).toHaveLength(1);
  });

  it('<SessionExpiryNotice theme={undefined}> warns too', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <SessionProvider client={createFakeClient()}>
        <SessionExpiryNotice theme={undefined} />
      </SessionProvider>,
    ).unmount();
    expect(warnings()).toHaveLength(1);
  });
});
