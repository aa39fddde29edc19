/**
 * Server rendering and the linked stylesheet (React's server renderer, in the browser so the
 * real CSS is at hand): the server HTML carries no `<style>` (strict CSP, cacheable CSS), only
 * the root's attributes, and with the stylesheet linked in the page it is styled as is, before
 * any client JS; an `unstyled` root's HTML is not.
 */
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { ThemeRoot } from '../../src/react/theme';
import { presets } from '../../src/theme';
import { linkPackageStylesheet } from '../support/package-stylesheet';

let host: HTMLDivElement | null = null;
let unlinkPackage: (() => void) | null = null;
afterEach(() => {
  host?.remove();
  unlinkPackage?.();
});

const card = (props: { unstyled?: boolean }) =>
  renderToString(
    <ThemeRoot theme={presets.meadow} unstyled={props.unstyled}>
      <section data-part="card">
        <button data-part="button" type="button">
          Go
        </button>
      </section>
    </ThemeRoot>,
  );

describe('server HTML with the stylesheet linked', () => {
  it('has no <style>, and the linked stylesheet styles it as is', () => {
    const html = card({});
    expect(html).not.toContain('<style');
    expect(html).toMatch(/^<div data-part="root" style="[^"]*--b2s-theme-radius:14px/);
    unlinkPackage = linkPackageStylesheet();
    // The server HTML, dropped into a page with no client JS, is fully styled.
    host = document.createElement('div');
    host.innerHTML = html;
    document.body.append(host);
    const button = host.querySelector<HTMLElement>('[data-part="button"]')!;
    expect(getComputedStyle(button).backgroundColor).toBe('rgb(21, 128, 61)');
    expect(getComputedStyle(host.querySelector('[data-part="card"]')!).borderTopLeftRadius).toBe('21px');
  });

  it('an unstyled root says so in its HTML, and the stylesheet leaves it alone', () => {
    const html = card({ unstyled: true });
    expect(html).toMatch(/^<div data-part="root" data-unstyled=""/);
    unlinkPackage = linkPackageStylesheet();
    host = document.createElement('div');
    host.innerHTML = html;
    document.body.append(host);
    expect(getComputedStyle(host.querySelector('[data-part="button"]')!).backgroundColor).not.toBe('rgb(21, 128, 61)');
    expect(getComputedStyle(host.querySelector('[data-part="card"]')!).borderTopLeftRadius).toBe('0px');
  });
});
