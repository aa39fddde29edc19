/**
 * Arabic, Persian and Hebrew in Chromium with the package stylesheet: the direction comes from
 * the locale alone, and the layout is mirrored (text starts at the right, the password toggle
 * sits at the left end of its field), while English stays left-to-right.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import { createSignInClient } from '../../src/core/client/create-client';
import { loadMessages } from '../../src/i18n';
import { SignInFlow } from '../../src/react';
import { createSimulator } from '../../src/simulator';
import { linkPackageStylesheet } from '../support/package-stylesheet';

let unlinkPackage: () => void;
beforeAll(() => {
  unlinkPackage = linkPackageStylesheet();
});
afterAll(() => unlinkPackage());

const client = () => {
  const simulator = createSimulator();
  return createSignInClient({ baseUrl: 'https://broker.test', fetch: (input, init) => simulator.handle(new Request(input, init)) });
};

/** Where the password toggle sits inside its field: at the `left` or `right` end. */
const toggleSide = (root: HTMLElement) => {
  const wrapper = root.querySelector('[data-part="password-wrapper"]')!.getBoundingClientRect();
  const toggle = root.querySelector('[data-part="password-toggle"]')!.getBoundingClientRect();
  return toggle.left - wrapper.left < wrapper.right - toggle.right ? 'left' : 'right';
};

describe('right-to-left locales', () => {
  it.each(['ar', 'fa', 'he', 'en'] as const)('%s: dir from the locale, layout mirrored when right-to-left', async (locale) => {
    const messages = await loadMessages(locale);
    const screen = await render(<SignInFlow client={client()} locale={locale} qrPanel={null} onSuccess={() => undefined} />);
    await expect.element(screen.getByRole('button', { name: messages['credentials.submit'], exact: true })).toBeVisible();
    const root = screen.container.querySelector<HTMLElement>('[data-part="root"]')!;
    const isRtl = locale !== 'en';
    expect(root.getAttribute('dir')).toBe(isRtl ? 'rtl' : 'ltr');
    expect(root.getAttribute('lang')).toBe(locale);
    expect(getComputedStyle(root).direction).toBe(isRtl ? 'rtl' : 'ltr');
    expect(toggleSide(root)).toBe(isRtl ? 'left' : 'right');
    // The heading starts at the card's inline start: its right edge in a right-to-left locale.
    const card = root.querySelector('[data-part="card"]')!.getBoundingClientRect();
    const heading = root.querySelector('[data-part="heading"]')!;
    const range = document.createRange();
    range.selectNodeContents(heading);
    const text = range.getBoundingClientRect();
    const fromStart = isRtl ? card.right - text.right : text.left - card.left;
    const fromEnd = isRtl ? text.left - card.left : card.right - text.right;
    expect(fromStart).toBeLessThan(fromEnd);
    screen.unmount();
  });
});
