import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../core/session';
import { QrApprove } from '../qr';
import { SessionProvider } from '../session';
import { createFakeApproveClient } from '../../test-support/qr/fake-approve-client';
import { testTokens } from '../../test-support/qr/fake-qr-client';

describe('<QrApprove> on a server (no DOM)', () => {
  it('renders the paste form deterministically, with no camera button and no request', () => {
    expect(typeof window).toBe('undefined');
    const { client, calls } = createFakeApproveClient();
    const session = createSession({ client: { baseUrl: '', refresh: () => new Promise(() => {}), signOut: () => Promise.resolve() }, crossTab: false, start: false });
    session.signIn(testTokens);
    const html = () => renderToString(createElement(SessionProvider, { session }, createElement(QrApprove, { client })));
    const first = html();
    expect(first).toBe(html());
    expect(first).toContain('data-part="qr-approve" data-state="idle"');
    expect(first).toMatch(/<label data-part="label" for="[^"]+">Code or link<\/label>/);
    // Camera support is detected only after hydration, so server and first client render agree.
    expect(first).not.toContain('Scan with camera');
    expect(calls).toEqual([]);
  });
});
