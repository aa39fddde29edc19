import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, GOOGLE_TOTP_SECRET, SignInAsError, signInAs, submitCredentials, totp } from '../../src/testing';
import { openFlow, portalUser, startHarness, stopHarness, type Harness } from './flow-support';

let h: Harness;

async function expectAxeClean(page: Page) {
  const { violations } = await new AxeBuilder({ page }).include('[data-part="root"]').analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** The focused element's text: focus moves to each new step's heading. */
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

describe('every demo account to signed in, in Chromium over real HTTP (StrictMode)', () => {
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => stopHarness(h));
  beforeEach(async () => {
    await h.sim.reset();
    // No QR panel: its channel traffic is not part of these journeys.
    await h.sim.configure({ qrAvailable: false });
  });

  it('client@example.com (no 2FA): 2 requests, then the portal; focus and reconnect refetch nothing', async () => {
    const opened = await openFlow(h);
    await opened.page.evaluate(() => {
      window.dispatchEvent(new Event('focus'));
      window.dispatchEvent(new Event('online'));
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await opened.page.waitForTimeout(300);
    expect(opened.signInRequests).toEqual(['GET /signin/wizard']);
    await submitCredentials(opened.page, 'client@example.com', DEMO_PASSWORD);
    expect(await portalUser(opened.page)).toBe('client@example.com');
    expect(opened.signInRequests).toEqual(['GET /signin/wizard', 'POST /signin']);
    await opened.context.close();
  });

  it('google@example.com (TOTP only): 3 requests', async () => {
    const { page, signInRequests, context } = await openFlow(h);
    const { workflows } = await signInAs(page, 'google@example.com', { simulator: h.sim });
    expect(workflows).toEqual(['2fa', 'login']);
    expect(await portalUser(page)).toBe('google@example.com');
    expect(signInRequests).toEqual(['GET /signin/wizard', 'POST /signin', 'POST /2fa/google']);
    await context.close();
  });

  it('sms@example.com (SMS only): the code from the outbox, 3 requests', async () => {
    const { page, signInRequests, context } = await openFlow(h);
    // Without options.simulator: signInAs reads the outbox where the flow sent its sign-in.
    const { secrets } = await signInAs(page, 'sms@example.com');
    expect(secrets.smsCode).toMatch(/^\d{6}$/);
    expect(await portalUser(page)).toBe('sms@example.com');
    expect(signInRequests).toEqual(['GET /signin/wizard', 'POST /signin', 'POST /2fa/sms']);
    await context.close();
  });

  it('both@example.com: the picker (focus on its heading), SMS tapped, focus on the code; 4 requests, axe clean in Chromium', async () => {
    const { page, signInRequests, context } = await openFlow(h);
    await expectAxeClean(page);
    await submitCredentials(page, 'both@example.com', DEMO_PASSWORD);
    await page.getByRole('heading', { name: 'Choose a verification method' }).waitFor();
    await expect.poll(() => focusedText(page)).toBe('Choose a verification method');
    await expectAxeClean(page);
    await page.getByRole('button', { name: 'SMS' }).click();
    await page.getByLabel('Verification code', { exact: true }).waitFor();
    // The code input has focus: the numeric keypad and the one-time-code suggestion come up at once.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('autocomplete'))).toBe('one-time-code');
    expect(await page.locator('[data-part="signing-in-as"] bdi').textContent()).toBe('both@example.com');
    await expectAxeClean(page);
    await page.getByLabel('Verification code', { exact: true }).fill(await h.sim.latestCode('+1 555 0101'));
    expect(await portalUser(page)).toBe('both@example.com');
    expect(signInRequests).toEqual(['GET /signin/wizard', 'POST /signin', 'POST /signin/2fa', 'POST /2fa/sms']);
    await context.close();
  });

  it('both@example.com: Google chosen, then signed out back to a fresh form', async () => {
    const { page, signInRequests, context } = await openFlow(h);
    await submitCredentials(page, 'both@example.com', DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Google Authenticator' }).click();
    // A typed code with a space, as people copy it from the app.
    const code = totp(GOOGLE_TOTP_SECRET, Date.now());
    await page.getByLabel('Verification code', { exact: true }).pressSequentially(`${code.slice(0, 3)} ${code.slice(3)}`);
    expect(await portalUser(page)).toBe('both@example.com');
    expect(signInRequests).toEqual(['GET /signin/wizard', 'POST /signin', 'POST /signin/2fa', 'POST /2fa/google']);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(signInRequests.at(-2)).toBe('POST /signout');
    expect(signInRequests.at(-1)).toBe('GET /signin/wizard');
    await context.close();
  });

  it('reset@example.com: forced reset, then signed in with the new password by itself', async () => {
    const { page, signInRequests, context } = await openFlow(h);
    await signInAs(page, 'reset@example.com', { simulator: h.sim, newPassword: 'Brand-new-pass-42' });
    expect(await portalUser(page)).toBe('reset@example.com');
    expect(signInRequests).toEqual([
      'GET /signin/wizard',
      'POST /signin',
      'POST /signin/password/restore',
      'POST /signin/password/reset',
      'GET /signin/wizard',
      'POST /signin',
    ]);
    await context.close();
    // The new password works from a fresh page too; the old one no longer does.
    const again = await openFlow(h);
    const refused = await signInAs(again.page, 'reset@example.com').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(SignInAsError);
    expect((refused as SignInAsError).status).toBe(400);
    expect((refused as Error).message).not.toContain(DEMO_PASSWORD);
    await again.page.getByText('The email or password is incorrect.', { exact: true }).first().waitFor();
    await signInAs(again.page, 'reset@example.com', { password: 'Brand-new-pass-42' });
    expect(await portalUser(again.page)).toBe('reset@example.com');
    await again.context.close();
  });
});
