import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, stopHarness, type Harness } from './flow-support';

let h: Harness;
/** Another origin (another loopback port) whose page frames the demo; `?src=` is the frame's URL. */
let host: Server;
let hostUrl: string;

async function framedBy(origin: string, query = '') {
  const context = await h.browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/host.html?src=${encodeURIComponent(`${h.demo.url}/${query}`)}`);
  return { context, frame: page.frameLocator('iframe') };
}

describe('the flow inside a frame of another origin (clickjacking)', () => {
  beforeAll(async () => {
    h = await startHarness();
    await h.sim.reset();
    host = createServer((request, response) => {
      const src = new URL(request.url ?? '/', 'http://host').searchParams.get('src') ?? '';
      response.writeHead(200, { 'Content-Type': 'text/html' });
      response.end(`<!doctype html><title>host</title><iframe title="sign-in" src="${src.replace(/"/g, '&quot;')}" width="600" height="800"></iframe>`);
    });
    await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
    hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => host?.close(resolve));
    await stopHarness(h);
  });

  it('shows no credential field, only a link that opens the sign-in in its own tab', async () => {
    const { context, frame } = await framedBy(hostUrl);
    await frame.getByRole('heading', { name: 'Sign in in a new tab' }).waitFor();
    expect(await frame.locator('input').count()).toBe(0);
    const link = frame.getByRole('link', { name: 'Open sign-in in a new tab' });
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('href')).toBe(`${h.demo.url}/`);
    await context.close();
  });

  it('renders the form when the host opts in with allowFraming, and when framed by its own origin', async () => {
    const optedIn = await framedBy(hostUrl, '?allowFraming=1');
    await optedIn.frame.getByLabel('Password', { exact: true }).waitFor();
    await optedIn.context.close();

    // The demo framing itself: same origin, so the form renders.
    const context = await h.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${h.demo.url}/`);
    await page.setContent(`<iframe title="sign-in" src="${h.demo.url}/" width="600" height="800"></iframe>`);
    const frame = page.frameLocator('iframe');
    await frame.getByLabel('Password', { exact: true }).waitFor();
    expect(await frame.getByRole('heading', { name: 'Sign in in a new tab' }).count()).toBe(0);
    await context.close();
  });

  it('our page → a hostile widget (another origin) → the flow: the notice, although top is our origin', async () => {
    const context = await h.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${h.demo.url}/`);
    const widget = `${hostUrl}/host.html?src=${encodeURIComponent(`${h.demo.url}/`)}`;
    await page.setContent(`<iframe title="widget" src="${widget}" width="700" height="900"></iframe>`);
    const flow = page.frameLocator('iframe').frameLocator('iframe');
    await flow.getByRole('heading', { name: 'Sign in in a new tab' }).waitFor();
    expect(await flow.locator('input').count()).toBe(0);
    await context.close();
  });

  it('another origin → our page → the flow (the reverse): the notice', async () => {
    const context = await h.browser.newContext();
    // A page of the demo's origin that only frames the flow, served by the browser's router.
    await context.route(`${h.demo.url}/nest.html`, (route) =>
      route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>nest</title><iframe title="sign-in" src="${h.demo.url}/" width="600" height="800"></iframe>` }),
    );
    const page = await context.newPage();
    await page.goto(`${hostUrl}/host.html?src=${encodeURIComponent(`${h.demo.url}/nest.html`)}`);
    const flow = page.frameLocator('iframe').frameLocator('iframe');
    await flow.getByRole('heading', { name: 'Sign in in a new tab' }).waitFor();
    expect(await flow.locator('input').count()).toBe(0);
    await context.close();
  });

  it('our page → our page → the flow: the form', async () => {
    const context = await h.browser.newContext();
    await context.route(`${h.demo.url}/nest.html`, (route) =>
      route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>nest</title><iframe title="sign-in" src="${h.demo.url}/" width="600" height="800"></iframe>` }),
    );
    const page = await context.newPage();
    await page.goto(`${h.demo.url}/nest.html`);
    const flow = page.frameLocator('iframe');
    await flow.getByLabel('Password', { exact: true }).waitFor();
    expect(await flow.getByRole('heading', { name: 'Sign in in a new tab' }).count()).toBe(0);
    await context.close();
  });
});
