/**
 * The package stylesheet, linked in a styled host page, in real Chromium: it styles only inside
 * its root, host CSS wins wherever the host targets our parts (no !important) while bare element
 * rules (`button { … }`, what resets are made of) stay outside it, an `unstyled`
 * root gets none of it, and the media features (dark, forced colours, reduced motion) do what
 * they say.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cdp } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { ThemeRoot } from '../../src/react/theme';
import { createTheme, presets } from '../../src/theme';
import { linkPackageStylesheet } from '../support/package-stylesheet';
import { PartsSample } from '../../src/test-support/parts-sample';

/** A host stylesheet like a portal's: element rules, utility classes, and rules on our parts. */
const HOST_CSS = `
  body { font-family: "DejaVu Serif", serif; color: rgb(40, 40, 40); }
  button { border-radius: 3px; }
  .card { padding: 11px; background: rgb(250, 250, 240); }
  .host-btn { background-color: rgb(10, 20, 30); }
  [data-part="heading"] { letter-spacing: 3px; }
  [data-part="card"] { border-width: 5px; }
`;

let hostStyle: HTMLStyleElement;
let unlinkPackage: () => void;
beforeEach(() => {
  hostStyle = document.createElement('style');
  hostStyle.textContent = HOST_CSS;
  document.head.append(hostStyle);
  unlinkPackage = linkPackageStylesheet();
});
afterEach(async () => {
  hostStyle.remove();
  unlinkPackage();
  await cdp().send('Emulation.setEmulatedMedia', { features: [] });
});

/** Host markup that must look the same with and without our stylesheet on the page. */
function HostPage() {
  return (
    <div id="host">
      <h1>Portal</h1>
      <p>
        Text with a <a href="#x">link</a>.
      </p>
      <button type="button">Host button</button>
      <input aria-label="host input" />
      <div className="card">A host card</div>
      {/* Zag/Ark/Chakra markup uses the same attribute names: it must stay untouched. */}
      <div data-scope="accordion" data-part="root">
        <div data-part="card">zag card</div>
        <button data-part="button" type="button">
          zag button
        </button>
      </div>
      {/* A lone part outside any root. */}
      <div data-part="message" data-tone="error">
        stray message
      </div>
    </div>
  );
}

/** Every computed property of every host element, as one comparable map. */
function snapshotHost(): Record<string, string> {
  const out: Record<string, string> = {};
  const host = document.getElementById('host');
  if (!host) throw new Error('host page missing');
  [host, ...host.querySelectorAll('*')].forEach((el, i) => {
    const cs = getComputedStyle(el);
    for (const name of Array.from(cs)) out[`${i}:${el.tagName}:${name}`] = cs.getPropertyValue(name);
  });
  return out;
}

const byPart = (root: ParentNode, part: string) => {
  const el = root.querySelector<HTMLElement>(`[data-part="${part}"]`);
  if (!el) throw new Error(`no ${part}`);
  return el;
};

describe('CSS isolation', () => {
  it('changes nothing outside its root', async () => {
    // The host page as it is without the package: no stylesheet of ours, no root.
    unlinkPackage();
    const screen = await render(<HostPage />);
    const before = snapshotHost();
    expect(Object.keys(before).length).toBeGreaterThan(1000);
    unlinkPackage = linkPackageStylesheet();
    await screen.rerender(
      <>
        <HostPage />
        <ThemeRoot theme={presets.midnight}>
          <PartsSample />
        </ThemeRoot>
      </>,
    );
    // The root brings no <style> of its own: the linked sheet is the only one.
    expect(document.querySelectorAll('[data-part="root"] style')).toHaveLength(0);
    // Sanity: our stylesheet and the preset are live inside our root.
    const ours = document.querySelector<HTMLElement>('[data-part="root"]:not([data-scope])')!;
    expect(getComputedStyle(byPart(ours, 'card')).backgroundColor).toBe('rgb(253, 251, 246)');
    const after = snapshotHost();
    const changed = Object.keys(before).filter((k) => before[k] !== after[k]);
    expect(changed).toEqual([]);
  });

  it('styles its own parts, and host rules on those parts win without !important', async () => {
    const screen = await render(
      <ThemeRoot>
        <PartsSample buttonClassName="host-btn" />
      </ThemeRoot>,
    );
    const root = screen.container;
    const button = byPart(root, 'button');
    const secondary = root.querySelector<HTMLElement>('[data-variant="secondary"]')!;
    // A host class on our button beats our background.
    expect(getComputedStyle(button).backgroundColor).toBe('rgb(10, 20, 30)');
    // A bare host element rule (`button { border-radius }`, the stuff of resets) does not reach
    // inside the root: our radius and colours stay. (A class or [data-part] rule would win.)
    expect(getComputedStyle(secondary).borderTopLeftRadius).toBe('8px');
    expect(getComputedStyle(secondary).backgroundColor).toBe('rgb(255, 255, 255)');
    // Host rules on our data-part attributes win too.
    expect(getComputedStyle(byPart(root, 'heading')).letterSpacing).toBe('3px');
    expect(getComputedStyle(byPart(root, 'card')).borderTopWidth).toBe('5px');
    // Our defaults where the host says nothing.
    expect(getComputedStyle(byPart(root, 'card')).backgroundColor).toBe('rgb(255, 255, 255)');
    expect(getComputedStyle(byPart(root, 'code-input')).letterSpacing).not.toBe('normal');
  });

  it('an `unstyled` root gets none of the linked stylesheet; a styled root beside it does', async () => {
    const screen = await render(
      <>
        <ThemeRoot unstyled data-testid="bare">
          <PartsSample />
        </ThemeRoot>
        <ThemeRoot data-testid="styled">
          <PartsSample />
        </ThemeRoot>
      </>,
    );
    const bare = screen.container.querySelector<HTMLElement>('[data-testid="bare"]')!;
    const styled = screen.container.querySelector<HTMLElement>('[data-testid="styled"]')!;
    expect(bare).toHaveAttribute('data-unstyled', '');
    expect(styled).not.toHaveAttribute('data-unstyled');
    // The same parts, the same page, the same sheet: only the styled root is drawn by it.
    expect(getComputedStyle(byPart(styled, 'card')).paddingTop).not.toBe('0px');
    expect(getComputedStyle(byPart(bare, 'card')).paddingTop).toBe('0px');
    expect(getComputedStyle(byPart(styled, 'button')).backgroundColor).toBe('rgb(79, 70, 229)');
    expect(getComputedStyle(byPart(bare, 'button')).backgroundColor).not.toBe('rgb(79, 70, 229)');
    // Not even the tokens or the root's base rules: the host's body font and no variables.
    expect(getComputedStyle(bare).fontFamily).toContain('DejaVu Serif');
    expect(getComputedStyle(bare).getPropertyValue('--b2s-color-primary')).toBe('');
    expect(getComputedStyle(styled).getPropertyValue('--b2s-color-primary')).not.toBe('');
    expect(getComputedStyle(byPart(bare, 'code-input')).letterSpacing).toBe('normal');
  });
});

describe('themes and media', () => {
  it('applies a theme through variables only', async () => {
    const screen = await render(
      <ThemeRoot theme={createTheme({ colors: { primary: '#0f766e' }, radius: 0 })}>
        <PartsSample />
      </ThemeRoot>,
    );
    const primary = byPart(screen.container, 'button');
    expect(getComputedStyle(primary).backgroundColor).toBe('rgb(15, 118, 110)');
    expect(getComputedStyle(primary).borderTopLeftRadius).toBe('0px'); // the theme's, not the host's bare `button` rule
    expect(getComputedStyle(byPart(screen.container, 'card')).borderTopLeftRadius).toBe('0px');
  });

  it('follows prefers-color-scheme, and a forced scheme overrides it', async () => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'dark' }] });
    const screen = await render(
      <>
        <ThemeRoot data-testid="auto">
          <PartsSample />
        </ThemeRoot>
        <ThemeRoot data-testid="forced" theme={createTheme({ colorScheme: 'light' })}>
          <PartsSample />
        </ThemeRoot>
        <div data-theme="light">
          <ThemeRoot data-testid="attr">
            <PartsSample />
          </ThemeRoot>
        </div>
      </>,
    );
    const cardBg = (id: string) =>
      getComputedStyle(byPart(screen.container.querySelector(`[data-testid="${id}"]`)!, 'card')).backgroundColor;
    expect(cardBg('auto')).toBe('rgb(21, 25, 34)');
    expect(cardBg('forced')).toBe('rgb(255, 255, 255)');
    expect(cardBg('attr')).toBe('rgb(255, 255, 255)');
  });

  it('data-theme="dark" on the root or an ancestor forces dark', async () => {
    const screen = await render(
      <>
        <ThemeRoot data-testid="self" data-theme="dark">
          <PartsSample />
        </ThemeRoot>
        <div data-theme="dark">
          <ThemeRoot data-testid="ancestor">
            <PartsSample />
          </ThemeRoot>
        </div>
      </>,
    );
    for (const id of ['self', 'ancestor']) {
      const root = screen.container.querySelector<HTMLElement>(`[data-testid="${id}"]`)!;
      expect(getComputedStyle(byPart(root, 'card')).backgroundColor).toBe('rgb(21, 25, 34)');
      expect(getComputedStyle(root).colorScheme).toBe('dark');
    }
  });

  it('keeps borders and a focus ring under forced colours', async () => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
    const screen = await render(
      <ThemeRoot>
        <PartsSample />
      </ThemeRoot>,
    );
    const button = byPart(screen.container, 'button');
    expect(getComputedStyle(button).borderTopStyle).toBe('solid');
    expect(getComputedStyle(button).borderTopWidth).toBe('1px');
    const input = byPart(screen.container, 'input');
    input.focus({ focusVisible: true } as FocusOptions);
    const cs = getComputedStyle(input);
    expect(cs.outlineStyle).toBe('solid');
    expect(Number.parseFloat(cs.outlineWidth)).toBeGreaterThanOrEqual(2);
    // The QR code keeps its real colours so it still scans.
    expect(getComputedStyle(byPart(screen.container, 'qr-code')).forcedColorAdjust).toBe('none');
  });

  it('stops the spinner under prefers-reduced-motion', async () => {
    const screen = await render(
      <ThemeRoot>
        <PartsSample />
      </ThemeRoot>,
    );
    expect(getComputedStyle(byPart(screen.container, 'spinner')).animationName).toBe('b2s-spin');
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-reduced-motion', value: 'reduce' }] });
    expect(getComputedStyle(byPart(screen.container, 'spinner')).animationName).toBe('none');
  });

  it('a root nested in a themed root inherits the theme (colours, radius, font, scheme)', async () => {
    const theme = createTheme({ colors: { primary: '#0f766e' }, radius: 0, font: 'Georgia, serif', colorScheme: 'dark' });
    const screen = await render(
      <ThemeRoot theme={theme}>
        <ThemeRoot data-testid="inner">
          <PartsSample />
        </ThemeRoot>
      </ThemeRoot>,
    );
    const inner = screen.container.querySelector<HTMLElement>('[data-testid="inner"]')!;
    const card = getComputedStyle(byPart(inner, 'card'));
    expect(card.borderTopLeftRadius).toBe('0px');
    expect(card.backgroundColor).toBe('rgb(21, 25, 34)');
    expect(getComputedStyle(inner).fontFamily).toContain('Georgia');
    expect(getComputedStyle(inner).colorScheme).toBe('dark');
  });

  it('mirrors with dir="rtl" (logical properties)', async () => {
    const screen = await render(
      <>
        <ThemeRoot data-testid="ltr" dir="ltr">
          <PartsSample />
        </ThemeRoot>
        <ThemeRoot data-testid="rtl" dir="rtl">
          <PartsSample />
        </ThemeRoot>
      </>,
    );
    const toggleSide = (id: string) => {
      const root = screen.container.querySelector<HTMLElement>(`[data-testid="${id}"]`)!;
      const wrapper = byPart(root, 'password-wrapper').getBoundingClientRect();
      const toggle = byPart(root, 'password-toggle').getBoundingClientRect();
      return toggle.left - wrapper.left < wrapper.right - toggle.right ? 'left' : 'right';
    };
    expect(toggleSide('ltr')).toBe('right');
    expect(toggleSide('rtl')).toBe('left');
  });
});
