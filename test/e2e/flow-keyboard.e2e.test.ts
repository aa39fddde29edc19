/**
 * The person at the keyboard, in real Chromium against the demo: Caps Lock from key and pointer
 * events' modifier state, a Cyrillic layout in the email and password fields, a lockout that
 * follows the person into a second tab, and maintenance (503 + Retry-After) counting down.
 *
 * Caps Lock: Playwright's `keyboard.press('CapsLock')` does not turn the lock on in this
 * headless Chromium (CDP key events carry Alt/Ctrl/Meta/Shift only; every event still reports
 * `getModifierState('CapsLock') === false`), so the events are Chromium's own `KeyboardEvent`
 * and `PointerEvent` built with `modifierCapsLock`, as a keyboard with the lock on produces.
 * The Cyrillic password key is a real key event of a Russian layout (CDP: key `п` on `KeyG`).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/simulator';
import { injectFault, submitCredentials } from '../../src/testing';
import { expectQuietConsole, openFlow, portalUser, startHarness, stopHarness, type Harness } from './flow-support';

let h: Harness;

/** The accessible description of a field (its hint and error), as a screen reader hears it. */
const description = (page: Page, label: string) =>
  page.getByLabel(label, { exact: true }).evaluate((input) =>
    (input.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );

describe('the person at the keyboard, in Chromium', () => {
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => stopHarness(h));
  beforeEach(async () => {
    await h.sim.reset();
    await h.sim.configure({ qrAvailable: false });
  });

  it('Caps Lock: a polite hint on the focused password while it is on, gone when it goes off and on blur', async () => {
    const opened = await openFlow(h);
    const { page } = opened;
    const password = page.getByLabel('Password', { exact: true });
    await password.focus();
    await page.keyboard.type('secret');
    expect(await description(page, 'Password')).toBe('');
    await password.dispatchEvent('keydown', { key: 'CapsLock', code: 'CapsLock', modifierCapsLock: true });
    await password.dispatchEvent('keyup', { key: 'CapsLock', code: 'CapsLock', modifierCapsLock: true });
    await expect.poll(() => description(page, 'Password')).toBe('Caps Lock is on.');
    expect(await page.locator('[data-part="hint"]', { hasText: 'Caps Lock is on.' }).isVisible()).toBe(true);
    await expect.poll(() => page.locator('[data-part="live-region"]').textContent()).toContain('Caps Lock is on.');
    // The hint says nothing of the value, and the value is in no attribute.
    expect(await page.locator('[data-part="root"]').innerHTML()).not.toContain('secret');
    // A real key with the lock off (this Chromium's own state) hides it.
    await page.keyboard.press('x');
    await expect.poll(() => description(page, 'Password')).toBe('');
    // A click on the field with the lock on shows it; leaving the field hides it.
    await password.dispatchEvent('pointerdown', { modifierCapsLock: true, pointerType: 'mouse' });
    await expect.poll(() => description(page, 'Password')).toBe('Caps Lock is on.');
    await page.getByLabel('Email', { exact: true }).focus();
    await expect.poll(() => description(page, 'Password')).toBe('');
    expect(await page.locator('[data-part="hint"]', { hasText: 'Caps Lock' }).count()).toBe(0);
    expectQuietConsole(opened);
    await opened.context.close();
  });

  it('a Cyrillic layout: the email suggests switching; the password hint comes from the key alone; signing in still works', async () => {
    const opened = await openFlow(h);
    const { page } = opened;
    await page.getByLabel('Email', { exact: true }).focus();
    await page.keyboard.type('привет');
    await expect.poll(() => description(page, 'Email')).toMatch(/Switch to a Latin/);
    await page.getByLabel('Email', { exact: true }).fill('client@example.com');
    await expect.poll(() => description(page, 'Email')).toBe('');
    const password = page.getByLabel('Password', { exact: true });
    await password.focus();
    // The G key of a Russian layout: a real key event whose `key` is 'п'.
    const cdp = await opened.context.newCDPSession(page);
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: 'п', code: 'KeyG', text: 'п', windowsVirtualKeyCode: 71 });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'п', code: 'KeyG', windowsVirtualKeyCode: 71 });
    await expect.poll(() => description(page, 'Password')).toMatch(/non-Latin layout/);
    expect(await page.locator('[data-part="root"]').innerHTML()).not.toContain('п');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('s'); // back on a Latin layout
    await expect.poll(() => description(page, 'Password')).toBe('');
    await password.fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    expect(await portalUser(page)).toBe('client@example.com');
    expectQuietConsole(opened);
    await opened.context.close();
  });

  it('a lockout in one tab locks the other tab of the portal with the same countdown; both come back at its end', async () => {
    await h.sim.configure({ limits: { attempts: 5, windowMs: 60_000, blockMs: 5_000 } });
    const opened = await openFlow(h);
    const { page, context } = opened;
    const other = await context.newPage();
    const otherRequests: string[] = [];
    other.on('request', (request) => otherRequests.push(`${request.method()} ${new URL(request.url()).pathname}`));
    await other.goto(h.demo.url);
    await other.getByRole('heading', { name: 'Sign in' }).waitFor();
    await other.getByLabel('Email', { exact: true }).fill('someone-else@example.com');
    for (let attempt = 1; attempt <= 6; attempt++) {
      await submitCredentials(page, 'client@example.com', `wrong-${attempt}`);
      if (attempt < 6) {
        await page.getByText('The email or password is incorrect.', { exact: true }).first().waitFor();
        await page.locator('button[type="submit"]:not([aria-busy])').waitFor();
      }
    }
    await page.getByRole('heading', { name: 'Too many attempts' }).waitFor();
    await other.getByRole('heading', { name: 'Too many attempts' }).waitFor({ timeout: 3_000 });
    const [mine, theirs] = await Promise.all([page, other].map((p) => p.locator('[data-part="countdown"]').textContent()));
    expect(mine).toMatch(/^0:0[1-5]$/);
    expect(theirs).toBe(mine);
    // No disabled copy of the form; nothing of the first tab (its email) reached the second.
    expect(await other.getByLabel('Email', { exact: true }).count()).toBe(0);
    expect(await other.locator('[data-part="root"]').textContent()).not.toContain('client@example.com');
    const sentDuring = otherRequests.filter((r) => r.startsWith('POST')).length;
    await Promise.all([page, other].map((p) => p.getByRole('heading', { name: 'Sign in' }).waitFor({ timeout: 10_000 })));
    expect(await other.getByLabel('Email', { exact: true }).isEnabled()).toBe(true);
    expect(sentDuring).toBe(0);
    await other.getByLabel('Email', { exact: true }).fill('client@example.com');
    await other.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await other.getByRole('button', { name: 'Sign in' }).click();
    expect(await portalUser(other)).toBe('client@example.com');
    expectQuietConsole(opened);
    await context.close();
  });

  it('maintenance: a 503 with Retry-After counts down on the locked screen, then the form is back by itself', async () => {
    await injectFault(h.sim, { path: '/signin', method: 'POST' }, { status: 503, headers: { 'Retry-After': '4' } });
    const opened = await openFlow(h);
    const { page } = opened;
    await submitCredentials(page, 'client@example.com', DEMO_PASSWORD);
    await page.getByRole('heading', { name: 'Under maintenance' }).waitFor();
    expect(await page.locator('[data-part="step-description"], [data-part="description"]').first().textContent()).toBe('Sign-in is under maintenance.');
    expect(await page.locator('[data-part="lock-timer"]').textContent()).toMatch(/^Back in0:0[1-4]$/);
    expect(await page.getByRole('button', { name: 'Sign in' }).count()).toBe(0); // no ghost of the form
    const during = opened.signInRequests.length;
    await page.getByRole('heading', { name: 'Sign in' }).waitFor({ timeout: 10_000 });
    await page.getByText('Sign-in is available again.', { exact: true }).first().waitFor();
    expect(opened.signInRequests.slice(during)).toEqual(['GET /signin/wizard']);
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    expect(await portalUser(page)).toBe('client@example.com');
    await opened.context.close();
  });
});
