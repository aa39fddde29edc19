import { describe, expect, it } from 'vitest';
import { shouldAutoSubmit } from './code-auto-submit';

describe('shouldAutoSubmit: waits after a wrong code', () => {
  it('a complete code submits by itself when nothing was refused', () => {
    expect(shouldAutoSubmit('123456', null)).toBe(true);
    expect(shouldAutoSubmit('12345', null)).toBe(false);
    expect(shouldAutoSubmit('1234', null, 4)).toBe(true);
  });

  it('the refused code does not submit again by itself; an edited one does', () => {
    expect(shouldAutoSubmit('123456', '123456')).toBe(false);
    expect(shouldAutoSubmit('123457', '123456')).toBe(true);
    expect(shouldAutoSubmit('12345', '123456')).toBe(false);
  });
});
