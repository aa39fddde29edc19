/**
 * Theming on the real `<SignInFlow>` in Chromium, with the package stylesheet linked as a host
 * does: Arabic lays out right-to-left, and a theme switch at runtime is CSS variables only
 * (nothing remounts, no step re-renders; a host-level switch re-renders nothing at all).
 */
import { Profiler } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { render } from 'vitest-browser-react';
import { createSignInClient } from '../../src/core/client/create-client';
import { CredentialsStep, SignInFlow, type CredentialsStepProps } from '../../src/react';
import { createSimulator } from '../../src/simulator';
import { createTheme, presets } from '../../src/theme';
import { linkPackageStylesheet } from '../support/package-stylesheet';

let unlinkPackage: () => void;
beforeAll(() => {
  unlinkPackage = linkPackageStylesheet();
});
afterAll(() => unlinkPackage());
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
    expect(root.style.getPropertyValue('--b2s-theme-radius')).toBe('2px');

    await screen.rerender(flow(presets.meadow));
    expect(root.style.getPropertyValue('--b2s-theme-radius')).toBe('14px');
    expect(getComputedStyle(card).borderTopLeftRadius).toBe('21px');
    await screen.rerender(flow(createTheme({ colorScheme: 'dark' }, presets.meadow)));
    expect(root.style.getPropertyValue('--b2s-theme-scheme')).toBe('dark');
    expect(getComputedStyle(card).backgroundColor).toBe('rgb(16, 32, 23)');
    // Same card: nothing was remounted, only variables changed. No <style> in the flow.
    expect(screen.container.querySelector('[data-part="card"]')).toBe(card);
    expect(screen.container.querySelector('style')).toBeNull();
    // Back to no theme at all: no variables on the root, the stylesheet's defaults show.
    await screen.rerender(<SignInFlow client={client} qrPanel={null} onSuccess={() => undefined} />);
    expect(root.style.length).toBe(0);
    expect(getComputedStyle(card).borderTopLeftRadius).toBe('12px');
  });

  it('a theme prop change re-renders the root only: no step renders, the logo updates', async () => {
    const simulator = createSimulator();
    const client = simulatorClient(simulator);
    let stepRenders = 0;
    let flowRenders = 0;
    /** The real credentials screen, counted. */
    function CountedCredentials(props: CredentialsStepProps) {
      stepRenders += 1;
      return <CredentialsStep {...props} />;
    }
    // Stable host props, as a host keeps them; `onSuccess` is a new closure each render, as hosts write it.
    const components = { CredentialsStep: CountedCredentials };
    const flow = (theme?: typeof presets.default) => (
      <Profiler id="flow" onRender={() => (flowRenders += 1)}>
        <SignInFlow client={client} theme={theme} components={components} qrPanel={null} onSuccess={() => undefined} />
      </Profiler>
    );
    const screen = await render(flow(presets.midnight));
    await expect.element(screen.getByRole('heading', { name: 'Sign in' })).toBeVisible();
    await expect.poll(() => simulator.requestLog().some((entry) => entry.path.endsWith('/signin/wizard'))).toBe(true);
    // Settled: no step render for 200 ms (the wizard's answer and anything it loads after paint).
    await expect
      .poll(async () => {
        const seen = stepRenders;
        await new Promise((resolve) => setTimeout(resolve, 200));
        return stepRenders === seen;
      })
      .toBe(true);
    const root = rootOf(screen.container);
    expect(screen.getByRole('img', { name: 'Midnight Capital' }).element()).toBeVisible();
    const stepsBefore = stepRenders;
    const flowBefore = flowRenders;

    for (const theme of [presets.meadow, createTheme({ colorScheme: 'dark' }, presets.meadow), undefined, presets.midnight]) {
      await screen.rerender(flow(theme));
    }
    expect(flowRenders).toBeGreaterThan(flowBefore); // the root did re-render, four times
    expect(stepRenders).toBe(stepsBefore);
    // ...and still every change reached the page: variables on the root, the logo through its context.
    expect(root.style.getPropertyValue('--b2s-theme-radius')).toBe('2px');
    await screen.rerender(flow(presets.meadow));
    expect(screen.getByRole('img', { name: 'Meadow Pay' }).element()).toBeVisible();
    await screen.rerender(flow(undefined));
    expect(screen.container.querySelector('[data-part="logo"]')).toBeNull();
    expect(stepRenders).toBe(stepsBefore);
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
