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
    await expect.poll(() => page.getByText(/^Session: /).textContent()).toContain('signed-in');

    await page.getByRole('button', { name: 'Call GET /profile' }).click();
    await expect.poll(() => page.locator('output').textContent()).toContain('client@example.com');

    // Refresh a margin (10 s + jitter) before the 20 s expiry: one call, answered 200.
    await expect.poll(async () => (await requestsTo('/refresh')).length, { timeout: 25_000, interval: 500 }).toBe(1);
    expect((await requestsTo('/refresh'))[0]?.status).toBe(200);
    await page.getByRole('button', { name: 'Call GET /profile' }).click();
    await expect.poll(async () => (await requestsTo('/profile')).map((entry) => entry.status)).toEqual([200, 200]);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await page.getByLabel('Email', { exact: true }).inputValue()).toBe('');
    await expect.poll(async () => (await requestsTo('/signout')).map((entry) => entry.status)).toEqual([200]);
    await context.close();
  });
});
