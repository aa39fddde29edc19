import { describe, expect, it } from 'vitest';
import { createFakeFetch, json } from '../../test-support/fake-fetch';
import { signedInExample, twoFactorExample, wizardExample } from '../../test-support/reference-examples';
import { createSignInClient } from './create-client';
import { cleanMethodCaption, isTwoFactorMethodName, MAX_METHOD_CAPTION_LENGTH, methodOfWorkflow } from './two-factor-method';

const UUID = wizardExample.uuid;

function setup(body: unknown = signedInExample) {
  const fake = createFakeFetch(() => json(body));
  const client = createSignInClient({ baseUrl: 'https://api.example.com', fetch: fake.fetch });
  return { client, calls: fake.calls };
}

describe('verifyTwoFactorCode', () => {
  it('posts the code of the e-mail factor to /2fa/email and returns the step', async () => {
    const { client, calls } = setup();
    const step = await client.verifyTwoFactorCode('email', { uuid: UUID, code: '135790' });
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ url: 'https://api.example.com/api/v2/my/2fa/email', method: 'POST', body: { uuid: UUID, code: '135790' } });
    expect(step.tokens?.accessToken.token).toBe(signedInExample.data.accessToken.token);
  });

  it('posts an admin-added method to its own path; google and sms go through the same call', async () => {
    const { client, calls } = setup();
    await client.verifyTwoFactorCode('yubi_key-2', { uuid: UUID, code: '111111' });
    await client.verifyGoogleCode({ uuid: UUID, code: '222222' });
    await client.verifySmsCode({ uuid: UUID, code: '333333' });
    expect(calls.map((c) => new URL(c.url).pathname)).toEqual(['/api/v2/my/2fa/yubi_key-2', '/api/v2/my/2fa/google', '/api/v2/my/2fa/sms']);
  });

  it.each([
    ['a traversal', '../signout'],
    ['an encoded traversal', '..%2Fsignout'],
    ['a slash', 'sms/../../refresh'],
    ['a query', 'sms?x=1'],
    ['a fragment', 'sms#x'],
    ['upper case', 'SMS'],
    ['a space', 'e mail'],
    ['an absolute URL', 'https://evil.example/x'],
    ['empty', ''],
    ['33 characters', 'a'.repeat(33)],
    ['a non-ASCII letter', 'émail'],
    ['a newline', 'sms\n'],
  ])('refuses %s before any request (a TypeError, not a request to another path)', async (_label, name) => {
    const { client, calls } = setup();
    await expect(client.verifyTwoFactorCode(name, { uuid: UUID, code: '123456' })).rejects.toThrow(TypeError);
    expect(calls).toHaveLength(0);
  });

  it('the TypeError never repeats the code or the name', async () => {
    const { client } = setup();
    const error = await client.verifyTwoFactorCode('../x-654321', { uuid: UUID, code: '654321' }).catch((e: unknown) => e);
    expect(String(error)).not.toContain('654321');
  });
});

describe('method names and captions', () => {
  it('a code workflow names its method only when the name is a safe path segment', () => {
    expect(methodOfWorkflow('2fa_email_auth')).toBe('email');
    expect(methodOfWorkflow('2fa_google_auth')).toBe('google');
    expect(methodOfWorkflow('2fa_yubi_key_auth')).toBe('yubi_key');
    expect(methodOfWorkflow('2fa_a-b_auth')).toBe('a-b');
    for (const workflow of ['2fa', '2fa__auth', '2fa_../x_auth', '2fa_E_auth', `2fa_${'a'.repeat(33)}_auth`, 'x2fa_sms_auth', '2fa_sms_auth ', 'login']) {
      expect(methodOfWorkflow(workflow)).toBeNull();
    }
    expect(isTwoFactorMethodName('a'.repeat(32))).toBe(true);
  });

  it('a caption is one line of plain text, capped, never empty', () => {
    expect(cleanMethodCaption('  E-mail\n code ', 'email')).toBe('E-mail code');
    // Bidi overrides and zero-width characters would reorder or hide the text around it.
    expect(cleanMethodCaption('\u202Eliam-E\u200B', 'email')).toBe('liam-E');
    expect(cleanMethodCaption('\u0000\u200B \t', 'email')).toBe('email');
    const long = cleanMethodCaption('Ключ '.repeat(40), 'key');
    expect([...long]).toHaveLength(MAX_METHOD_CAPTION_LENGTH);
    expect(long.endsWith('…')).toBe(true);
    // Never cut inside a surrogate pair.
    const emoji = cleanMethodCaption('🔑'.repeat(100), 'key');
    expect([...emoji].slice(0, -1).every((c) => c === '🔑')).toBe(true);
    expect(cleanMethodCaption('<img src=x onerror=alert(1)>', 'x')).toBe('<img src=x onerror=alert(1)>'); // text, React escapes it
  });

  it('the client hands providers on with cleaned captions', async () => {
    const body = {
      ...twoFactorExample,
      data: {
        ...twoFactorExample.data,
        tfaProviders: [
          { name: 'email', localizedCaption: ' E-mail\u202E ', enabled: true },
          { name: 'yubi', localizedCaption: 'x'.repeat(500), enabled: true },
          { name: 'blank', localizedCaption: '', enabled: true },
        ],
      },
    };
    const { client } = setup(body);
    const step = await client.signIn({ uuid: UUID, email: 'a@b.c', password: 'p' });
    expect(step.providers.map((p) => p.localizedCaption)).toEqual(['E-mail', `${'x'.repeat(MAX_METHOD_CAPTION_LENGTH - 1)}…`, 'blank']);
  });
});
