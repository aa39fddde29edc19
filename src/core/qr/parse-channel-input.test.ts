import { describe, expect, it } from 'vitest';
import { parseChannelInput } from './parse-channel-input';
import { CHANNEL } from '../../test-support/qr/fake-approve-client';

const page = { pageOrigin: 'https://my.broker.com' };

describe('parseChannelInput', () => {
  it('takes a bare id of the expected shape, trimmed', () => {
    expect(parseChannelInput(`  ${CHANNEL}\n`, page)).toEqual({ ok: true, channelId: CHANNEL });
    expect(parseChannelInput('abc_DEF-12', page)).toEqual({ ok: true, channelId: 'abc_DEF-12' });
  });

  it('refuses ids of another shape', () => {
    for (const bad of ['', 'short', 'a b c d e f g h', '../../etc/passwd', '<img src=x onerror=alert(1)>', 'x'.repeat(129), '-startsWithDash']) {
      expect(parseChannelInput(bad, page), bad).toEqual({ ok: false, error: 'invalid' });
    }
  });

  it('takes a same-origin link and links from allowed origins', () => {
    expect(parseChannelInput(`https://my.broker.com/approve?channel=${CHANNEL}`, page)).toEqual({ ok: true, channelId: CHANNEL });
    const options = { ...page, allowedOrigins: ['https://Portal.example:443/'] };
    expect(parseChannelInput(`https://portal.example/x/y?lang=en&channel=${CHANNEL}#top`, options)).toEqual({ ok: true, channelId: CHANNEL });
  });

  it('refuses links from any other origin, even with a good id', () => {
    for (const link of [
      `https://evil.example/approve?channel=${CHANNEL}`,
      `http://my.broker.com/approve?channel=${CHANNEL}`,
      `https://my.broker.com.evil.example/?channel=${CHANNEL}`,
      `https://my.broker.com:8443/?channel=${CHANNEL}`,
    ]) {
      expect(parseChannelInput(link, page), link).toEqual({ ok: false, error: 'foreign-origin' });
    }
    // No page origin and no allow-list: no link is trusted.
    expect(parseChannelInput(`https://my.broker.com/?channel=${CHANNEL}`, { pageOrigin: null })).toEqual({ ok: false, error: 'foreign-origin' });
  });

  it('refuses trusted links without exactly one well-formed channel, and non-http schemes', () => {
    for (const link of [
      'https://my.broker.com/approve',
      'https://my.broker.com/approve?channel=',
      `https://my.broker.com/approve?channel=${CHANNEL}&channel=other-channel-id`,
      'https://my.broker.com/approve?channel=bad%20id%20here',
      `javascript:alert(1)//?channel=${CHANNEL}`,
      `data:text/html,?channel=${CHANNEL}`,
    ]) {
      expect(parseChannelInput(link, page), link).toEqual({ ok: false, error: 'invalid' });
    }
    expect(parseChannelInput(`https://my.broker.com/?channel=${CHANNEL}&pad=${'x'.repeat(3000)}`, page).ok).toBe(false);
  });
});
