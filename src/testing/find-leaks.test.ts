import { describe, expect, it } from 'vitest';
import { findLeaks } from './find-leaks';

describe('findLeaks', () => {
  const sources = { dom: '<p>signed in</p><input value="hunter2-secret">', url: 'http://app.test/?code=123456', console: '' };

  it('names each hit by source and label, never by value', () => {
    expect(findLeaks(sources, { password: 'hunter2-secret', code: '123456', token: 'eyJ.not.here' })).toEqual([
      { source: 'dom', secret: 'password' },
      { source: 'url', secret: 'code' },
    ]);
    expect(findLeaks(sources, ['nothing-here', '123456'])).toEqual([{ source: 'url', secret: '#2' }]);
    expect(JSON.stringify(findLeaks(sources, ['hunter2-secret']))).not.toContain('hunter2');
  });

  it('is clean when no source holds a secret', () => {
    expect(findLeaks(sources, ['654321'])).toEqual([]);
  });

  it('refuses no secrets, and empty or tiny ones that would match by chance', () => {
    expect(() => findLeaks(sources, [])).toThrow('at least one secret');
    expect(() => findLeaks(sources, { code: '' })).toThrow('Secret code must be a string of at least 6 characters');
    expect(() => findLeaks(sources, ['abc'])).toThrow(TypeError);
    expect(() => findLeaks(sources, [undefined as unknown as string])).toThrow(TypeError);
  });
});
