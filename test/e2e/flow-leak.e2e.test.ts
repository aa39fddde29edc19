import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, GOOGLE_TOTP_SECRET, totp } from '../../src/simulator';
import { latestCode, openFlow, portalUser, sim, startHarness, stopHarness, submitCredentials, type Harness, type OpenedPage } from './flow-support';

let h: Harness;

/** Everything the leak oracle searches, as one string per source. */
async function oracle(opened: OpenedPage): Promise<Record<string, string>> {
  const { page, context } = opened;
  const inPage = await page.evaluate(async () => {
    const dump = (storage: Storage) => JSON.stringify(Object.entries(storage));
    const databases = 'databases' in indexedDB ? await indexedDB.databases() : [];
    return {
      dom: document.documentElement.outerHTML,
      href: location.href,
      history: JSON.stringify(history.state),
      localStorage: dump(localStorage),
      sessionStorage: dump(sessionStorage),
      cookie: document.cookie,
      indexedDB: JSON.stringify(databases),
      performance: JSON.stringify(performance.getEntries().map((e) => e.name)),
    };
  });
  const cookies = JSON.stringify(await context.cookies());
  return { ...inPage, cookies, console: opened.console.join('\n'), urls: opened.urls.join('\n') };
}

function expectNoHits(sources: Record<string, string>, secrets: string[]) {
  const hits = Object.entries(sources).flatMap(([source, text]) =>
    secrets.filter((secret) => text.includes(secret)).map((secret) => `${source} contains ${secret.slice(0, 12)}…`),
  );
  expect(hits).toEqual([]);
}

/** The tokens of the final sign-in answer, read off the wire. */
function captureTokens(page: Page): Promise<string[]> {
  return page
    .waitForResponse((r) => r.status() === 202 && /\/api\/v2\/my\/(signin|2fa\/\w+)$/.test(new URL(r.url()).pathname))
    .then(async (r) => {
      const body = (await r.json()) as { data: { accessToken: { token: string }; refreshToken: { token: string } | null } };
      return [body.data.accessToken.token, body.data.refreshToken?.token ?? ''].filter(Boolean);
    });
}

describe('leak check: no password, code or token anywhere but its own request', () => {
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => stopHarness(h));
  beforeEach(async () => {
    await sim(h, '/reset', 'POST');
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
    await page.getByRole('button', { name: 'Show password' }).click();
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const code = totp(GOOGLE_TOTP_SECRET, Date.now());
    const tokens = captureTokens(page);
    await page.getByLabel('Verification code', { exact: true }).fill(code);
    expect(await portalUser(page)).toBe('google@example.com');
    // The demo page prints the public demo password on purpose: the sentinel stands for a real one.
    const secrets = [sentinel, code, ...(await tokens)];
    expect(secrets).toHaveLength(4);
    const sources = await oracle(opened);
    // Control: the oracle does see what the page shows (the signed-in email).
    expect(sources.dom).toContain('google@example.com');
    expectNoHits(sources, secrets);
    await opened.context.close();
  });

  it('a forced reset: the emailed code and the new sentinel password, and the SMS path', async () => {
    const newPassword = 'Pw-SENTINEL-new-9c1d';
    const opened = await openFlow(h);
    const { page } = opened;
    await submitCredentials(page, 'reset@example.com', DEMO_PASSWORD);
    await page.getByRole('heading', { name: 'Reset your password' }).waitFor();
    const emailCode = await latestCode(h, 'reset@example.com');
    await page.getByLabel('Verification code', { exact: true }).fill(emailCode);
    await page.getByLabel('New password', { exact: true }).fill(newPassword);
    await page.getByLabel('Confirm new password').fill(newPassword);
    // The new-password inputs never carry a value attribute either.
    expect(await page.locator('input[type="password"][value]').count()).toBe(0);
    const tokens = captureTokens(page);
    await page.getByRole('button', { name: 'Continue' }).click();
    expect(await portalUser(page)).toBe('reset@example.com');
    expectNoHits(await oracle(opened), [newPassword, emailCode, ...(await tokens)]);
    await opened.context.close();

    const sms = await openFlow(h);
    await submitCredentials(sms.page, 'sms@example.com', DEMO_PASSWORD);
    await sms.page.getByLabel('Verification code', { exact: true }).waitFor();
    const smsCode = await latestCode(h, '+1 555 0100');
    const smsTokens = captureTokens(sms.page);
    await sms.page.getByLabel('Verification code', { exact: true }).fill(smsCode);
    expect(await portalUser(sms.page)).toBe('sms@example.com');
    expectNoHits(await oracle(sms), [smsCode, ...(await smsTokens)]);
    await sms.context.close();
  });
});
