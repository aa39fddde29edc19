import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, expectNoSecretLeak, signInAs, submitCredentials } from '../../src/testing';
import { openFlow, portalUser, startHarness, stopHarness, type Harness } from './flow-support';

let h: Harness;

/** The focused element's text: focus moves to each new step's heading. */

describe('the e-mail second factor, in Chromium over real HTTP (the demo and its simulator)', () => {
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => stopHarness(h));
  beforeEach(async () => {
    await h.sim.reset();
    await h.sim.configure({ qrAvailable: false });
  });

  it('email2fa@example.com: signInAs reads the e-mailed code from the outbox; 3 requests; no secret left behind', async () => {
    const { page, signInRequests, context } = await openFlow(h);
    const { workflows, secrets } = await signInAs(page, 'email2fa@example.com');
    expect(workflows).toEqual(['2fa', 'login']);
    expect(secrets.emailFactorCode).toMatch(/^\d{6}$/);
    expect(await portalUser(page)).toBe('email2fa@example.com');
    expect(signInRequests).toEqual(['GET /signin/wizard', 'POST /signin', 'POST /2fa/email']);
    // The demo page prints the public demo password on purpose: every other secret is checked.
    const { password: _shown, ...rest } = secrets;
    await expectNoSecretLeak(page, rest);
    await context.close();
  });

  it('all@example.com: e-mail picked in the chooser with one tap, its code input focused, the code from /__sim/outbox', async () => {
    const { page, signInRequests, context } = await openFlow(h);
    await submitCredentials(page, 'all@example.com', DEMO_PASSWORD);
    await page.getByRole('heading', { name: 'Choose a verification method' }).waitFor();
    expect(await page.locator('[data-part="method-option"]').count()).toBe(3);
    await page.getByRole('button', { name: 'Email', exact: true }).click();
    await page.getByRole('heading', { name: 'Check your email' }).waitFor();
    // Focus on the code input: the one-time-code suggestion and the numeric keypad at once.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('autocomplete'))).toBe('one-time-code');
    expect(await page.getByRole('button', { name: 'Resend code' }).count()).toBe(0);
    await page.getByLabel('Verification code', { exact: true }).fill(await h.sim.latestCode('all@example.com', { channel: 'email' }));
    expect(await portalUser(page)).toBe('all@example.com');
    expect(signInRequests).toEqual(['GET /signin/wizard', 'POST /signin', 'POST /signin/2fa', 'POST /2fa/email']);
    await context.close();
  });

  it('all@example.com through signInAs with method "email"', async () => {
    const { page, context } = await openFlow(h);
    const { workflows } = await signInAs(page, 'all@example.com', { simulator: h.sim, method: 'email' });
    expect(workflows).toEqual(['2fa', '2fa_email_auth', 'login']);
    expect(await portalUser(page)).toBe('all@example.com');
    await context.close();
  });
});
