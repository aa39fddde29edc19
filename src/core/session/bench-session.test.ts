/** The bench functions themselves, at a small scale, so `npm run bench` cannot silently rot. */
import { describe, expect, it } from 'vitest';
import { measureConcurrent401, measureRefreshes } from '../../test-support/session/bench-session';

describe('session bench', () => {
  it('20 concurrent 401s over 3 tabs → one network refresh, 20 successes after one replay each', async () => {
    const result = await measureConcurrent401({ requests: 20, tabs: 3 });
    expect(result).toEqual({ networkRefreshes: 1, succeeded: 20, protectedCalls: 40 });
  });

  it('5-minute tokens over 2 simulated hours, 2 tabs: ~13 refreshes an hour, never above the limit', async () => {
    const result = await measureRefreshes({ hours: 2, accessLifetimeMinutes: 5, tabs: 2 });
    expect(result.failed).toBe(0);
    expect(result.refreshesPerHour).toBeGreaterThanOrEqual(12);
    expect(result.refreshesPerHour).toBeLessThanOrEqual(15);
    expect(result.maxPerMinute).toBeLessThanOrEqual(1);
    expect(result.finalStates).toEqual(['signed-in', 'signed-in']);
  });
});
