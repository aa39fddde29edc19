/**
 * The shadow root's styles, as constructed stylesheets (`adoptedStyleSheets`): the package
 * stylesheet (the same source as dist/styles.css) and the host box. No `<style>` element and no
 * style attribute: a page whose CSP has no `'unsafe-inline'` for styles renders it the same.
 */
import packageCss from '../theme/styles.css?inline';

/**
 * The element's own box. A custom element is `display: inline` by default; the card wants a
 * block. `hidden` must still hide it (a `display` rule would otherwise beat the attribute).
 */
const hostCss = ':host{display:block}:host([hidden]){display:none}';

let sheets: CSSStyleSheet[] | undefined;

/**
 * The sheets every `<b2core-sign-in>` adopts, parsed once per page and shared by all instances
 * (a constructed sheet may be adopted by any number of shadow roots of its document).
 */
export function elementStyleSheets(): CSSStyleSheet[] {
  if (!sheets) {
    sheets = [packageCss, hostCss].map((css) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      return sheet;
    });
  }
  return sheets;
}
