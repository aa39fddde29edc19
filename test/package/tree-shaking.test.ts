/**
 * Tree-shaking of the built package in real host builds (Vite/Rolldown, production), read from
 * the module ids of every output chunk: what a page loads first, and what only a dynamic
 * import brings in.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildHost, packagesOf, type HostBuild } from './support/build-host';
import { repoRoot } from './support/paths';

const reactPackages = ['react', 'react-dom', 'scheduler', '@tanstack/react-query', 'react-hook-form', 'qrcode.react', 'react-google-recaptcha'];
const ownModules = (ids: string[], pattern: RegExp) => ids.filter((id) => /\/dist\//.test(id) && pattern.test(id));

/** The text of every JS file a host build loads first (`buildHost` writes to artifacts/hosts/<name>/dist). */
function initialCode(name: string, host: HostBuild): string {
  const initial = new Set<string>();
  const visit = (fileName: string) => {
    if (initial.has(fileName)) return;
    initial.add(fileName);
    host.chunks.find((chunk) => chunk.fileName === fileName)?.imports.forEach(visit);
  };
  host.chunks.filter((chunk) => chunk.isEntry).forEach((chunk) => visit(chunk.fileName));
  const dist = join(repoRoot, 'artifacts/hosts', name, 'dist');
  expect(readdirSync(join(dist, 'assets')).length).toBeGreaterThan(0);
  return [...initial].map((fileName) => readFileSync(join(dist, fileName), 'utf8')).join('\n');
}

/** Markers of theme code: a variable only createTheme writes, and a preset's logo text. */
const createThemeMarker = '--b2s-theme-radius';
const presetMarker = 'Midnight Capital';

describe('a host that imports only ./core', () => {
  it('gets no React code and no UI library at all, even lazily', async () => {
    const host = await buildHost(
      'core-only',
      `import { createSignInClient, createSession } from 'b2core-sign-in/core';
       const client = createSignInClient({ baseUrl: '' });
       console.info(client.baseUrl, typeof createSession);`,
    );
    const all = [...host.initialModules, ...host.lazyModules];
    expect(packagesOf(all).filter((name) => reactPackages.includes(name))).toEqual([]);
    expect(ownModules(all, /\/dist\/(index|qr)\.js$/)).toEqual([]);
    // It did bundle the client (the test would pass vacuously on an empty build otherwise).
    expect(ownModules(all, /create-client/).length).toBe(1);
  });
});

describe('a host rendering <SignInFlow>', () => {
  it('loads qrcode.react and react-google-recaptcha only through dynamic imports', async () => {
    const host = await buildHost(
      'flow',
      `import { createRoot } from 'react-dom/client';
       import { SignInFlow, createGoogleRecaptcha } from 'b2core-sign-in';
       createRoot(document.getElementById('root')).render(
         <SignInFlow baseUrl="" recaptcha={createGoogleRecaptcha('site-key')} onSuccess={() => undefined} />,
       );`,
    );
    const initial = packagesOf(host.initialModules);
    expect(initial).toEqual(expect.arrayContaining(['react', 'react-dom', 'react-hook-form', '@tanstack/react-query']));
    // zod comes after first paint: with the response parsers (first request) and the form schemas.
    expect(initial).not.toContain('zod');
    expect(packagesOf(host.lazyModules)).toContain('zod');
    expect(initial).not.toContain('qrcode.react');
    expect(initial).not.toContain('react-google-recaptcha');
    expect(initial).not.toContain('react-async-script');
    // Both exist, as lazy chunks fetched when a wizard offers QR / enables reCAPTCHA.
    expect(packagesOf(host.lazyModules)).toEqual(expect.arrayContaining(['qrcode.react', 'react-google-recaptcha']));
    // Only zod/mini's core is bundled, not classic zod's API and locales.
    const allModules = [...host.initialModules, ...host.lazyModules];
    expect(allModules.some((id) => /node_modules\/zod\/v4\/classic\//.test(id))).toBe(false);
    expect(allModules.some((id) => /node_modules\/zod\/v4\/locales\/(?!en)/.test(id))).toBe(false);
    // Neither the simulator nor msw reaches a host's page.
    expect(packagesOf([...host.initialModules, ...host.lazyModules])).not.toContain('msw');
    expect(ownModules([...host.initialModules, ...host.lazyModules], /simulator/)).toEqual([]);
  });

  it('with qrPanel={null} and no captcha adapter, the first load is the same minimal set', async () => {
    const host = await buildHost(
      'flow-no-qr',
      `import { createRoot } from 'react-dom/client';
       import { SignInFlow } from 'b2core-sign-in';
       createRoot(document.getElementById('root')).render(<SignInFlow baseUrl="" qrPanel={null} onSuccess={() => undefined} />);`,
    );
    const initial = packagesOf(host.initialModules);
    expect(initial).not.toContain('qrcode.react');
    expect(initial).not.toContain('react-google-recaptcha');
    expect(ownModules(host.initialModules, /\/dist\/qr\.js$/)).toEqual([]);
    // No theme prop, no theme code: neither createTheme (colour maths, contrast audit) nor the presets.
    const code = initialCode('flow-no-qr', host);
    expect(code).toContain('/signin/wizard');
    expect(code).not.toContain(createThemeMarker);
    expect(code).not.toContain(presetMarker);
  });

  it('with createTheme: the theme code comes along, the unused presets do not', async () => {
    const host = await buildHost(
      'flow-create-theme',
      `import { createRoot } from 'react-dom/client';
       import { SignInFlow, createTheme } from 'b2core-sign-in';
       const theme = createTheme({ colors: { primary: '#0f766e' } });
       createRoot(document.getElementById('root')).render(<SignInFlow baseUrl="" theme={theme} qrPanel={null} onSuccess={() => undefined} />);`,
    );
    const code = initialCode('flow-create-theme', host);
    expect(code).toContain(createThemeMarker);
    expect(code).not.toContain(presetMarker);
  });
});
