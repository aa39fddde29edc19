import { describe, expect, it } from 'vitest';
import { methodGlyph } from './method-icon';

describe('methodGlyph', () => {
  it('draws each known method, e-mail included, and a generic key for an admin-added one', () => {
    expect(['google', 'sms', 'email', 'hardware-key', ''].map(methodGlyph)).toEqual(['authenticator', 'sms', 'email', 'generic', 'generic']);
  });
});
