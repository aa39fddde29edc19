/**
 * Theming on the real `<SignInFlow>` in Chromium: Arabic lays out right-to-left, and a theme
 * switch at runtime is CSS variables only (nothing remounts; a host-level switch re-renders
 * nothing at all).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-react';
import { createSignInClient } from '../../src/core/client/create-client';
import { CredentialsStep, SignInFlow, type CredentialsStepProps } from '../../src/react';
import { createSimulator } from '../../src/simulator';
import { createTheme, presets } from '../../src/theme';

afterEach(() => vi.restoreAllMocks());

/** A client answered in-page by a fresh simulator (no network, no MSW worker). */
function simulatorClient(simulator = createSimulator()) {
  return createSignInClient({
    baseUrl: 'https://broker.test',
    fetch: (input, init) => simulator.handle(new Request(input, init)),
  });
}

const rootOf = (container: HTMLElement) => {
  const root = container.querySelector<HTMLElement>('[data-part="root"]');
  if (!root) throw new Error('no root');
  return root;
};

describe('SignInFlow theming', () => {
  it('lays Arabic out right-to-left, mirrored by the stylesheet', async () => {
    const client = simulatorClient();
    const screen = await render(
      <>
        <SignInFlow client={client} locale="en" qrPanel={null} onSuccess={() => undefined} />
        <SignInFlow client={client} locale="ar" qrPanel={null} onSuccess={() => undefined} />
      </>,
    );
    await expect.poll(() => screen.container.querySelectorAll('[data-part="password-toggle"]').length).toBe(2);
    const [en, ar] = Array.from(screen.container.querySelectorAll<HTMLElement>('[data-part="root"]'));
    expect(en?.getAttribute('dir')).toBe('ltr');
    expect(ar?.getAttribute('dir')).toBe('rtl');
    const side = (root: HTMLElement) => {
      const wrapper = root.querySelector('[data-part="password-wrapper"]')!.getBoundingClientRect();
      const toggle = root.querySelector('[data-part="password-toggle"]')!.getBoundingClientRect();
      return toggle.left - wrapper.left < wrapper.right - toggle.right ? 'left' : 'right';
    };
    expect(side(en!)).toBe('right');
    expect(side(ar!)).toBe('left');
    const heading = ar!.querySelector<HTMLElement>('[data-part="heading"]')!;
    const card = ar!.querySelector<HTMLElement>('[data-part="card"]')!;
    // Text starts at the card's right edge (its inline start) in Arabic.
    expect(Math.abs(card.getBoundingClientRect().right - heading.getBoundingClientRect().right)).toBeLessThan(40);
    expect(getComputedStyle(heading).textAlign).toBe('start');
  });

  it('a theme switch reaches the page through the root’s variables alone', async () => {
    const client = simulatorClient();
    const flow = (theme: typeof presets.default) => (
      <SignInFlow client={client} theme={theme} qrPanel={null} onSuccess={() => undefined} />
    );
    const screen = await render(flow(presets.midnight));
    await expect.element(screen.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    const root = rootOf(screen.container);
    const card = screen.container.querySelector<HTMLElement>('[data-part="card"]')!;
    const styleElement = screen.container.querySelector('style[data-b2s-styles]');
    expect(root.style.getPropertyValue('--b2s-theme-radius')).toBe('2px');

    await screen.rerender(flow(presets.meadow));
    expect(root.style.getPropertyValue('--b2s-theme-radius')).toBe('14px');
    expect(getComputedStyle(card).borderTopLeftRadius).toBe('21px');
    await screen.rerender(flow(createTheme({ colorScheme: 'dark' }, presets.meadow)));
    expect(root.style.getPropertyValue('--b2s-theme-scheme')).toBe('dark');
    expect(getComputedStyle(card).backgroundColor).toBe('rgb(16, 32, 23)');
    // Same card and same stylesheet element: nothing was remounted, only variables changed.
    expect(screen.container.querySelector('[data-part="card"]')).toBe(card);
    expect(screen.container.querySelector('style[data-b2s-styles]')).toBe(styleElement);
  });

  it('a host-level switch (data-theme or variables on an ancestor) re-renders nothing at all', async () => {
    const simulator = createSimulator();
    const client = simulatorClient(simulator);
    let renders = 0;
    /** The real credentials screen, counted. */
    function CountedCredentials(props: CredentialsStepProps) {
      renders += 1;
      return <CredentialsStep {...props} />;
    }
    const components = { CredentialsStep: CountedCredentials };
    const screen = await render(
      <div id="host-shell">
        <SignInFlow client={client} components={components} qrPanel={null} onSuccess={() => undefined} />
      </div>,
    );
    await expect.element(screen.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    // The form shows before its wizard arrives: wait until the wizard has been answered and rendered.
    await expect.poll(() => simulator.requestLog().some((entry) => entry.path.endsWith('/signin/wizard'))).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const shell = screen.container.querySelector<HTMLElement>('#host-shell')!;
    const card = screen.container.querySelector<HTMLElement>('[data-part="card"]')!;
    const before = renders;
    shell.setAttribute('data-theme', 'dark');
    expect(getComputedStyle(card).backgroundColor).toBe('rgb(21, 25, 34)');
    shell.style.setProperty('--b2s-dark-bg', '#202020');
    shell.style.setProperty('--b2s-theme-radius', '0px');
    expect(getComputedStyle(card).backgroundColor).toBe('rgb(32, 32, 32)');
    expect(getComputedStyle(card).borderTopLeftRadius).toBe('0px');
    // Give React a chance to do anything it would: it has nothing to do.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(renders).toBe(before);
  });
});
