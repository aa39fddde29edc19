import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectNoSecretLeak, leakSources, SecretLeakError, signInAs, submitCredentials } from '../../src/testing';
import { openFlow, portalUser, startHarness, stopHarness, type Harness } from './flow-support';

let h: Harness;

/** The secrets of a journey but the password: the demo page prints the public demo password on purpose. */
const withoutDemoPassword = ({ password: _shown, ...secrets }: Record<string, string>) => secrets;

describe('leak check: no password, code or token anywhere but its own request', () => {
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => stopHarness(h));
  beforeEach(async () => {
    await h.sim.reset();
  });

  it('the check itself: a secret planted in each source is found there, and named by label only', async () => {
    const opened = await openFlow(h);
    const planted = 'PLANTED-SECRET-5e1b';
    await opened.page.evaluate(async (secret) => {
      localStorage.setItem('a', secret);
      sessionStorage.setItem('b', secret);
      history.pushState({ secret }, '', `?q=${secret}`);
      document.cookie = `c=${secret}`;
      console.log(`debug ${secret}`);
      indexedDB.open(`db-${secret}`);
      await fetch(`/not-there?${secret}`).then((response) => response.text()).catch(() => undefined);
      performance.mark(`mark-${secret}`); // a resource entry may land late; a mark is there at once
      document.body.dataset.leak = secret;
    }, planted);
    const error = await expectNoSecretLeak(opened.page, { planted }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SecretLeakError);
    const sources = (error as SecretLeakError).hits.map((hit) => hit.source);
    expect(sources.sort()).toEqual(
      ['console', 'cookie', 'cookies', 'dom', 'history', 'indexedDB', 'localStorage', 'performance', 'requests', 'sessionStorage', 'url'].sort(),
    );
    expect((error as Error).message).not.toContain(planted);
    await opened.context.close();
  });

  it('a sentinel password (wrong, then shown and hidden) and a TOTP code, through to signed in', async () => {
    const sentinel = 'Pw-SENTINEL-7f3a-wrong';
    const opened = await openFlow(h);
    const { page } = opened;
    await submitCredentials(page, 'google@example.com', sentinel);
    await page.getByText('The email or password is incorrect.', { exact: true }).first().waitFor();
    // Show, then hide the password: still no value attribute.
    await page.getByRole('button', { name: 'Show password' }).click();
    expect(await page.getByLabel('Password', { exact: true }).getAttribute('value')).toBeNull();
    await page.getByRole('button', { name: 'Hide password' }).click();
    const { secrets } = await signInAs(page, 'google@example.com', { simulator: h.sim });
    expect(await portalUser(page)).toBe('google@example.com');
    expect(Object.keys(secrets).sort()).toEqual(['accessToken', 'password', 'refreshToken', 'totpCode']);
    // Control: the sources do hold what the page shows (the signed-in email).
    expect((await leakSources(page)).dom).toContain('google@example.com');
    await expectNoSecretLeak(page, { sentinel, ...withoutDemoPassword(secrets) });
    await opened.context.close();
  });

  it('a forced reset: the emailed code and the new sentinel password, and the SMS path', async () => {
    const opened = await openFlow(h);
    const reset = await signInAs(opened.page, 'reset@example.com', { simulator: h.sim, newPassword: 'Pw-SENTINEL-new-9c1d' });
    expect(await portalUser(opened.page)).toBe('reset@example.com');
    expect(reset.workflows).toEqual(['reset_password_email', 'reset_password', 'login', 'login']);
    // The new-password inputs never carried a value attribute either (checked on the way: no hit in the DOM).
    await expectNoSecretLeak(opened.page, withoutDemoPassword(reset.secrets));
    expect(Object.keys(reset.secrets).sort()).toEqual(['accessToken', 'emailCode', 'newPassword', 'password', 'refreshToken']);
    await opened.context.close();

    const sms = await openFlow(h);
    const signedIn = await signInAs(sms.page, 'sms@example.com', { simulator: h.sim });
    expect(await portalUser(sms.page)).toBe('sms@example.com');
    expect(signedIn.secrets.smsCode).toBe(await h.sim.latestCode('+1 555 0100'));
    await expectNoSecretLeak(sms.page, withoutDemoPassword(signedIn.secrets));
    await sms.context.close();
  });
});
