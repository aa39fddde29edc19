/**
 * The built package on a server: every entry imports in plain Node with no DOM (a `window.x`
 * anywhere at module level would throw there) and leaves the browser globals undefined;
 * `renderToString(<SignInFlow/>)` is deterministic and is the real credentials form (submit
 * disabled until hydration).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

interface ServerRender {
  before: Record<string, string>;
  afterImport: Record<string, string>;
  afterRender: Record<string, string>;
  entries: Record<string, string[]>;
  html: [string, string];
}

let result: ServerRender;
beforeAll(() => {
  // A child process: real Node ESM resolution of `b2core-sign-in/*` through package.json exports.
  const script = fileURLToPath(new URL('./fixtures/server-render.mjs', import.meta.url));
  result = JSON.parse(execFileSync(process.execPath, [script], { encoding: 'utf8' })) as ServerRender;
});

describe('server: importing every entry', () => {
  it('resolves each public entry by package name and finds its main exports', () => {
    expect(result.entries['b2core-sign-in']).toEqual(expect.arrayContaining(['SignInFlow', 'SessionProvider', 'useSignInFlow']));
    expect(result.entries['b2core-sign-in/qr']).toEqual(expect.arrayContaining(['QrPanel', 'QrSignIn']));
    expect(result.entries['b2core-sign-in/core']).toEqual(expect.arrayContaining(['createSignInClient', 'createSession']));
    expect(result.entries['b2core-sign-in/theme']).toEqual(expect.arrayContaining(['createTheme', 'presets', 'defaultTheme']));
    expect(result.entries['b2core-sign-in/simulator']).toEqual(expect.arrayContaining(['createSimulator', 'createSimulatorHandlers']));
    expect(result.entries['b2core-sign-in/simulator/node']).toEqual(expect.arrayContaining(['startSimulatorServer']));
    // The custom element's bundle imports without a DOM too (and defines nothing there).
    expect(result.entries['b2core-sign-in/element']).toEqual(expect.arrayContaining(['SignInElement', 'defineSignInElement']));
  });

  it('touches no window/document: the browser globals stay undefined through import and render', () => {
    const undefinedEverywhere = Object.fromEntries(Object.keys(result.before).map((name) => [name, 'undefined']));
    expect(result.before).toEqual(undefinedEverywhere);
    expect(result.afterImport).toEqual(undefinedEverywhere);
    expect(result.afterRender).toEqual(undefinedEverywhere);
  });
});

describe('server: renderToString(<SignInFlow baseUrl="" onSuccess forgotPasswordUrl/>)', () => {
  it('is the same string twice', () => {
    expect(result.html[0]).toBe(result.html[1]);
  });

  it('is the real credentials form: heading, labelled email and password with autocomplete, the toggle and the submit', () => {
    const [html] = result.html;
    expect(html).toMatch(/^<div data-part="root" data-step="credentials"/);
    // No inline <style> (strict CSP): the host links b2core-sign-in/styles.css. No theme, no variables.
    expect(html).not.toContain('<style');
    expect(html).not.toMatch(/^<div[^>]* style=/);
    expect(html).toMatch(/<h2 data-part="heading" id="([^"]+)" tabindex="-1">Sign in<\/h2>/);
    expect(html).not.toContain('data-state="skeleton"');
    expect(html).not.toContain('Loading sign-in…');
    const form = /<form data-part="form" noValidate="">(.*?)<\/form>/.exec(html)?.[1] ?? '';
    const email = /<label data-part="label" for="([^"]+)">Email<\/label><input ([^>]*)\/>/.exec(form);
    const password = /<label data-part="label" for="([^"]+)">Password<\/label><div data-part="password-wrapper"><input ([^>]*)\/>/.exec(form);
    // Each label points at its own input.
    expect(email?.[2]).toContain(`id="${email?.[1]}"`);
    expect(email?.[2]).toMatch(/type="email"[^]*autoComplete="username"|autoComplete="username"[^]*type="email"/);
    expect(password?.[2]).toContain(`id="${password?.[1]}"`);
    expect(password?.[2]).toContain('type="password"');
    expect(password?.[2]).toContain('autoComplete="current-password"');
    // Editable from the start; never a value attribute (nothing typed is ever in the markup).
    expect(`${email?.[2]} ${password?.[2]}`).not.toMatch(/disabled|value=|tabindex="-1"/);
    // The eye button: named by what a press does, its icon hidden from assistive technology.
    expect(form).toMatch(/<button data-part="password-toggle" type="button"><svg [^>]*aria-hidden="true".*?<\/svg><span style="[^"]*">Show password<\/span><\/button>/);
    // The submit is there, disabled in the server HTML only: before hydration, Enter must not
    // send a native GET with the password in the URL. Hydration enables it.
    expect(form).toMatch(/<button data-part="button" disabled="" type="submit" data-variant="primary">Sign in<\/button>$/);
    // Nothing that needs the wizard's options: no captcha, recovery link or QR panel yet.
    expect(html).not.toMatch(/data-part="(recaptcha|qr-panel|divider)"|Forgot password\?/);
  });
});
