import { describe, expect, it } from 'vitest';
import { maskEmail } from './mask-email';

describe('maskEmail', () => {
  it.each([
    ['client@example.com', 'c•••t@example.com'],
    ['abc@example.com', 'a•••c@example.com'],
    // Two characters or fewer: only the first shows, never the whole local part.
    ['ab@example.com', 'a•••@example.com'],
    ['a@example.com', 'a•••@example.com'],
    // No `@`: masked as a local part with nothing after it.
    ['client', 'c•••t'],
    // The last `@` is the separator.
    ['"a@b"@example.com', '"•••"@example.com'],
    ['  client@example.com ', 'c•••t@example.com'],
    ['@example.com', '@example.com'],
    ['', ''],
  ])('%j → %j', (input, masked) => {
    expect(maskEmail(input)).toBe(masked);
  });

  it('counts what a person sees as one character: accents, emoji, non-Latin scripts', () => {
    expect(maskEmail('e\u0301mile@example.fr')).toBe('e\u0301•••e@example.fr');
    expect(maskEmail('👩‍💻dev👍🏽@example.com')).toBe('👩‍💻•••👍🏽@example.com');
    expect(maskEmail('клиент@пример.рф')).toBe('к•••т@пример.рф');
    expect(maskEmail('客户@例子.中国')).toBe('客•••@例子.中国');
  });

  it('never shows more than two characters of the local part', () => {
    const masked = maskEmail('averylongname@example.com');
    expect(masked.replace('@example.com', '').replace(/•/g, '')).toBe('ae');
  });
});
