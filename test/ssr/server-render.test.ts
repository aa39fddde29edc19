/**
 * The built package on a server: every entry imports in plain Node with no DOM (a `window.x`
 * anywhere at module level would throw there) and leaves the browser globals undefined;
 * `renderToString(<SignInFlow/>)` is deterministic and is a skeleton of the credentials form.
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
    expect(result.entries['b2core-sign-in/simulator']).toEqual(expect.arrayContaining(['createSimulator', 'createSimulatorHandlers']));
    expect(result.entries['b2core-sign-in/simulator/node']).toEqual(expect.arrayContaining(['startSimulatorServer']));
  });

  it('touches no window/document: the browser globals stay undefined through import and render', () => {
    const undefinedEverywhere = Object.fromEntries(Object.keys(result.before).map((name) => [name, 'undefined']));
    expect(result.before).toEqual(undefinedEverywhere);
    expect(result.afterImport).toEqual(undefinedEverywhere);
    expect(result.afterRender).toEqual(undefinedEverywhere);
  });
});

describe('server: renderToString(<SignInFlow baseUrl="" onSuccess/>)', () => {
  it('is the same string twice', () => {
    expect(result.html[0]).toBe(result.html[1]);
  });

  it('is the loading card with a skeleton of the credentials form: two fields and a button, inert', () => {
    const [html] = result.html;
    expect(html).toMatch(/^<div data-part="root" data-step="loading"/);
    expect(html).toContain('<style data-b2s-styles="">');
    expect(html).toContain('Loading sign-in…');
    const skeleton = /<div data-part="form" data-state="skeleton" aria-hidden="true">(.*?)<\/div><\/div><\/section>/.exec(html)?.[1] ?? '';
    expect(skeleton.match(/<input data-part="input" disabled="" tabindex="-1"\/>/g)).toHaveLength(2);
    expect(skeleton).toContain('data-part="password-wrapper"');
    expect(skeleton).toMatch(/<button data-part="button" type="button" data-variant="primary" disabled="" tabindex="-1">/);
    // Nothing to type into or submit, and no text a test or a screen reader could mistake for the form.
    expect(skeleton).not.toMatch(/autocomplete|type="password"|type="submit"|name=/);
  });
});
