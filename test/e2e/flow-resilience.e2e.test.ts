import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  DEMO_PASSWORD,
  GOOGLE_TOTP_SECRET,
  hangingFault,
  injectFault,
  proxyHtmlFault,
  rateLimitFault,
  signInAs,
  submitCredentials,
  totp,
} from '../../src/testing';
import { expectQuietConsole, openFlow, portalUser, startHarness, stopHarness, type Harness } from './flow-support';

let h: Harness;

describe('lockout, faults and expiry in Chromium', () => {
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => stopHarness(h));
  beforeEach(async () => {
    await h.sim.reset();
    await h.sim.configure({ qrAvailable: false });
  });

  it('wrong password six times: a large ticking countdown instead of the form, then the form comes back and signs in', async () => {
    await h.sim.configure({ limits: { attempts: 5, windowMs: 60_000, blockMs: 4_000 } });
    const opened = await openFlow(h);
    const { page } = opened;
    for (let attempt = 1; attempt <= 5; attempt++) {
      await submitCredentials(page, 'client@example.com', `wrong-${attempt}`);
      await page.getByText('The email or password is incorrect.', { exact: true }).first().waitFor();
      // Wait for the request to settle before the next attempt (the button is busy meanwhile).
      await page.locator('button[type="submit"]:not([aria-busy])').waitFor();
    }
    await submitCredentials(page, 'client@example.com', 'wrong-6');
    await page.getByRole('heading', { name: 'Too many attempts' }).waitFor();
    const countdown = page.locator('[data-part="countdown"]');
    const first = await countdown.textContent();
    expect(first).toMatch(/^0:0[1-4]$/);
    await expect.poll(() => countdown.textContent(), { timeout: 3_000 }).not.toBe(first); // it ticks
    // No disabled copy of the form: the countdown, who is locked, and the ways that still work.
    expect(await page.getByLabel('Password', { exact: true }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Sign in' }).count()).toBe(0);
    expect(await page.locator('[data-part="signing-in-as"]').textContent()).toContain('client@example.com');
    const during = opened.signInRequests.length;
    // The form comes back by itself, the email kept.
    await page.getByRole('heading', { name: 'Sign in' }).waitFor({ timeout: 10_000 });
    expect(await page.getByLabel('Email', { exact: true }).inputValue()).toBe('client@example.com');
    expect(await page.getByLabel('Email', { exact: true }).isEnabled()).toBe(true);
    expect(opened.signInRequests.slice(during)).toEqual(['GET /signin/wizard']); // nothing sent during the block
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    expect(await portalUser(page)).toBe('client@example.com');
    expect(opened.signInRequests.filter((r) => r === 'POST /signin')).toHaveLength(7);
    await opened.context.close();
  });

  it('double click and Enter while pending: one POST per intent, the button aria-busy', async () => {
    await h.sim.configure({ latencyMs: 400 });
    const opened = await openFlow(h);
    const { page } = opened;
    await page.getByLabel('Email', { exact: true }).fill('google@example.com');
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    const button = page.getByRole('button', { name: 'Sign in' });
    await button.dblclick();
    await page.getByLabel('Password', { exact: true }).press('Enter');
    expect(await button.getAttribute('aria-busy')).toBe('true');
    const code = page.getByLabel('Verification code', { exact: true });
    await code.waitFor();
    // The same on the code step: the 6th digit auto-submits, then Enter and a click land while pending.
    await code.fill(totp(GOOGLE_TOTP_SECRET, Date.now()));
    await code.press('Enter');
    await page.getByRole('button', { name: 'Continue' }).click({ timeout: 1_000 }).catch(() => undefined);
    expect(await portalUser(page)).toBe('google@example.com');
    expect(opened.signInRequests).toEqual(['GET /signin/wizard', 'POST /signin', 'POST /2fa/google']);
    await opened.context.close();
  });

  it('an unknown workflow: the fallback screen, then a restart to a working form', async () => {
    await injectFault(
      h.sim,
      { path: '/signin', method: 'POST' },
      { status: 200, body: { code: 200, data: { questions: [] }, done: false, uuid: 'kyc-1', workflow: 'kyc_questionnaire' } },
    );
    const opened = await openFlow(h);
    await submitCredentials(opened.page, 'client@example.com', DEMO_PASSWORD);
    await opened.page.getByRole('heading', { name: 'This sign-in step isn’t supported here' }).waitFor();
    await opened.page.getByRole('button', { name: 'Start again' }).click();
    await opened.page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await opened.page.getByLabel('Email', { exact: true }).inputValue()).toBe('client@example.com');
    await opened.page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await opened.page.getByRole('button', { name: 'Sign in' }).click();
    expect(await portalUser(opened.page)).toBe('client@example.com');
    expectQuietConsole(opened);
    await opened.context.close();
  });

  it("a proxy's HTML 502 on sign-in: a clear message; the retry sends what was typed", async () => {
    await proxyHtmlFault(h.sim, { path: '/signin', method: 'POST' });
    const opened = await openFlow(h);
    await submitCredentials(opened.page, 'client@example.com', DEMO_PASSWORD);
    await opened.page.getByText('The server is having trouble. Try again in a moment.', { exact: true }).first().waitFor();
    // Nothing typed is lost: press the button again.
    expect(await opened.page.getByLabel('Password', { exact: true }).inputValue()).toBe(DEMO_PASSWORD);
    await opened.page.getByRole('button', { name: 'Sign in' }).click();
    expect(await portalUser(opened.page)).toBe('client@example.com');
    await opened.context.close();
  });

  it("a proxy's HTML 502 on the wizard: the message and Try again on the form, what was typed kept", async () => {
    await proxyHtmlFault(h.sim, { path: '/signin/wizard', method: 'GET' });
    const opened = await openFlow(h);
    const { page } = opened;
    await page.getByLabel('Email', { exact: true }).fill('client@example.com');
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByText('The server is having trouble. Try again in a moment.', { exact: true }).first().waitFor();
    await page.getByRole('button', { name: 'Try again' }).click();
    await page.getByRole('button', { name: 'Try again' }).waitFor({ state: 'detached' });
    expect(await page.getByRole('heading', { name: 'Sign in' }).isVisible()).toBe(true);
    expect(await page.getByLabel('Email', { exact: true }).inputValue()).toBe('client@example.com');
    expect(await page.getByLabel('Password', { exact: true }).inputValue()).toBe(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    expect(await portalUser(page)).toBe('client@example.com');
    expect(opened.signInRequests).toEqual(['GET /signin/wizard', 'GET /signin/wizard', 'POST /signin']);
    expectQuietConsole(opened);
    await opened.context.close();
  });

  it('signed in before the wizard answered: the submit waits (busy), then one POST after the wizard', async () => {
    await h.sim.configure({ latencyMs: 800 });
    const opened = await openFlow(h);
    const { page } = opened;
    // The form is usable at once: type and press Enter while GET /signin/wizard is in flight.
    const wizardAnswered = page.waitForResponse((r) => r.url().endsWith('/signin/wizard'));
    await page.getByLabel('Email', { exact: true }).fill('client@example.com');
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByLabel('Password', { exact: true }).press('Enter');
    await page.getByRole('button', { name: 'Sign in' }).click({ timeout: 1_000 }).catch(() => undefined);
    expect(await page.getByRole('button', { name: 'Sign in' }).getAttribute('aria-busy')).toBe('true');
    expect(opened.signInRequests).toEqual(['GET /signin/wizard']);
    await wizardAnswered;
    expect(await portalUser(page)).toBe('client@example.com');
    expect(opened.signInRequests).toEqual(['GET /signin/wizard', 'POST /signin']);
    expectQuietConsole(opened);
    await opened.context.close();
  });

  it('a 429 with Retry-After (fault preset): the countdown from the header, then the form signs in', async () => {
    await rateLimitFault(h.sim, { path: '/signin', method: 'POST' }, 3);
    const opened = await openFlow(h);
    const { page } = opened;
    await submitCredentials(page, 'client@example.com', DEMO_PASSWORD);
    await page.getByRole('heading', { name: 'Too many attempts' }).waitFor();
    expect(await page.locator('[data-part="countdown"]').textContent()).toMatch(/^0:0[1-3]$/);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor({ timeout: 8_000 });
    await signInAs(page, 'client@example.com');
    expect(await portalUser(page)).toBe('client@example.com');
    // The 429 was not retried: one POST for it, one for the sign-in after the countdown.
    expect(opened.signInRequests.filter((r) => r === 'POST /signin')).toHaveLength(2);
    await opened.context.close();
  });

  it('a hanging sign-in (fault preset): busy, no second request, then the timeout message; the retry signs in', async () => {
    await hangingFault(h.sim, { path: '/signin', method: 'POST' });
    const opened = await openFlow(h, '?timeoutMs=1500');
    const { page } = opened;
    await submitCredentials(page, 'client@example.com', DEMO_PASSWORD);
    expect(await page.getByRole('button', { name: 'Sign in' }).getAttribute('aria-busy')).toBe('true');
    await page.getByText('The server took too long to answer. Try again.', { exact: true }).first().waitFor();
    expect(opened.signInRequests).toEqual(['GET /signin/wizard', 'POST /signin']);
    await signInAs(page, 'client@example.com');
    expect(await portalUser(page)).toBe('client@example.com');
    await opened.context.close();
  });

  it('an expired wizard: restarts once with the email kept and a notice, then signs in', async () => {
    await h.sim.configure({ lifetimes: { wizardMs: 1_000 } });
    const opened = await openFlow(h);
    await opened.page.waitForTimeout(1_500);
    // Wizards created from now on live long: only the page's first one has expired.
    await h.sim.configure({ lifetimes: { wizardMs: 900_000 } });
    await submitCredentials(opened.page, 'client@example.com', DEMO_PASSWORD);
    await opened.page
      .getByText('Your sign-in session expired, so we started a new one. Please enter your password again.', { exact: true })
      .first()
      .waitFor();
    expect(await opened.page.getByLabel('Email', { exact: true }).inputValue()).toBe('client@example.com');
    await opened.page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await opened.page.getByRole('button', { name: 'Sign in' }).click();
    expect(await portalUser(opened.page)).toBe('client@example.com');
    expect(opened.signInRequests).toEqual(['GET /signin/wizard', 'POST /signin', 'GET /signin/wizard', 'POST /signin']);
    await opened.context.close();
  });
});
