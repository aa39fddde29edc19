import { describe, expect, it, vi } from 'vitest';
import { createFakeFetch, json } from '../../../test/client/fake-fetch';
import { createSignInClient } from './create-client';
import { SignInError } from './errors';

// The scrubber's chunk fails to load (a CDN hiccup at the moment of the error).
vi.mock('./scrub-secrets', () => {
  throw new Error('chunk failed to load');
});

describe('without the scrubber chunk', () => {
  it('keeps no server text at all, so nothing echoed can leak', async () => {
    const echo = 'wrong password Secret123!';
    const { fetch } = createFakeFetch(() => json({ error: { code: 9999, message: echo, details: [{ issue: echo, field: 'Secret123!' }] } }, 400));
    const client = createSignInClient({ baseUrl: 'https://api.example', fetch });
    const error = await client.signIn({ uuid: 'u', email: 'e@example.com', password: 'Secret123!' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SignInError);
    expect(JSON.stringify((error as SignInError).detail)).not.toContain('Secret123!');
    expect((error as SignInError).detail).toMatchObject({ kind: 'http', status: 400, serverCode: 9999, serverMessage: '***' });
  });
});
