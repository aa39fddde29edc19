/**
 * A real QR decoder (jsQR) reads the code as the first screen shows it: `<SignInFlow>` with the
 * package stylesheet in Chromium, light and dark, on a desktop and at 320 px. The tile is taken
 * as composited pixels (an element screenshot: the white tile, its padding, the expiry ring, the
 * page around its rounded corners), decoded dark-on-light only, and must give back exactly what
 * the panel encodes. The same pixels with a finder pattern painted over must not decode, so a
 * pass means the decoder really read the code. (At 1280×800 Vitest's runner shows the page
 * scaled to fit its window, so the desktop screenshot is about 0.9× the CSS size: a smaller
 * image than a phone camera gets, which still decodes.)
 */
import type { ReactElement } from 'react';
import jsQR from 'jsqr';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { createSignInClient } from '../../core/client/create-client';
import { createSimulator } from '../../simulator';
import { createTheme } from '../../theme';
import { linkPackageStylesheet } from '../../../test/support/package-stylesheet';
import { SignInFlow } from '../sign-in-flow';
import { QrPanel } from './qr-panel';

let unlinkPackage: () => void;
beforeAll(() => {
  unlinkPackage = linkPackageStylesheet();
  document.body.style.margin = '0';
});
afterAll(() => unlinkPackage());
afterEach(() => page.viewport(1280, 800));

/** A simulator client that remembers the id of every QR channel it handed out. */
function recordingClient() {
  const simulator = createSimulator();
  const channelIds: string[] = [];
  const client = createSignInClient({
    baseUrl: 'https://broker.test',
    fetch: async (input, init) => {
      const request = new Request(input, init);
      const response = await simulator.handle(request);
      if (request.method === 'GET' && new URL(request.url).pathname.endsWith('/signin/qrcodes')) {
        const body = (await response.clone().json()) as { id: string };
        channelIds.push(body.id);
      }
      return response;
    },
  });
  return { client, channelIds };
}

/** The tile's pixels as the page paints them (device pixels), on a canvas. */
async function tilePixels(tile: HTMLElement): Promise<CanvasRenderingContext2D> {
  const base64 = await page.screenshot({ element: tile, save: false });
  const image = new Image();
  image.src = `data:image/png;base64,${base64}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth;
  canvas.height = image.naturalHeight;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('no 2d context');
  context.drawImage(image, 0, 0);
  return context;
}

/** jsQR over the whole canvas; dark-on-light only, as the tile is meant to be read. */
function decode(context: CanvasRenderingContext2D): string | null {
  const { width, height } = context.canvas;
  const { data } = context.getImageData(0, 0, width, height);
  return jsQR(data, width, height, { inversionAttempts: 'dontInvert' })?.data ?? null;
}

/** Whether the pixel at (x, y) is clearly not the tile's white (the ring's stroke is). */
function painted(context: CanvasRenderingContext2D, x: number, y: number): boolean {
  const [r = 255, g = 255, b = 255] = context.getImageData(Math.round(x), Math.round(y), 1, 1).data;
  return Math.min(r, g, b) < 225;
}

const part = (name: string, within: ParentNode = document) => within.querySelector<HTMLElement>(`[data-part="${name}"]`)!;
const log = (fact: string) => console.info(`[qr-decode] ${fact}`);

const cases = [
  { scheme: 'light', width: 1280, height: 800 },
  { scheme: 'dark', width: 1280, height: 800 },
  { scheme: 'light', width: 320, height: 640 },
  { scheme: 'dark', width: 320, height: 640 },
] as const;

/** Renders the flow, opens the QR where the card is narrow, and waits for a code on show. */
async function showCode(ui: ReactElement, width: number) {
  const screen = await render(ui);
  if (width < 640) await screen.getByRole('button', { name: 'Sign in with your phone' }).click();
  await expect.element(screen.getByRole('img', { name: 'QR code to sign in with your phone' })).toBeVisible();
  await expect.poll(() => part('qr-panel').getAttribute('data-state')).toBe('showing');
  const tile = part('qr-code');
  expect(tile.getAttribute('data-state')).toBe('code');
  // What qrcode.react renders: an SVG (QRCodeSVG), inside the tile with the ring's SVG over it.
  expect(tile.querySelector('[role="img"]')?.tagName.toLowerCase()).toBe('svg');
  expect(tile.querySelector('[data-part="qr-ring"]')).not.toBeNull();
  return { screen, tile };
}

/** Paints the code's top-left corner (quiet zone and finder pattern) over in the tile's white. */
function coverFinder(context: CanvasRenderingContext2D, tile: HTMLElement) {
  const box = tile.getBoundingClientRect();
  const code = tile.querySelector('[role="img"]')!.getBoundingClientRect();
  const scale = context.canvas.width / box.width;
  context.fillStyle = '#ffffff';
  // 35 % of the code's side covers the 2-module margin, the 7-module finder and its separator.
  const side = code.width * 0.35 * scale;
  context.fillRect((code.left - box.left) * scale, (code.top - box.top) * scale, side, side);
}

describe('the QR tile decodes with a real decoder', () => {
  it.each(cases)('SignInFlow, $scheme, $width px: decodes to the channel id; a covered finder does not decode', async ({ scheme, width, height }) => {
    await page.viewport(width, height);
    const { client, channelIds } = recordingClient();
    const { screen, tile } = await showCode(
      <SignInFlow client={client} theme={createTheme({ colorScheme: scheme })} onSuccess={() => undefined} />,
      width,
    );
    const context = await tilePixels(tile);
    // The pixels include the expiry ring: full on a fresh code, its stroke runs along the top edge
    // 1.5 % of the side in (qr-ring.tsx), and the tile's middle is white there otherwise.
    const { width: w, height: h } = context.canvas;
    expect(painted(context, w / 2, h * 0.015)).toBe(true);
    expect(painted(context, w / 2, h * 0.05)).toBe(false);
    const decoded = decode(context);
    const box = tile.getBoundingClientRect();
    log(`${scheme} ${width}px: tile ${box.width.toFixed(0)}×${box.height.toFixed(0)} css px, screenshot ${context.canvas.width}×${context.canvas.height}, decoded "${decoded}"`);
    // The panel encodes the channel id by default (no `qrValue`): the one the client received last.
    expect(channelIds.length).toBeGreaterThan(0);
    expect(decoded).toBe(channelIds.at(-1));

    coverFinder(context, tile);
    expect(decode(context)).toBeNull();
    screen.unmount();
  });

  it.each([
    { scheme: 'light', width: 320, height: 640 },
    { scheme: 'dark', width: 320, height: 640 },
  ] as const)('QrPanel with a portal link as qrValue, $scheme, $width px: the denser code decodes to the link', async ({ scheme, width, height }) => {
    await page.viewport(width, height);
    const { client, channelIds } = recordingClient();
    const link = (id: string) => `https://portal.example.com/sign-in/approve?channel=${encodeURIComponent(id)}`;
    const { screen, tile } = await showCode(
      <SignInFlow
        client={client}
        theme={createTheme({ colorScheme: scheme })}
        qrPanel={(flow) => <QrPanel client={flow.client} onSignedIn={flow.receiveTokens} qrValue={(channel) => link(channel.id)} headingLevel={3} />}
        onSuccess={() => undefined}
      />,
      width,
    );
    const context = await tilePixels(tile);
    const decoded = decode(context);
    log(`${scheme} ${width}px link: decoded "${decoded}"`);
    expect(decoded).toBe(link(channelIds.at(-1)!));
    screen.unmount();
  });
});
