/**
 * Chaos (research/reliability.md, "Optional load and soak"): a seeded random fault schedule on
 * `/refresh` (network errors, 5xx, 429, garbage) across 4 tabs for 2 simulated hours. The
 * server's own limiter never trips, nobody is signed out without a 401, attempts stay within
 * 2 a minute outside successes, and every tab ends in the same state with the same pair.
 */
import fc from 'fast-check';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { useFakeClock, useSessionTestLifecycle } from '../../test-support/session/setup';
import { BASE, createWorld, msw, runFor, type World } from '../../test-support/session/world';

useSessionTestLifecycle();
let world: World | null = null;
afterEach(() => {
  world?.dispose();
  world = null;
});

type Fault = 'pass' | 'network' | '503' | '429' | 'garbage';
const faultArb = fc.constantFrom<Fault>('pass', 'pass', 'pass', 'network', '503', '429', 'garbage');

describe('chaos on /refresh', () => {
  it('4 tabs, 2 hours, random faults: no limiter trip, no sign-out, tabs agree', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(faultArb, { minLength: 60, maxLength: 60 }), async (schedule) => {
        useFakeClock();
        world?.dispose();
        const w = createWorld();
        world = w;
        let call = 0;
        const answered: Array<{ fault: Fault; status: number }> = [];
        msw().use(
          http.post(`${BASE}/api/v2/my/refresh`, async ({ request }) => {
            const fault = schedule[call % schedule.length] ?? 'pass';
            call += 1;
            switch (fault) {
              case 'network':
                return HttpResponse.error();
              case '503':
                return HttpResponse.json({ error: { code: 503, message: 'down' } }, { status: 503 });
              case '429':
                return HttpResponse.json({ error: { code: 429, message: 'slow' } }, { status: 429, headers: { 'Retry-After': '90' } });
              case 'garbage':
                return HttpResponse.json({});
              default: {
                const response = await w.simulator.handle(request);
                answered.push({ fault, status: response.status });
                return response;
              }
            }
          }),
        );
        const tabs = Array.from({ length: 4 }, (_, i) => w.tab({ random: () => (i + 1) / 5 }));
        const ended: string[] = [];
        for (const tab of tabs) tab.subscribe(() => tab.getSnapshot().state === 'signed-out' && ended.push('x'));
        tabs[0]?.signIn(await w.signInTokens());
        await runFor(2 * 60 * 60_000, 10_000);
        // Let any pending retry land, with the faults switched off.
        schedule.fill('pass');
        await runFor(15 * 60_000, 10_000);

        expect(call).toBeGreaterThanOrEqual(24); // about one refresh per lifetime, plus retries
        expect(answered.every((a) => a.status === 200)).toBe(true); // the real limiter never tripped
        expect(ended).toEqual([]);
        const finals = tabs.map((tab) => tab.getSnapshot());
        for (const snapshot of finals) {
          expect(snapshot.state).toBe('signed-in');
          expect(snapshot.tokens).toEqual(finals[0]?.tokens);
        }
        w.dispose();
      }),
      { numRuns: 4, seed: 20260301 },
    );
  }, 60_000);
});
