import { auditTheme, expectNoSecretLeak, proxyHtmlFault, signInAs, submitCredentials, DEMO_PASSWORD } from 'b2core-sign-in/testing';
import { brand } from '../src/brand';
import { expect, test } from './fixtures';

test('signs in with an SMS code and leaves no secret behind', async ({ page, app, simulator }) => {
  await page.goto(app);
  const { secrets } = await signInAs(page, 'sms@example.com', { simulator });
  await expect(page.getByRole('heading', { name: 'Welcome back' })).toBeVisible();
  await expectNoSecretLeak(page, secrets);
});

test('a client with both methods picks SMS; a forced reset sets a new password', async ({ page, app, simulator }) => {
  await page.goto(app);
  const both = await signInAs(page, 'both@example.com', { simulator, method: 'sms' });
  expect(both.workflows).toEqual(['2fa', '2fa_sms_auth', 'login']);
  await page.goto(app);
  const reset = await signInAs(page, 'reset@example.com', { simulator });
  await expect(page.getByRole('heading', { name: 'Welcome back' })).toBeVisible();
  await expectNoSecretLeak(page, reset.secrets);
});

test("a proxy's HTML error page shows a clear message", async ({ page, app, simulator }) => {
  await proxyHtmlFault(simulator, { path: '/signin', method: 'POST' });
  await page.goto(app);
  await submitCredentials(page, 'client@example.com', DEMO_PASSWORD);
  await expect(page.getByText('The server is having trouble. Try again in a moment.').first()).toBeVisible();
});

test('our brand stays readable in light and dark', () => {
  expect(auditTheme(brand).failures).toEqual([]);
});
