import { describe, expect, it } from 'vitest';
import { defaultQrApproveMessages, loadQrApproveMessages, peekQrApproveMessages, qrApproveLocales } from './qr-approve';
import { en } from '.';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)(?:\}|, plural,)/g)].map((m) => m[1]).sort();
const keys = Object.keys(defaultQrApproveMessages).sort();

describe('<QrApprove> catalogs', () => {
  it.each(qrApproveLocales.filter((l) => l !== 'en'))('%s has every key, no extra key, same placeholders, and real translations', async (locale) => {
    const messages = await loadQrApproveMessages(locale);
    expect(Object.keys(messages).sort()).toEqual(keys);
    for (const key of keys as (keyof typeof messages)[]) {
      expect(messages[key].trim(), `${locale} ${key}`).not.toBe('');
      expect(placeholders(messages[key]), `${locale} ${key}`).toEqual(placeholders(defaultQrApproveMessages[key]));
      expect(messages[key], `${locale} ${key}`).not.toBe(defaultQrApproveMessages[key]);
    }
    expect(peekQrApproveMessages(`${locale}-XX`)).toBe(messages);
  });

  it('unsupported locales get English; the flow catalog does not carry these keys (not in its bundle)', async () => {
    expect(await loadQrApproveMessages('sv')).toBe(defaultQrApproveMessages);
    expect(keys.some((key) => key in en)).toBe(false);
  });
});
