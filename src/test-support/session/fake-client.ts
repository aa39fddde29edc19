/** A client double for the session layer: pairs issued on demand, calls counted. */
import { vi } from 'vitest';
import type { IssuedToken, SignInClient, TokenPair } from '../../core/client/types';

let serial = 0;

/** A pair issued now (the fake clock's now) with the given lifetimes. */
export function issuePair(accessMinutes = 5, refreshMinutes: number | null = 60): TokenPair {
  serial += 1;
  const created = new Date(Date.now()).toISOString();
  const token = (kind: string, minutes: number): IssuedToken => ({
    token: `${kind}-${serial}`,
    createdAt: created,
    expiresAt: new Date(Date.now() + minutes * 60_000).toISOString(),
  });
  return { accessToken: token('access', accessMinutes), refreshToken: refreshMinutes === null ? null : token('refresh', refreshMinutes) };
}

export type FakeClient = Pick<SignInClient, 'refresh' | 'signOut' | 'baseUrl'> & {
  refresh: ReturnType<typeof vi.fn<SignInClient['refresh']>>;
  signOut: ReturnType<typeof vi.fn<SignInClient['signOut']>>;
};

export function createFakeClient(): FakeClient {
  return {
    baseUrl: 'https://broker.test',
    refresh: vi.fn<SignInClient['refresh']>(async () => issuePair()),
    signOut: vi.fn<SignInClient['signOut']>(async () => {}),
  };
}
