import { describe, expect, it } from 'vitest';
import { measureQrRequestRates } from '../../test-support/qr/bench-qr';

describe('QR request-rate bench (virtual time)', () => {
  it('stays within 30 a minute while waiting, 0 while hidden, 0 after unmount', async () => {
    const result = await measureQrRequestRates();
    expect(result.waitingPeakPerMinute).toBeLessThanOrEqual(30);
    expect(result.waitingPeakPerMinute).toBeGreaterThanOrEqual(29);
    expect(result.pollsPerMinute).toBe(30);
    expect(result.hiddenPerMinute).toBe(0);
    expect(result.afterUnmountPerMinute).toBe(0);
    expect(result.timersAfterUnmount).toBe(0);
  });
});

describe('bench rows', () => {
  it('reports every QR measure with its target', async () => {
    const { bench } = await import('../../test-support/qr/bench-qr');
    const rows = await bench();
    expect(rows.map((r) => r.target)).toEqual(['≤ 30', '≤ 30', '0', '0', '0']);
    expect(rows.every((r) => r.area === 'qr' && Number.isFinite(r.value))).toBe(true);
  });
});
