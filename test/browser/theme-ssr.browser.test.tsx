/**
 * The stylesheet through server rendering (React's server renderer, in the browser so the
 * real CSS is bundled): one plain `<style>`, its CSS unescaped, and it styles the markup.
 */
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { ThemeRoot, packageStylesheet } from '../../src/react/theme';
import { presets } from '../../src/theme';

let host: HTMLDivElement | null = null;
afterEach(() => host?.remove());

describe('PackageStyles under SSR', () => {
  it('renders one unescaped <style> that styles the server HTML as is', () => {
    const html = renderToString(
      <ThemeRoot theme={presets.meadow}>
        <section data-part="card">
          <button data-part="button" type="button">
            Go
          </button>
        </section>
      </ThemeRoot>,
    );
    expect(packageStylesheet.length).toBeGreaterThan(5000);
    expect(html.match(/<style data-b2s-styles="">/g)).toHaveLength(1);
    // Child combinators survive: the CSS is not HTML-escaped.
    expect(html).toContain('> [data-part="input"]');
    expect(html).not.toContain('&gt;');
    // The server HTML, dropped into a page with no client JS, is fully styled.
    host = document.createElement('div');
    host.innerHTML = html;
    document.body.append(host);
    const button = host.querySelector<HTMLElement>('[data-part="button"]')!;
    expect(getComputedStyle(button).backgroundColor).toBe('rgb(21, 128, 61)');
    expect(getComputedStyle(host.querySelector('[data-part="card"]')!).borderTopLeftRadius).toBe('21px');
  });
});
