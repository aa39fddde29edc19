/**
 * `<QrApprove>` is its own chunk in real host builds: a phone page importing only it gets no
 * qrcode.react and no QR panel, the camera code only through a dynamic import, and a host
 * rendering `<SignInFlow>` never gets `<QrApprove>`, not even lazily.
 */
import { describe, expect, it } from 'vitest';
import { buildHost, packagesOf } from './support/build-host';

const ownModules = (ids: string[], pattern: RegExp) => ids.filter((id) => /\/dist\//.test(id) && pattern.test(id));

describe('<QrApprove> chunking', () => {
  it('a host importing only QrApprove from ./qr gets neither qrcode.react nor the panel; the camera is lazy', async () => {
    const host = await buildHost(
      'qr-approve-only',
      `import { createRoot } from 'react-dom/client';
       import { SessionProvider, createSignInClient } from 'b2core-sign-in';
       import { QrApprove } from 'b2core-sign-in/qr';
       const client = createSignInClient({ baseUrl: '' });
       createRoot(document.getElementById('root')).render(
         <SessionProvider client={client}><QrApprove client={client} /></SessionProvider>,
       );`,
    );
    const all = [...host.initialModules, ...host.lazyModules];
    expect(packagesOf(all)).not.toContain('qrcode.react');
    expect(ownModules(all, /\/dist\/qr-panel/)).toEqual([]);
    // It did bundle QrApprove (not a vacuous pass), and the camera scanner only behind import().
    expect(ownModules(host.initialModules, /\/dist\/qr-approve-/).length).toBeGreaterThan(0);
    expect(ownModules(host.initialModules, /camera-scanner/)).toEqual([]);
    expect(ownModules(host.lazyModules, /camera-scanner/).length).toBe(1);
  });

  it('a host rendering <SignInFlow> never loads QrApprove or the camera code, even lazily', async () => {
    const host = await buildHost(
      'flow-without-approve',
      `import { createRoot } from 'react-dom/client';
       import { SignInFlow } from 'b2core-sign-in';
       createRoot(document.getElementById('root')).render(<SignInFlow baseUrl="" onSuccess={() => undefined} />);`,
    );
    const all = [...host.initialModules, ...host.lazyModules];
    expect(ownModules(all, /\/dist\/(qr-approve|camera-scanner|create-qr-approve)/)).toEqual([]);
    // The lazy QR panel is still there.
    expect(packagesOf(host.lazyModules)).toContain('qrcode.react');
  });
});
