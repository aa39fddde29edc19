/**
 * The package stylesheet next to the common global resets, in real Chromium, with no extra CSS
 * from the host: create-next-app's globals.css (unlayered `* { padding: 0; margin: 0 }`),
 * Tailwind v4's preflight (in `@layer base`, as `@import "tailwindcss"` puts it) and
 * modern-normalize. Each is loaded before and after our sheet. The flow's parts must draw exactly
 * as without the reset, host CSS aimed at a part (a class, a Tailwind utility, a
 * `[data-part]` selector) still wins without !important, and nothing outside the root changes.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-react';
import nextGlobals from '../../examples/next-app/app/globals.css?inline';
import modernNormalize from 'modern-normalize/modern-normalize.css?inline';
import preflight from 'tailwindcss/preflight.css?inline';
import { ThemeRoot } from '../../src/react/theme';
import { linkPackageStylesheet } from '../support/package-stylesheet';
import { PartsSample } from '../../src/test-support/parts-sample';

/** Tailwind v4's `@import "tailwindcss"`: its layer order, preflight inside `base`. */
const tailwindPreflight = `@layer theme, base, components, utilities;\n@layer base {\n${preflight}\n}`;

const resets: [name: string, css: string, hostClass: string][] = [
  // Host classes as each host writes them: plain (unlayered) CSS, or a Tailwind utility.
  ["create-next-app's globals.css", nextGlobals, '.host-btn { background-color: rgb(10, 20, 30); padding-inline: 31px; }'],
  ["Tailwind v4's preflight", tailwindPreflight, '@layer utilities { .host-btn { background-color: rgb(10, 20, 30); padding-inline: 31px; } }'],
  ['modern-normalize', modernNormalize, '.host-btn { background-color: rgb(10, 20, 30); padding-inline: 31px; }'],
];

/** What "flattened" would show: box model, type and colours of every element in the root. */
const LOOK = [
  'box-sizing', 'display', 'margin-top', 'margin-right', 'margin-bottom', 'margin-left',
  'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width',
  'border-top-left-radius', 'border-top-color', 'background-color', 'color',
  'font-size', 'font-weight', 'line-height', 'letter-spacing', 'text-decoration-line', 'list-style-type', 'gap', 'width', 'height',
];

/** Parts and elements PartsSample lacks that resets like to touch: the QR steps list, a link. */
function MoreParts() {
  return (
    <div data-part="qr-panel" data-state="showing">
      <ol data-part="description">
        <li>Open the app on your phone.</li>
        <li>
          Scan the code, or <a href="#help">get help</a>.
        </li>
      </ol>
    </div>
  );
}

const added: HTMLElement[] = [];
/** Appends a `<style>` to `<head>` (taken off after each test). */
function addStyle(css: string): void {
  const element = document.createElement('style');
  element.textContent = css;
  document.head.append(element);
  added.push(element);
}
afterEach(() => {
  added.splice(0).forEach((element) => element.remove());
});

/** The computed look of `root` and everything in it, keyed by element index, tag and property. */
function lookOf(root: Element): Record<string, string> {
  const out: Record<string, string> = {};
  [root, ...root.querySelectorAll('*')].forEach((el, i) => {
    const cs = getComputedStyle(el);
    for (const name of LOOK) out[`${i}:${el.tagName}:${el.getAttribute('data-part') ?? ''}:${name}`] = cs.getPropertyValue(name);
  });
  return out;
}

const diff = (a: Record<string, string>, b: Record<string, string>) =>
  Object.keys(a).filter((key) => a[key] !== b[key]).map((key) => `${key}: ${a[key]} → ${b[key]}`);

const part = (root: ParentNode, name: string) => root.querySelector<HTMLElement>(`[data-part="${name}"]`)!;

/** Host markup outside our root, to check that the package changes nothing there. */
function HostPage() {
  return (
    <div id="host">
      <h1>Portal</h1>
      <p>
        Text with a <a href="#x">link</a>.
      </p>
      <button type="button">Host button</button>
      <input aria-label="host input" />
    </div>
  );
}

function hostLook(): Record<string, string> {
  const host = document.getElementById('host');
  if (!host) throw new Error('host page missing');
  return lookOf(host);
}

describe.each(resets)('next to %s', (_name, resetCss, hostClassCss) => {
  it.each(['before', 'after'] as const)('draws the card as without the reset (reset linked %s ours)', async (order) => {
    const unlink = linkPackageStylesheet();
    try {
      const screen = await render(
        <ThemeRoot>
          <PartsSample />
          <MoreParts />
        </ThemeRoot>,
      );
      const root = screen.container.querySelector('[data-part="root"]')!;
      const own = lookOf(root);
      // The package's own look is not nothing: a padded, bordered card and padded inputs.
      expect(Number.parseFloat(own['1:DIV:card:padding-top'] ?? '0')).toBeGreaterThan(16);
      expect(own['1:DIV:card:border-top-width']).toBe('1px');

      if (order === 'before') {
        unlink();
        addStyle(resetCss);
        linkPackageStylesheet();
      } else addStyle(resetCss);
      const input = part(root, 'input');
      expect(Number.parseFloat(getComputedStyle(input).paddingInlineStart)).toBeGreaterThan(4);
      expect(diff(own, lookOf(root))).toEqual([]);
    } finally {
      document.querySelectorAll('style[data-test-stylesheet]').forEach((element) => element.remove());
    }
  });

  it('lets a host class on a part, and a rule on [data-part], win without !important', async () => {
    addStyle(resetCss);
    const unlink = linkPackageStylesheet();
    addStyle(`${hostClassCss}\n[data-part="card"] { border-width: 5px; }\n[data-part="heading"] { letter-spacing: 3px; }`);
    try {
      const screen = await render(
        <ThemeRoot>
          <PartsSample buttonClassName="host-btn" />
        </ThemeRoot>,
      );
      const button = part(screen.container, 'button');
      expect(getComputedStyle(button).backgroundColor).toBe('rgb(10, 20, 30)');
      expect(getComputedStyle(button).paddingInlineStart).toBe('31px');
      expect(getComputedStyle(part(screen.container, 'card')).borderTopWidth).toBe('5px');
      expect(getComputedStyle(part(screen.container, 'heading')).letterSpacing).toBe('3px');
      // The parts the host said nothing about keep ours.
      const secondary = screen.container.querySelector<HTMLElement>('[data-variant="secondary"]')!;
      expect(getComputedStyle(secondary).paddingInlineStart).not.toBe('31px');
      expect(getComputedStyle(secondary).paddingInlineStart).not.toBe('0px');
    } finally {
      unlink();
    }
  });

  it('changes nothing outside its root', async () => {
    addStyle(resetCss);
    const screen = await render(<HostPage />);
    const before = hostLook();
    const unlink = linkPackageStylesheet();
    try {
      await screen.rerender(
        <>
          <HostPage />
          <ThemeRoot>
            <PartsSample />
          </ThemeRoot>
        </>,
      );
      expect(getComputedStyle(part(screen.container, 'card')).paddingTop).not.toBe('0px');
      expect(diff(before, hostLook())).toEqual([]);
    } finally {
      unlink();
    }
  });
});
