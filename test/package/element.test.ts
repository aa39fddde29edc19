/**
 * `<b2core-sign-in>` (the `./element` bundle, dist/element/) on the plain HTML page of
 * examples/element, served by that example's own server (examples/element/serve.mjs): a real
 * HTTP origin whose every answer carries a strict CSP (no 'unsafe-inline' for scripts or
 * styles), with the built simulator behind it. No build step on the host side, no React on it.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, GOOGLE_TOTP_SECRET, hangingFault, injectFault, signInAs, simulatorControl, submitCredentials, totp } from '../../src/testing';
import { createTheme } from '../../src/theme';
import { launchChromium } from '../support/browser';
import { repoRoot } from './support/paths';

interface ExampleServer {
  url: string;
  close(): Promise<void>;
}
interface ExampleModule {
  startElementExample(options?: { port?: number }): Promise<ExampleServer>;
  contentSecurityPolicy: string;
}

/** What examples/element/app.js keeps, plus the CSP violations the init script records. */
type PortalWindow = Window & {
  portal: { tokens: { accessToken: { token: string }; refreshToken: { token: string } | null } | null; events: { type: string }[] };
  cspViolations: string[];
};

let example: ExampleModule;
let server: ExampleServer;
let browser: Browser;

beforeAll(async () => {
  example = (await import(/* @vite-ignore */ pathToFileURL(join(repoRoot, 'examples/element/serve.mjs')).href)) as ExampleModule;
  [server, browser] = await Promise.all([example.startElementExample({ port: 0 }), launchChromium()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  await simulatorControl(server.url).reset();
});

/** The example page, recording every CSP violation from its first script on. */
async function openExample(): Promise<Page> {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as PortalWindow;
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => w.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const response = await page.goto(server.url);
  expect(response?.headers()['content-security-policy']).toBe(example.contentSecurityPolicy);
  await page.getByRole('heading', { name: 'Sign in', exact: true }).waitFor();
  return page;
}

const portalOf = (page: Page) => page.evaluate(() => (window as unknown as PortalWindow).portal);
const violationsOf = (page: Page) => page.evaluate(() => (window as unknown as PortalWindow).cspViolations);

describe('<b2core-sign-in> on a plain HTML page under a strict CSP', () => {
  it('is styled by adopted sheets only, themed by its attribute, and signs in (no 2FA)', async () => {
    expect(example.contentSecurityPolicy).toContain("style-src 'self'");
    expect(example.contentSecurityPolicy).toContain("script-src 'self'");
    expect(example.contentSecurityPolicy).not.toContain('unsafe-inline');
    const page = await openExample();

    const look = await page.evaluate(() => {
      const host = document.querySelector('b2core-sign-in');
      const shadow = host?.shadowRoot;
      const submit = shadow?.querySelector<HTMLButtonElement>('button[type="submit"]');
      if (!host || !shadow || !submit) throw new Error('no element, shadow root or submit button');
      const button = getComputedStyle(submit);
      const card = getComputedStyle(shadow.querySelector('[data-part="card"]') ?? host);
      return {
        styleElements: shadow.querySelectorAll('style').length + document.querySelectorAll('style').length,
        adopted: shadow.adoptedStyleSheets.length,
        hostDisplay: getComputedStyle(host).display,
        buttonBackground: button.backgroundColor,
        buttonRadius: button.borderRadius,
        cardShadow: card.boxShadow,
        // Ids are in the shadow root with the labels that point at them.
        unlabelled: [...shadow.querySelectorAll('input')].filter((input) => !input.labels?.length && !input.getAttribute('aria-label')).length,
      };
    });
    expect(look.styleElements).toBe(0);
    expect(look.adopted).toBeGreaterThanOrEqual(1);
    expect(look.hostDisplay).toBe('block');
    // theme="meadow": its green primary and 14px radius (the default look is indigo, 8px).
    expect(look.buttonBackground).toBe('rgb(21, 128, 61)');
    expect(look.buttonRadius).toBe('14px');
    expect(look.cardShadow).not.toBe('none');
    expect(look.unlabelled).toBe(0);

    const { tokens, secrets } = await signInAs(page, 'client@example.com', { simulator: server.url });
    await page.locator('#status').getByText('Signed in', { exact: true }).waitFor();
    const portal = await portalOf(page);
    expect(portal.tokens?.accessToken.token).toBe(tokens.accessToken);
    expect(portal.tokens?.refreshToken?.token).toBe(tokens.refreshToken);
    // The funnel reached the document too, without the email or any secret.
    expect(portal.events.map((event) => event.type)).toContain('signed-in');
    const events = JSON.stringify(portal.events);
    for (const secret of [...Object.values(secrets), 'client@example.com']) expect(events).not.toContain(secret);

    // Nothing was refused along the way; and the policy does bite: an inline <style> is refused.
    expect(await violationsOf(page)).toEqual([]);
    const applied = await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { letter-spacing: 7px; }';
      document.head.append(style);
      return getComputedStyle(document.body).letterSpacing;
    });
    expect(applied).toBe('normal');
    await expect.poll(() => violationsOf(page)).toEqual([expect.stringMatching(/^style-src/)]);
    await page.close();
  });

  it('signs in with a TOTP code: focus and announcements stay inside the shadow root', async () => {
    const page = await openExample();
    await page.getByLabel('Email', { exact: true }).fill('google@example.com');
    await page.getByLabel('Password', { exact: true }).fill('Secret123!');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { name: 'Enter the verification code' }).waitFor();

    const a11y = await page.evaluate(() => {
      const shadow = document.querySelector('b2core-sign-in')?.shadowRoot;
      const code = shadow?.querySelector<HTMLInputElement>('input[autocomplete="one-time-code"]');
      return {
        documentFocus: document.activeElement?.localName,
        focused: shadow?.activeElement?.getAttribute('data-part'),
        focusedText: shadow?.activeElement?.textContent,
        live: shadow?.querySelector('[data-part="live-region"]')?.textContent,
        codeLabel: code?.labels?.[0]?.textContent,
        // Every aria reference resolves inside the shadow root.
        dangling: [...(shadow?.querySelectorAll('[aria-describedby], [aria-labelledby]') ?? [])]
          .flatMap((element) => `${element.getAttribute('aria-describedby') ?? ''} ${element.getAttribute('aria-labelledby') ?? ''}`.split(/\s+/))
          .filter((id) => id && !shadow?.getElementById(id)),
      };
    });
    expect(a11y.documentFocus).toBe('b2core-sign-in');
    // Focus on the code input (the keypad and the one-time-code suggestion at once), inside the shadow root.
    expect(a11y.focused).toBe('code-input');
    expect(a11y.focusedText).toBe('');
    await expect.poll(() => page.evaluate(() => document.querySelector('b2core-sign-in')?.shadowRoot?.querySelector('[data-part="live-region"]')?.textContent)).toContain(
      'Enter the verification code',
    );
    expect(a11y.codeLabel).toBeTruthy();
    expect(a11y.dangling).toEqual([]);

    await page.getByLabel(a11y.codeLabel ?? '', { exact: true }).fill(totp(GOOGLE_TOTP_SECRET, Date.now()));
    await page.locator('#status').getByText('Signed in', { exact: true }).waitFor();
    expect((await portalOf(page)).tokens?.accessToken.token).toMatch(/^eyJ/);
    expect(await violationsOf(page)).toEqual([]);
    await page.close();
  });

  it('re-renders on attribute and property changes; a second copy of the bundle defines nothing', async () => {
    const page = await openExample();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // The same bundle under another URL is another module instance: its define must not throw.
    await page.evaluate(() => {
      (window as unknown as { firstDefinition: unknown }).firstDefinition = customElements.get('b2core-sign-in');
    });
    await page.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const script = Object.assign(document.createElement('script'), { type: 'module', src: '/b2core-sign-in/element/index.js?copy' });
          script.addEventListener('load', resolve);
          script.addEventListener('error', reject);
          document.head.append(script);
        }),
    );
    expect(await page.evaluate(() => customElements.get('b2core-sign-in') === (window as unknown as { firstDefinition: unknown }).firstDefinition)).toBe(true);
    expect(errors).toEqual([]);

    await page.evaluate(() => document.querySelector('b2core-sign-in')?.setAttribute('locale', 'de'));
    await page.getByRole('heading', { name: 'Anmelden', exact: true }).waitFor();
    // A theme object as a property (plain data: built here, handed over as JSON); it wins over the attribute.
    const theme = createTheme({ colors: { primary: '#b91c1c' } });
    await page.evaluate((red) => {
      const element = document.querySelector('b2core-sign-in');
      if (element) element.theme = red;
    }, theme);
    // Polled: the button's background has a transition.
    const background = () =>
      page.evaluate(() => {
        const submit = document.querySelector('b2core-sign-in')?.shadowRoot?.querySelector('button[type="submit"]');
        return submit ? getComputedStyle(submit).backgroundColor : null;
      });
    await expect.poll(background).toBe('rgb(185, 28, 28)');
    // Back to the attribute's preset when the property is cleared.
    await page.evaluate(() => {
      const element = document.querySelector('b2core-sign-in');
      if (element) element.theme = undefined;
    });
    await expect.poll(background).toBe('rgb(21, 128, 61)');
    // color-scheme="dark": the stylesheet's forced-dark rule, through an ancestor inside the shadow root.
    const scheme = () =>
      page.evaluate(() => {
        const root = document.querySelector('b2core-sign-in')?.shadowRoot?.querySelector('[data-part="root"]');
        return root ? getComputedStyle(root).colorScheme : null;
      });
    expect(await scheme()).toBe('light');
    await page.evaluate(() => document.querySelector('b2core-sign-in')?.setAttribute('color-scheme', 'dark'));
    await expect.poll(scheme).toBe('dark');

    // Moved within one task, it keeps its flow (what was typed stays).
    await page.getByLabel('E-Mail-Adresse', { exact: true }).fill('moved@example.com');
    await page.evaluate(() => {
      const element = document.querySelector('b2core-sign-in');
      if (element) document.body.append(element);
    });
    await page.waitForTimeout(200);
    expect(await page.getByLabel('E-Mail-Adresse', { exact: true }).inputValue()).toBe('moved@example.com');

    // A property set before the element was upgraded (here: created where it is not defined) is picked up.
    await page.evaluate((red) => {
      const early = document.implementation.createHTMLDocument().createElement('b2core-sign-in');
      early.id = 'early';
      (early as unknown as { theme: unknown }).theme = red;
      document.body.append(document.adoptNode(early));
    }, theme);
    await expect
      .poll(() =>
        page.evaluate(() => {
          const submit = document.getElementById('early')?.shadowRoot?.querySelector('button[type="submit"]');
          return submit ? getComputedStyle(submit).backgroundColor : null;
        }),
      )
      .toBe('rgb(185, 28, 28)');
    expect(await violationsOf(page)).toEqual([]);
    await page.close();
  });

  it('removed, it stops every request and timer; put back, it works again', async () => {
    const page = await browser.newPage();
    // Timers the page has pending (set, neither fired nor cleared), by id.
    await page.addInitScript(() => {
      const pending = new Set<number>();
      (window as unknown as { pendingTimers: Set<number> }).pendingTimers = pending;
      const { setTimeout: set, clearTimeout: clear, setInterval: every, clearInterval: stop } = window;
      window.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
        const id: number = set(
          (...params: unknown[]) => {
            pending.delete(id);
            if (typeof handler === 'function') (handler as (...a: unknown[]) => void)(...params);
          },
          delay,
          ...args,
        );
        pending.add(id);
        return id;
      }) as typeof window.setTimeout;
      window.clearTimeout = ((id?: number) => {
        if (id !== undefined) pending.delete(id);
        clear(id);
      }) as typeof window.clearTimeout;
      window.setInterval = ((handler: TimerHandler, delay?: number, ...args: unknown[]) => {
        const id = every(handler, delay, ...args);
        pending.add(id);
        return id;
      }) as typeof window.setInterval;
      window.clearInterval = ((id?: number) => {
        if (id !== undefined) pending.delete(id);
        stop(id);
      }) as typeof window.clearInterval;
    });
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(server.url);
    await page.getByRole('heading', { name: 'Sign in', exact: true }).waitFor();
    // The QR panel's channel is open (it polls and renews: timers and requests of its own).
    await expect.poll(() => requests.filter((path) => path.endsWith('/signin/qrcodes')).length).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { pendingTimers: Set<number> }).pendingTimers.size)).toBeGreaterThan(0);

    await page.evaluate(() => {
      const element = document.querySelector('b2core-sign-in');
      (window as unknown as { parked: Element | null }).parked = element;
      element?.remove();
    });
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { pendingTimers: Set<number> }).pendingTimers.size)).toBe(0);
    const before = requests.length;
    await page.waitForTimeout(1500);
    expect(requests.slice(before)).toEqual([]);

    await page.evaluate(() => document.querySelector('main')?.prepend((window as unknown as { parked: Element }).parked));
    await page.getByRole('heading', { name: 'Sign in', exact: true }).waitFor();
    await signInAs(page, 'client@example.com', { simulator: server.url });
    await page.locator('#status').getByText('Signed in', { exact: true }).waitFor();
    await page.close();
  });

  it('reports an unknown step as b2s-unknown-step; removed mid-request, it aborts the request', async () => {
    const sim = simulatorControl(server.url);
    await injectFault(
      sim,
      { path: '/signin', method: 'POST' },
      { status: 200, body: { code: 200, data: { questions: [] }, done: false, uuid: 'kyc-1', workflow: 'kyc_questionnaire' } },
    );
    const page = await openExample();
    await page.evaluate(() => {
      const w = window as unknown as { unknownSteps: unknown[] };
      w.unknownSteps = [];
      document.addEventListener('b2s-unknown-step', (event) => w.unknownSteps.push(event.detail));
    });
    await submitCredentials(page, 'client@example.com', DEMO_PASSWORD);
    await page.getByRole('heading', { name: 'This sign-in step isn’t supported here' }).waitFor();
    const unknownSteps = await page.evaluate(() => (window as unknown as { unknownSteps: { kind: string; workflow: string }[] }).unknownSteps);
    expect(unknownSteps).toEqual([expect.objectContaining({ kind: 'unknown', workflow: 'kyc_questionnaire' })]);
    expect((await portalOf(page)).events.map((event) => event.type)).toContain('unknown-step');

    // A sign-in that never answers, then the element is removed: the browser sees the request aborted.
    await hangingFault(sim, { path: '/signin', method: 'POST' });
    await page.getByRole('button', { name: 'Start again' }).click();
    const sent = page.waitForRequest((request) => request.method() === 'POST' && new URL(request.url()).pathname.endsWith('/signin'));
    await submitCredentials(page, 'client@example.com', DEMO_PASSWORD);
    const request = await sent;
    const failed = page.waitForEvent('requestfailed', (candidate) => candidate === request);
    await page.evaluate(() => document.querySelector('b2core-sign-in')?.remove());
    expect((await failed).failure()?.errorText).toMatch(/ABORTED/);
    await page.close();
  });
});
