import { createHash, createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hmacSha1, sha1 } from './sha1';
import { base32Decode, hotp, totp, verifyTotp } from './totp';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const text = (s: string) => new TextEncoder().encode(s);
const filled = (length: number, byte: number) => new Uint8Array(length).fill(byte);

describe('sha1', () => {
  it.each([
    ['', 'da39a3ee5e6b4b0d3255bfef95601890afd80709'],
    ['abc', 'a9993e364706816aba3e25717850c26c9cd0d89d'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '84983e441c3bd26ebaae4aa1f95129e5e54670f1'],
  ])('hashes the FIPS 180 vector %j', (input, expected) => {
    expect(hex(sha1(text(input)))).toBe(expected);
  });

  it('hashes one million "a"', () => {
    expect(hex(sha1(filled(1_000_000, 0x61)))).toBe('34aa973cd4c4daa4f61eeb2bdbad27316534016f');
  });

  it('agrees with node:crypto on every length around the block boundaries', () => {
    for (let length = 0; length <= 130; length++) {
      const input = Uint8Array.from({ length }, (_, i) => (i * 31 + length) & 0xff);
      expect(hex(sha1(input))).toBe(createHash('sha1').update(input).digest('hex'));
    }
  });

  it('agrees with node:crypto on random input (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (input) => {
        expect(hex(sha1(input))).toBe(createHash('sha1').update(input).digest('hex'));
      }),
    );
  });
});

describe('hmacSha1 (RFC 2202 vectors)', () => {
  const vectors: Array<[string, Uint8Array, Uint8Array, string]> = [
    ['1', filled(20, 0x0b), text('Hi There'), 'b617318655057264e28bc0b6fb378c8ef146be00'],
    ['2', text('Jefe'), text('what do ya want for nothing?'), 'effcdf6ae5eb2fa2d27416d5f184df9c259a7c79'],
    ['3', filled(20, 0xaa), filled(50, 0xdd), '125d7342b9ac11cd91a39af48aa17b4f63f175d3'],
    [
      '4',
      Uint8Array.from({ length: 25 }, (_, i) => i + 1),
      filled(50, 0xcd),
      '4c9007f4026250c6bc8414f9bf50c86c2d7235da',
    ],
    ['5', filled(20, 0x0c), text('Test With Truncation'), '4c1a03424b55e07fe7f27be1d58bb9324a9a5a04'],
    [
      '6',
      filled(80, 0xaa),
      text('Test Using Larger Than Block-Size Key - Hash Key First'),
      'aa4ae5e15272d00e95705637ce8a3b55ed402112',
    ],
    [
      '7',
      filled(80, 0xaa),
      text('Test Using Larger Than Block-Size Key and Larger Than One Block-Size Data'),
      'e8e99d0f45237d786d6bbaa7965c7808bbff1a91',
    ],
  ];
  it.each(vectors)('test case %s', (_name, key, data, expected) => {
    expect(hex(hmacSha1(key, data))).toBe(expected);
  });

  it('agrees with node:crypto (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), fc.uint8Array({ maxLength: 200 }), (key, data) => {
        expect(hex(hmacSha1(key, data))).toBe(createHmac('sha1', key).update(data).digest('hex'));
      }),
    );
  });
});

describe('TOTP (RFC 6238 appendix B, SHA-1)', () => {
  // The RFC's SHA-1 seed is the ASCII "12345678901234567890"; this is its base32 form.
  const seed = text('12345678901234567890');
  const seedBase32 = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
  const vectors: Array<[number, string]> = [
    [59, '94287082'],
    [1111111109, '07081804'],
    [1111111111, '14050471'],
    [1234567890, '89005924'],
    [2000000000, '69279037'],
    [20000000000, '65353130'],
  ];

  it('decodes the base32 seed', () => {
    expect(base32Decode(seedBase32)).toEqual(seed);
    expect(base32Decode('gezd gnbv-gy3t qojq gezd gnbv gy3t qojq')).toEqual(seed);
    expect(() => base32Decode('GEZ1')).toThrow(/base32/);
  });

  it.each(vectors)('at T=%i s: 8 digits %s', (seconds, expected) => {
    expect(hotp(seed, Math.floor(seconds / 30), 8)).toBe(expected);
    // Six digits are the same number modulo 10^6.
    expect(totp(seedBase32, seconds * 1000)).toBe(expected.slice(2));
  });

  it('accepts one step of drift either way and rejects two', () => {
    const now = 1_700_000_000_000;
    const at = (steps: number) => totp(seedBase32, now + steps * 30_000);
    expect(verifyTotp(seedBase32, at(0), now)).toBe(true);
    expect(verifyTotp(seedBase32, at(-1), now)).toBe(true);
    expect(verifyTotp(seedBase32, at(1), now)).toBe(true);
    // Guard against a chance collision making the "rejected" assertions vacuous.
    expect(new Set([at(-2), at(-1), at(0), at(1), at(2)]).size).toBe(5);
    expect(verifyTotp(seedBase32, at(-2), now)).toBe(false);
    expect(verifyTotp(seedBase32, at(2), now)).toBe(false);
  });
});
