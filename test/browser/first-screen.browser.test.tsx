/**
 * The first screen's layout in real Chromium with the package stylesheet (issue 13): the QR
 * beside the form and above the fold on a desktop, behind a "Sign in with your phone" button on
 * a phone, no horizontal overflow at 320 px in English, Russian and Arabic, a 44×44 eye button,
 * left-to-right addresses in Arabic, a card that barely grows when the wizard answers, and a QR
 * tile whose place the "approved" state keeps. Facts measured are logged (`[first-screen]`).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { createSignInClient } from '../../src/core/client/create-client';
import type { QrChannelStatus } from '../../src/core/client/types';
import { loadMessages } from '../../src/i18n';
import { SignInFlow } from '../../src/react';
import { QrPanel } from '../../src/react/qr';
import { createSimulator } from '../../src/simulator';
import { createFakeQrClient } from '../../stories/support/fake-qr-client';
import { linkPackageStylesheet } from '../support/package-stylesheet';

let unlinkPackage: () => void;
beforeAll(() => {
  unlinkPackage = linkPackageStylesheet();
  document.body.style.margin = '0';
});
afterAll(() => unlinkPackage());
afterEach(() => page.viewport(1280, 800));

/** A simulator client whose wizard answer waits for `release()`. */
const heldClient = () => {
  const simulator = createSimulator();
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  const client = createSignInClient({
    baseUrl: 'https://broker.test',
    fetch: async (input, init) => {
      const request = new Request(input, init);
      if (new URL(request.url).pathname.endsWith('/signin/wizard')) await gate;
      return simulator.handle(request);
    },
  });
  return { client, release };
};

const part = (name: string, within: ParentNode = document) => within.querySelector<HTMLElement>(`[data-part="${name}"]`)!;
const rect = (element: Element) => element.getBoundingClientRect();
const log = (fact: string) => console.info(`[first-screen] ${fact}`);

describe('first screen layout', () => {
  it('1280×800: form and QR side by side, the QR tile fully above the fold; the card grows little when the wizard answers', async () => {
    await page.viewport(1280, 800);
    const { client, release } = heldClient();
    const screen = await render(<SignInFlow client={client} layout="page" appName="Acme Markets" forgotPasswordUrl="/forgot" onSuccess={() => undefined} />);
    await expect.element(screen.getByLabelText('Password', { exact: true })).toBeVisible();
    const before = rect(part('card')).height;
    release();
    await expect.element(screen.getByRole('img', { name: 'QR code to sign in with your phone' })).toBeVisible();
    const after = rect(part('card')).height;
    log(`1280x800 card height ${before.toFixed(0)} → ${after.toFixed(0)} px when the wizard answers`);
    // What grows is the QR column itself (heading, how-to, tile, origin), compact beside the form.
    expect(after - before).toBeLessThanOrEqual(160);

    const form = rect(part('form'));
    const slot = rect(part('qr-slot'));
    const tile = rect(part('qr-code'));
    // Side by side: the QR column starts right of the form, on the same rows.
    expect(slot.left).toBeGreaterThanOrEqual(form.right);
    expect(slot.top).toBeLessThan(form.bottom);
    expect(getComputedStyle(part('divider')).flexDirection).toBe('column');
    // The phone button is for narrow cards only.
    expect(part('methods').querySelector(':scope > [data-part="button"]')!.checkVisibility()).toBe(false);
    log(`1280x800 QR tile bottom at ${tile.bottom.toFixed(0)} px (fold 800), ${tile.width.toFixed(0)}×${tile.height.toFixed(0)} px`);
    expect(tile.bottom).toBeLessThanOrEqual(800);
    expect(tile.top).toBeGreaterThanOrEqual(0);
    // A square tile, the code inside it with its quiet zone, the ring along its edge.
    expect(Math.abs(tile.width - tile.height)).toBeLessThan(1);
    const code = rect(part('qr-code').querySelector('[role="img"]')!);
    expect(code.left - tile.left).toBeGreaterThanOrEqual(8);
    expect(rect(part('qr-ring'))).toMatchObject({ width: tile.width, height: tile.height });
    // layout="page": the root paints the backdrop, not the host's body.
    expect(getComputedStyle(part('root')).backgroundColor).not.toBe('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(document.body).backgroundColor).toBe('rgba(0, 0, 0, 0)');
    screen.unmount();
  });

  it('390×844: the QR waits behind "Sign in with your phone", opens below the form, and fits', async () => {
    await page.viewport(390, 844);
    const { client, release } = heldClient();
    const screen = await render(<SignInFlow client={client} onSuccess={() => undefined} />);
    await expect.element(screen.getByLabelText('Password', { exact: true })).toBeVisible();
    const before = rect(part('card')).height;
    release();
    const button = screen.getByRole('button', { name: 'Sign in with your phone' });
    await expect.element(button).toBeVisible();
    const after = rect(part('card')).height;
    log(`390x844 card height ${before.toFixed(0)} → ${after.toFixed(0)} px when the wizard answers (QR closed)`);
    expect(after - before).toBeLessThanOrEqual(120);
    expect(part('qr-slot').checkVisibility()).toBe(false);
    // A hidden panel pauses (no code requested for a screen nobody sees).
    await expect.poll(() => part('qr-panel')?.getAttribute('data-state')).toBe('stopped');
    await button.click();
    await expect.element(screen.getByRole('img', { name: 'QR code to sign in with your phone' })).toBeVisible();
    expect(rect(part('qr-slot')).top).toBeGreaterThanOrEqual(rect(part('form')).bottom);
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(390);
    screen.unmount();
  });

  it.each(['en', 'ru', 'ar'] as const)('320 px, %s: no horizontal overflow, the QR tile fits when opened', async (locale) => {
    await page.viewport(320, 640);
    const messages = await loadMessages(locale);
    const { client, release } = heldClient();
    release();
    const screen = await render(<SignInFlow client={client} locale={locale} forgotPasswordUrl="/forgot" onSuccess={() => undefined} />);
    const button = screen.getByRole('button', { name: messages['credentials.qrOpen'] });
    await button.click();
    await expect.element(screen.getByRole('img', { name: messages['qr.codeLabel'] })).toBeVisible();
    const card = rect(part('card'));
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    for (const name of ['form', 'qr-code', 'password-wrapper', 'label-row'] as const) {
      const box = rect(part(name));
      expect(box.left, name).toBeGreaterThanOrEqual(card.left);
      expect(box.right, name).toBeLessThanOrEqual(card.right);
    }
    screen.unmount();
  });
});

describe('fields', () => {
  it('the eye button is 44×44 and inside the field; addresses stay left to right in Arabic; 16 px text on a phone', async () => {
    await page.viewport(390, 844);
    const screen = await render(<SignInFlow client={heldClient().client} locale="ar" qrPanel={null} onSuccess={() => undefined} />);
    const messages = await loadMessages('ar');
    const toggle = screen.getByRole('button', { name: messages['password.show'] });
    await expect.element(toggle).toBeVisible();
    const box = rect(toggle.element());
    log(`eye button ${box.width.toFixed(1)}×${box.height.toFixed(1)} px`);
    expect(box.width).toBeGreaterThanOrEqual(44);
    expect(box.height).toBeGreaterThanOrEqual(44);
    await toggle.click();
    await expect.element(screen.getByRole('button', { name: messages['password.hide'] })).toBeVisible();

    const email = screen.getByLabelText(messages['field.email'], { exact: true });
    await email.fill('sms@example.com');
    const input = email.element() as HTMLInputElement;
    expect(getComputedStyle(input).direction).toBe('ltr');
    expect(getComputedStyle(input).fontSize).toBe('16px');
    expect(input.value).toBe('sms@example.com');
    // The page is right to left; the address starts at the label's side (right), reading left to right.
    expect(getComputedStyle(part('root')).direction).toBe('rtl');
    // `end` of a left-to-right input is its right side (logical properties only in the stylesheet).
    expect(input.dir).toBe('ltr');
    expect(getComputedStyle(input).textAlign).toBe('end');
    screen.unmount();
  });

  it('"Forgot password?" shares the password label’s row with a 44 px target, without making the row taller', async () => {
    const { client, release } = heldClient();
    const screen = await render(<SignInFlow client={client} qrPanel={null} forgotPasswordUrl="/forgot" onSuccess={() => undefined} />);
    await expect.element(screen.getByLabelText('Password', { exact: true })).toBeVisible();
    const passwordTop = rect(screen.getByLabelText('Password', { exact: true }).element()).top;
    release();
    const link = screen.getByRole('link', { name: 'Forgot password?' });
    await expect.element(link).toBeVisible();
    const row = rect(part('label-row'));
    const label = rect(row.height ? document.querySelector('[data-part="label-row"] > label')! : part('label'));
    const target = rect(link.element());
    log(`forgot link target ${target.width.toFixed(0)}×${target.height.toFixed(0)} px, label row ${row.height.toFixed(1)} px`);
    expect(target.height).toBeGreaterThanOrEqual(44);
    // Same row as the label, at its other end; the row is one text line, so the input did not move.
    expect(Math.abs(target.top + target.height / 2 - (label.top + label.height / 2))).toBeLessThan(4);
    expect(target.left).toBeGreaterThan(label.right);
    expect(Math.abs(rect(screen.getByLabelText('Password', { exact: true }).element()).top - passwordTop)).toBeLessThan(1);
    screen.unmount();
  });
});

describe('QR panel footprint', () => {
  it('the approval takes the code’s place: same tile size, the panel does not collapse', async () => {
    let scan: (status: QrChannelStatus) => void = () => {};
    const statusSource = {
      subscribe: (_id: string, onStatus: (status: QrChannelStatus) => void) => {
        scan = onStatus;
        return () => {};
      },
    };
    const screen = await render(
      <div data-part="root">
        <div data-part="card" style={{ inlineSize: 320 }}>
          <QrPanel client={createFakeQrClient()} statusSource={statusSource} onSignedIn={() => undefined} />
        </div>
      </div>,
    );
    await expect.element(screen.getByRole('img', { name: 'QR code to sign in with your phone' })).toBeVisible();
    const showing = { tile: rect(part('qr-code')), panel: rect(part('qr-panel')) };
    scan({ id: 'qr-demo-7f3a', status: 'authorized', authorizationToken: 'token' });
    await expect.poll(() => part('qr-panel').getAttribute('data-state')).toBe('signing-in');
    const approved = { tile: rect(part('qr-code')), panel: rect(part('qr-panel')) };
    log(`QR panel height showing ${showing.panel.height.toFixed(0)} → approved ${approved.panel.height.toFixed(0)} px`);
    expect(approved.tile.height).toBe(showing.tile.height);
    expect(showing.panel.height - approved.panel.height).toBeLessThanOrEqual(80);
    screen.unmount();
  });
});
