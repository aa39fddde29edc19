/**
 * Real tabs: N pages of one Chromium context (shared BroadcastChannel, Web Locks and origin)
 * running demo/session-lab.html against the same-origin simulator with 20-second access
 * tokens. The simulator's request log is the oracle. Scenarios 2, 6, 13 and 15 of
 * research/reliability.md. Tabs share the pair only with storage that shares
 * (`?storage=session` here); with the default memory storage each tab keeps its own.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser';
import { startDemoServer, type DemoServer } from '../support/demo-server';

interface LabSnapshot {
  state: string;
  reason: string | null;
  tokenTag: string | null;
  error: string | null;
}
interface LogEntry {
  method: string;
  path: string;
  status: number;
  time: number;
}
interface LabWindow {
  sessionLab?: {
    snapshot(): LabSnapshot;
    signInDemo(): Promise<void>;
    signOut(): Promise<void>;
    profile(): Promise<number>;
    locksHeld(): Promise<number>;
  };
}

let demo: DemoServer;
let browser: Browser;
let context: BrowserContext | null = null;

beforeAll(async () => {
  demo = await startDemoServer();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await demo?.close();
});
beforeEach(async () => {
  await fetch(`${demo.url}/__sim/reset`, { method: 'POST' });
  const config = await fetch(`${demo.url}/__sim/config`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ lifetimes: { accessTokenMs: 20_000 } }),
  });
  expect(config.status).toBe(200);
});
afterEach(async () => {
  await context?.close();
  context = null;
});

async function requests(path: string): Promise<LogEntry[]> {
  const log = (await (await fetch(`${demo.url}/__sim/requests`)).json()) as LogEntry[];
  return log.filter((entry) => entry.path === `/api/v2/my${path}`);
}

async function openTabs(n: number, query = ''): Promise<Page[]> {
  context = await browser.newContext();
  const pages: Page[] = [];
  for (let i = 0; i < n; i++) {
    const page = await context.newPage();
    await page.goto(`${demo.url}/session-lab.html${query}`);
    await page.waitForFunction(() => Boolean((window as LabWindow).sessionLab));
    pages.push(page);
  }
  return pages;
}

const snapshot = (page: Page) => page.evaluate(() => (window as LabWindow).sessionLab!.snapshot());

async function snapshots(pages: Page[]): Promise<LabSnapshot[]> {
  return Promise.all(pages.map(snapshot));
}

/** Polls until every tab satisfies `check`, or fails after `timeoutMs`. */
async function waitForAll(pages: Page[], check: (s: LabSnapshot) => boolean, timeoutMs: number): Promise<LabSnapshot[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const all = await snapshots(pages);
    if (all.every(check)) return all;
    if (Date.now() > deadline) throw new Error(`tabs never got there: ${JSON.stringify(all)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('session across real tabs (one Chromium context)', () => {
  it.each([2, 6])('%i tabs at expiry → one network refresh in total; the others adopt the broadcast pair', async (n) => {
    // jitter=0: every tab is due at the same instant, so only the lock keeps it to one call.
    const pages = await openTabs(n, '?jitter=0&storage=session');
    await pages[0]!.evaluate(() => (window as LabWindow).sessionLab!.signInDemo());
    const first = await waitForAll(pages, (s) => s.state === 'signed-in' && s.tokenTag !== null, 5_000);
    const firstTag = first[0]!.tokenTag;
    expect(new Set(first.map((s) => s.tokenTag))).toEqual(new Set([firstTag]));

    // 20 s tokens: the refresh is due ~10-15 s after sign-in.
    const renewed = await waitForAll(pages, (s) => s.state === 'signed-in' && s.tokenTag !== firstTag, 25_000);
    expect(new Set(renewed.map((s) => s.tokenTag)).size).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 1_000));

    const refreshes = await requests('/refresh');
    expect(refreshes).toHaveLength(1);
    expect(refreshes[0]?.status).toBe(200);
    // Every tab's next API call carries the same, new token.
    for (const page of pages) expect(await page.evaluate(() => (window as LabWindow).sessionLab!.profile())).toBe(200);
    expect(await requests('/profile')).toHaveLength(n);
    expect(await pages[0]!.evaluate(() => (window as LabWindow).sessionLab!.locksHeld())).toBe(0);
  });

  it('sign-out in one tab signs every tab out at once, with one POST /signout', async () => {
    const pages = await openTabs(3, '?storage=session');
    await pages[0]!.evaluate(() => (window as LabWindow).sessionLab!.signInDemo());
    await waitForAll(pages, (s) => s.state === 'signed-in', 5_000);
    await pages[1]!.evaluate(() => (window as LabWindow).sessionLab!.signOut());
    const after = await waitForAll(pages, (s) => s.state === 'signed-out', 2_000);
    expect(after.map((s) => s.reason)).toEqual(['user', 'user', 'user']);
    expect(await requests('/signout')).toHaveLength(1);
    expect(await pages[2]!.getByTestId('state').textContent()).toBe('signed-out');
  });

  it('a dead refresh token signs every tab out once, and nothing calls /refresh again', async () => {
    const pages = await openTabs(2, '?jitter=0&storage=session');
    await pages[0]!.evaluate(() => (window as LabWindow).sessionLab!.signInDemo());
    await waitForAll(pages, (s) => s.state === 'signed-in', 5_000);
    // The server rejects the next refresh as for a revoked refresh token (the page never sees the token).
    const fault = await fetch(`${demo.url}/__sim/config`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ faults: [{ path: '/refresh', count: 1, respond: { status: 401 } }] }),
    });
    expect(fault.status).toBe(200);
    const ended = await waitForAll(pages, (s) => s.state === 'signed-out', 25_000);
    expect(ended.map((s) => s.reason)).toEqual(['refresh-rejected', 'refresh-rejected']);
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(await requests('/refresh')).toHaveLength(1);
  });

  it('default memory storage: a forged hello gets no pair, each tab signs in on its own, sign-out still reaches both', async () => {
    const pages = await openTabs(2);
    await pages[0]!.evaluate(() => (window as LabWindow).sessionLab!.signInDemo());
    await waitForAll([pages[0]!], (s) => s.state === 'signed-in', 5_000);
    // A hostile script in the other tab asks for the pair on every name the session could use.
    const heard = await pages[1]!.evaluate(async () => {
      const names = ['b2core-sign-in', `b2core-sign-in:${location.origin}`];
      const messages: unknown[] = [];
      const channels = names.map((name) => {
        const channel = new BroadcastChannel(name);
        channel.onmessage = (event) => messages.push(event.data);
        channel.postMessage({ type: 'hello', from: 'evil' });
        return channel;
      });
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      for (const channel of channels) channel.close();
      return JSON.stringify(messages);
    });
    expect(heard).not.toContain('"tokens"');
    expect(heard).not.toContain('accessToken');
    expect((await snapshot(pages[1]!)).state).toBe('signed-out');

    await pages[1]!.evaluate(() => (window as LabWindow).sessionLab!.signInDemo());
    const both = await waitForAll(pages, (s) => s.state === 'signed-in', 5_000);
    expect(both[0]!.tokenTag).not.toBe(both[1]!.tokenTag);
    await pages[0]!.evaluate(() => (window as LabWindow).sessionLab!.signOut());
    const after = await waitForAll(pages, (s) => s.state === 'signed-out', 2_000);
    expect(after.map((s) => s.reason)).toEqual(['user', 'user']);
    // Each tab revoked its own pair.
    expect(await requests('/signout')).toHaveLength(2);
  });
});
