import { describe, expect, it } from 'vitest';
import { measureQrRequestRates } from './bench-qr';

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
