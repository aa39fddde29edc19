import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs } from '../../src/testing';
import { openFlow, portalUser, startHarness, stopHarness, type Harness } from './flow-support';

let h: Harness;

const requestsTo = async (path: string) =>
  (await h.sim.requests()).filter((entry) => entry.path === `/api/v2/my${path}`);

describe('the demo: SignInFlow inside a SessionProvider, then the portal', () => {
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => stopHarness(h));

  it('hands the tokens to the session, which renews them before expiry; authFetch calls a protected endpoint; sign-out returns to a fresh form', async () => {
    await h.sim.reset();
    // 20-second access tokens: the session must refresh within the test, exactly once.
    await h.sim.configure({ qrAvailable: false, lifetimes: { accessTokenMs: 20_000 } });
    const { page, context } = await openFlow(h);
    await signInAs(page, 'client@example.com', { simulator: h.sim });
    expect(await portalUser(page)).toBe('client@example.com');
    // The portal's heading takes focus, so keyboard and screen reader users start on the new page.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('portal-heading');
    await expect.poll(() => page.getByTestId('session-state').textContent()).toBe('signed-in');
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(['Account summary', 'Trading accounts', 'Session']);

    await page.getByRole('button', { name: 'Call GET /profile' }).click();
    await expect.poll(() => page.locator('output').textContent()).toContain('client@example.com');

    // Refresh a margin (10 s + jitter) before the 20 s expiry: one call, answered 200.
    await expect.poll(async () => (await requestsTo('/refresh')).length, { timeout: 25_000, interval: 500 }).toBe(1);
    expect((await requestsTo('/refresh'))[0]?.status).toBe(200);
    await page.getByRole('button', { name: 'Call GET /profile' }).click();
    await expect.poll(async () => (await requestsTo('/profile')).map((entry) => entry.status)).toEqual([200, 200]);

    // Before sign-out, the page's status region is there but says nothing.
    const signedOut = page.locator('p[role="status"].demo-status');
    expect(await signedOut.textContent()).toBe('');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await signedOut.textContent()).toBe('You’ve signed out.');
    expect(await page.getByRole('status').filter({ hasText: 'You’ve signed out.' }).isVisible()).toBe(true);
    expect(await page.getByLabel('Email', { exact: true }).inputValue()).toBe('');
    await expect.poll(async () => (await requestsTo('/signout')).map((entry) => entry.status)).toEqual([200]);
    await context.close();
  });

  it('paints the page with the theme backdrop: light, dark with prefers-color-scheme, and ?scheme= forcing one', async () => {
    const background = async (colorScheme: 'light' | 'dark', query = '') => {
      const context = await h.browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(`${h.demo.url}/${query}`);
      await page.getByRole('heading', { name: 'Sign in' }).waitFor();
      const colours = await page.evaluate(() => {
        // The flow's backdrop token, painted by a probe inside the flow's styling root.
        const probe = document.createElement('div');
        probe.style.background = 'var(--b2s-color-backdrop)';
        document.querySelector('[data-part="root"]')?.append(probe);
        const token = getComputedStyle(probe).backgroundColor;
        probe.remove();
        return { body: getComputedStyle(document.body).backgroundColor, token };
      });
      await context.close();
      return colours;
    };
    /** Relative luminance-ish brightness (0–255) of `rgb(r, g, b)`. */
    const brightness = (rgb: string) => {
      const [r = 0, g = 0, b = 0] = (rgb.match(/\d+/g) ?? []).map(Number);
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const light = await background('light');
    const dark = await background('dark');
    // One backdrop for the page and the flow, light or dark with the OS.
    expect(light.body).toBe(light.token);
    expect(dark.body).toBe(dark.token);
    expect(brightness(light.body)).toBeGreaterThan(200);
    expect(brightness(dark.body)).toBeLessThan(40);
    // ?scheme= wins over the OS.
    expect((await background('dark', '?scheme=light')).body).toBe(light.body);
    expect((await background('light', '?scheme=dark')).body).toBe(dark.body);
  });
});
